namespace Pace.Cli.Tests;

/// <summary>
/// The configuration a run uses: <c>--config FILE</c>, else <c>PACE_CONFIG</c>, else the files found beside and above
/// each chart; and a chart read from standard input (<c>--stdin-filepath</c>), shown as the path given and checked with
/// its folder's configuration.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class ConfigOptionTests
{
    [SetUp]
    public void OnUnix()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            EnvironmentLimit.Skip(Limit.OtherPlatform, "Unix file modes, and PACE_CONFIG through a process");
        }
    }

    private static string Repository()
    {
        var repo = PaceTool.TempFolder();
        Directory.CreateDirectory(Path.Combine(repo, ".git"));
        Directory.CreateDirectory(Path.Combine(repo, "charts"));
        // PACE002 fires on this chart: two owners.
        File.Copy(PaceTool.Example(Path.Combine("invalid", "two-owners.pace.yaml")), Path.Combine(repo, "charts", "a.pace.yaml"));
        File.WriteAllText(Path.Combine(repo, "pace.config.yml"), "rules:\n  PACE002: warning\n");
        File.WriteAllText(Path.Combine(repo, "strict.yaml"), "rules:\n  PACE002: error\n");
        return repo;
    }

    [Test]
    public void A_found_yml_configuration_applies_and_config_replaces_it()
    {
        var repo = Repository();
        var chart = Path.Combine(repo, "charts", "a.pace.yaml");

        Assert.Multiple(() =>
        {
            Assert.That(PaceTool.Run("validate", chart).Out, Does.Contain("warning PACE002"), "pace.config.yml at the repository root");
            Assert.That(PaceTool.Run("validate", chart, "--config", Path.Combine(repo, "strict.yaml")).Out, Does.Contain("error PACE002"));
        });
    }

    [Test]
    public void PACE_CONFIG_names_the_configuration_and_config_wins_over_it()
    {
        var repo = Repository();
        var chart = Path.Combine(repo, "charts", "a.pace.yaml");
        File.WriteAllText(Path.Combine(repo, "off.yaml"), "rules:\n  PACE002: off\n");
        var environment = new Dictionary<string, string> { ["PACE_CONFIG"] = Path.Combine(repo, "strict.yaml") };

        var (exit, output, error) = PaceTool.RunProcess([], ["validate", chart], environment);
        var (overridden, _, _) = PaceTool.RunProcess([], ["validate", chart, "--config", Path.Combine(repo, "off.yaml")], environment);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(1), error);
            Assert.That(output, Does.Contain("error PACE002"));
            Assert.That(overridden, Is.Zero, "--config wins over PACE_CONFIG");
        });
    }

    [Test]
    public void A_missing_or_broken_named_configuration_is_exit_2()
    {
        var repo = Repository();
        File.WriteAllText(Path.Combine(repo, "broken.yaml"), "rulez: {}\n");
        var chart = Path.Combine(repo, "charts", "a.pace.yaml");

        var missing = PaceTool.Run("validate", chart, "--config", Path.Combine(repo, "nope.yaml"));
        var broken = PaceTool.Run("validate", chart, "--config", Path.Combine(repo, "broken.yaml"));

        Assert.Multiple(() =>
        {
            Assert.That((missing.Exit, missing.Err), Is.EqualTo((2, $"pace: {Path.Combine(repo, "nope.yaml")}: no such configuration file\n")));
            Assert.That(broken.Exit, Is.EqualTo(2));
            Assert.That(broken.Err, Does.StartWith($"pace: {Path.Combine(repo, "broken.yaml")} is not a valid configuration:\n{Path.Combine(repo, "broken.yaml")}:1:1: error PACE101"));
        });
    }

    [Test]
    public void Standard_input_is_shown_as_the_path_given_and_gets_that_folders_configuration()
    {
        var repo = Repository();
        var shown = Path.Combine(repo, "charts", "unsaved.pace.yaml"); // need not exist: an editor's new buffer
        using var stdin = new MemoryStream(File.ReadAllBytes(Path.Combine(repo, "charts", "a.pace.yaml")));
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var exit = PaceCommand.Run(["validate", "--stdin-filepath", shown], output, errors, stdin, Stream.Null);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero, errors.ToString());
            Assert.That(output.ToString(), Does.Contain($"{shown}:13:12: warning PACE002: "), "the path given, and the repository's configuration");
        });
    }

    [Test]
    public void Standard_input_is_bounded_by_the_size_limit()
    {
        using var stdin = new MemoryStream(new byte[300]);
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var exit = PaceCommand.Run(["validate", "--stdin-filepath", "big.pace.yaml", "--max-file-size", "100"], output, errors, stdin, Stream.Null);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(1));
            Assert.That(output.ToString(), Does.StartWith("big.pace.yaml:1:1: error PACE110: "));
        });
    }

    [Test]
    public void PACE118_is_printed_at_the_configuration_file_it_is_about()
    {
        var repo = Repository();
        var config = Path.Combine(repo, "pace.config.yml");
        File.SetUnixFileMode(config, (UnixFileMode)0x1B6); // 0666: anyone may write it
        var chart = Path.Combine(repo, "charts", "a.pace.yaml");

        var (_, output, _) = PaceTool.Run("validate", chart, "--lang", "en");
        var (_, json, _) = PaceTool.Run("validate", chart, "--format", "json");

        Assert.Multiple(() =>
        {
            Assert.That(output, Does.Contain($"{config}:1:1: warning PACE118: "));
            Assert.That(output, Does.Contain("error PACE002"), "the file's PACE002: warning was not applied");
            Assert.That(output.Split('\n').SkipWhile(l => !l.Contains("PACE118", StringComparison.Ordinal)).Skip(1).First(), Does.Not.StartWith(" 1 |"), "no excerpt of the chart's first line");
            Assert.That(System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("charts")[0].GetProperty("findings").EnumerateArray()
                .Single(f => f.GetProperty("code").GetString() == "PACE118").GetProperty("file").GetString(), Is.EqualTo(config));
        });
    }

    [Test]
    public void Standard_input_and_files_together_are_a_usage_error()
    {
        var (exit, _, error) = PaceTool.Run("validate", "a.pace.yaml", "--stdin-filepath", "b.pace.yaml");
        Assert.That((exit, error), Is.EqualTo((2, "pace: --stdin-filepath reads one chart from standard input; name no files with it\n")));
    }
}
