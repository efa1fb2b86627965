namespace Pace.Cli.Tests;

public class ValidateCommandTests
{
    [Test]
    public void Clean_chart_exits_0_with_a_summary()
    {
        var (exit, output, error) = PaceTool.Run("validate", PaceTool.Example("technical-wholesaler.pace.yaml"), "--rule", "PACE018=off", "--rule", "PACE020=off");
        Assert.That(error, Is.Empty);
        Assert.That(output.TrimEnd().Split('\n')[^1], Does.StartWith("1 chart checked: "));
        Assert.That(exit, Is.EqualTo(0), output);
    }

    [Test]
    public void Findings_print_as_path_line_col_severity_code_message_and_exit_1()
    {
        var file = PaceTool.Example(Path.Combine("invalid", "two-owners.pace.yaml"));
        var (exit, output, _) = PaceTool.Run("validate", file);
        Assert.That(exit, Is.EqualTo(1));
        Assert.That(output, Does.Contain($"{file}:13:12: error PACE002: Proces 'Van lead naar deal' heeft 2 eindverantwoordelijken (Bram, Eva);"));
        Assert.That(output, Does.Contain("1 chart checked: 1 error"));
    }

    [Test]
    public void Lang_option_chooses_the_message_language()
    {
        var file = PaceTool.Example(Path.Combine("invalid", "two-owners.pace.yaml"));
        var (_, output, _) = PaceTool.Run("validate", file, "--lang", "en");
        Assert.That(output, Does.Contain("error PACE002: Process 'Van lead naar deal' has 2 owners (Bram, Eva);"));
    }

    [Test]
    public void Load_errors_count_as_findings()
    {
        var file = PaceTool.Example(Path.Combine("invalid", "unknown-key.pace.yaml"));
        var (exit, output, _) = PaceTool.Run("validate", file);
        Assert.That(exit, Is.EqualTo(1));
        Assert.That(output, Does.Contain($"{file}:7:5: error PACE101: Unknown key 'ownr' in processes[0] — did you mean 'owner'?"));
    }

    [Test]
    public void Missing_file_is_one_clear_line_and_exit_2()
    {
        var (exit, output, error) = PaceTool.Run("validate", "no/such/chart.pace.yaml");
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(error.Trim(), Does.StartWith("pace: no/such/chart.pace.yaml: no such file"));
        Assert.That(error.Trim().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(output, Does.Not.Contain("   at "));
    }

    [Test]
    public void Several_files_are_all_checked_and_a_missing_one_still_fails_the_run()
    {
        var (exit, output, error) = PaceTool.Run("validate", PaceTool.Example("acme-software.pace.yaml"), "missing.pace.yaml", PaceTool.Example(Path.Combine("invalid", "too-few-processes.pace.yaml")));
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(error, Does.Contain("pace: missing.pace.yaml: no such file"));
        Assert.That(output, Does.Contain("error PACE001"));
        Assert.That(output, Does.Contain("2 charts checked"));
    }

    [Test]
    public void Fail_on_warning_turns_warnings_into_a_failing_exit()
    {
        var dir = PaceTool.TempFolder();
        var file = Path.Combine(dir, "c.pace.yaml");
        File.WriteAllText(file, "pace: 1\norganization: X\nprocesses: []\nrules:\n  PACE001: warning\n");
        Assert.That(PaceTool.Run("validate", file).Exit, Is.EqualTo(0));
        Assert.That(PaceTool.Run("validate", file, "--fail-on", "warning").Exit, Is.EqualTo(1));
        Assert.That(PaceTool.Run("validate", file, "--rule", "PACE001=error").Exit, Is.EqualTo(1));
    }

    [TestCase("--fail-on", "sometimes")]
    [TestCase("--lang", "e")]
    [TestCase("--rule", "PACE001")]
    [TestCase("--no-such-option", "x")]
    public void Bad_usage_exits_2(string option, string value)
    {
        var (exit, _, error) = PaceTool.Run("validate", PaceTool.Example("acme-software.pace.yaml"), option, value);
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(error, Does.StartWith("pace: "));
    }

    [Test]
    public void No_files_is_bad_usage() => Assert.That(PaceTool.Run("validate").Exit, Is.EqualTo(2));
}
