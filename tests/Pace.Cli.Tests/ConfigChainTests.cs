using System.Text.Json;

namespace Pace.Cli.Tests;

/// <summary>
/// The configuration files a folder walk applies, chart by chart, as the command sees them: merged from the
/// repository's root down with the nearest winning per key, cut off by <c>root: true</c>, replaced for every chart by
/// <c>--config</c> or <c>PACE_CONFIG</c>, and overruled by the run's own <c>--rule</c>.
/// </summary>
public class ConfigChainTests
{
    private static string _repo = string.Empty;

    /// <summary>
    /// <code>
    /// repo/.git/
    /// repo/pace.config.yaml                language: nl, PACE002: warning
    /// repo/strict.yaml                     PACE002: error (named with --config or PACE_CONFIG only)
    /// repo/charts/a.pace.yaml              → the root file: warning, in Dutch
    /// repo/charts/team/pace.config.yml     PACE002: info
    /// repo/charts/team/b.pace.yaml         → info from its folder, Dutch still from the root file
    /// repo/charts/vendor/pace.config.yaml  root: true
    /// repo/charts/vendor/c.pace.yaml       → nothing from the root file: the rule's own level (error), in English
    /// </code>
    /// Each chart has two owners (PACE002) and no language of its own.
    /// </summary>
    [OneTimeSetUp]
    public void CreateRepository()
    {
        _repo = PaceTool.TempFolder();
        Directory.CreateDirectory(Path.Combine(_repo, ".git"));
        Directory.CreateDirectory(Path.Combine(_repo, "charts", "team"));
        Directory.CreateDirectory(Path.Combine(_repo, "charts", "vendor"));
        var chart = string.Join('\n', File.ReadAllLines(PaceTool.Example(Path.Combine("invalid", "two-owners.pace.yaml")))
            .Where(l => !l.StartsWith("language:", StringComparison.Ordinal))) + "\n";
        foreach (var name in new[] { "a.pace.yaml", "team/b.pace.yaml", "vendor/c.pace.yaml" })
        {
            File.WriteAllText(Path.Combine(_repo, "charts", name), chart);
        }

        File.WriteAllText(Path.Combine(_repo, "pace.config.yaml"), "language: nl\nrules:\n  PACE002: warning\n");
        File.WriteAllText(Path.Combine(_repo, "strict.yaml"), "rules:\n  PACE002: error\n");
        File.WriteAllText(Path.Combine(_repo, "charts", "team", "pace.config.yml"), "rules:\n  PACE002: info\n");
        File.WriteAllText(Path.Combine(_repo, "charts", "vendor", "pace.config.yaml"), "root: true\n");
    }

    [OneTimeTearDown]
    public void RemoveRepository() => Directory.Delete(_repo, recursive: true);

    /// <summary>The PACE002 message in both languages, from the library with no configuration at all.</summary>
    private static (string English, string Dutch) Messages()
    {
        var checker = new ChartChecker(new CheckOptions { DiscoverConfiguration = false });
        var finding = checker.CheckFile(Path.Combine(_repo, "charts", "a.pace.yaml")).Diagnostics.Single(d => d.Code == "PACE002");
        return (finding.MessageIn(ChartLanguage.English), finding.MessageIn(ChartLanguage.Dutch));
    }

    /// <summary>Each chart's PACE002 as (chart below charts/, severity, message), from <c>--format json</c>.</summary>
    private static List<(string Chart, string Severity, string Message)> Pace002(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.GetProperty("charts").EnumerateArray().Select(chart =>
        {
            var finding = chart.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("code").GetString() == "PACE002");
            var path = Path.GetRelativePath(Path.Combine(_repo, "charts"), chart.GetProperty("path").GetString()!).Replace('\\', '/');
            return (path, finding.GetProperty("severity").GetString()!, finding.GetProperty("message").GetString()!);
        })];
    }

    [Test]
    public void Each_chart_in_a_walk_gets_the_files_from_its_own_folder_up_merged_per_key_and_root_true_stops()
    {
        var (english, dutch) = Messages();

        var (exit, output, error) = PaceTool.Run("validate", Path.Combine(_repo, "charts"), "--format", "json");

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(1), error);
            Assert.That(Pace002(output), Is.EqualTo(new[]
            {
                ("a.pace.yaml", "warning", dutch),
                ("team/b.pace.yaml", "info", dutch),
                ("vendor/c.pace.yaml", "error", english),
            }));
        });
    }

    [Test]
    public void Config_replaces_every_found_file_for_every_chart_of_the_walk()
    {
        var (english, _) = Messages();

        var (_, output, error) = PaceTool.Run("validate", Path.Combine(_repo, "charts"), "--format", "json", "--config", Path.Combine(_repo, "strict.yaml"));

        Assert.That(Pace002(output), Is.EqualTo(new[]
        {
            ("a.pace.yaml", "error", english),
            ("team/b.pace.yaml", "error", english),
            ("vendor/c.pace.yaml", "error", english),
        }), error);
    }

    [Test]
    public void PACE_CONFIG_replaces_the_found_files_and_rule_on_the_command_line_wins_over_it()
    {
        var environment = new Dictionary<string, string> { ["PACE_CONFIG"] = Path.Combine(_repo, "strict.yaml") };
        var charts = Path.Combine(_repo, "charts");

        var (_, named, error) = PaceTool.RunProcess([], ["validate", charts, "--format", "json"], environment);
        var (_, overruled, _) = PaceTool.RunProcess([], ["validate", charts, "--format", "json", "--rule", "PACE002=info"], environment);

        Assert.Multiple(() =>
        {
            Assert.That(Pace002(named).Select(f => f.Severity), Is.EqualTo(new[] { "error", "error", "error" }), error);
            Assert.That(Pace002(overruled).Select(f => f.Severity), Is.EqualTo(new[] { "info", "info", "info" }));
        });
    }
}
