namespace Pace.Cli.Tests;

/// <summary>The three levels of rule configuration as the command applies them, suppressions, and explain.</summary>
public class ConfigExplainTests
{
    private const string Chart = "pace: 1\norganization: X\nprocesses: []\n";

    private static (string Dir, string Chart) Setup(string chart, string? config)
    {
        var dir = PaceTool.TempFolder();
        Directory.CreateDirectory(Path.Combine(dir, ".git"));
        Directory.CreateDirectory(Path.Combine(dir, "charts"));
        var file = Path.Combine(dir, "charts", "c.pace.yaml");
        File.WriteAllText(file, chart);
        if (config is not null)
        {
            File.WriteAllText(Path.Combine(dir, "pace.config.yaml"), config);
        }

        return (dir, file);
    }

    private static string? Severity001(string output) =>
        output.Split('\n').Select(l => System.Text.RegularExpressions.Regex.Match(l, @": (\w+) PACE001:")).Where(m => m.Success).Select(m => m.Groups[1].Value).SingleOrDefault();

    [Test]
    public void Config_above_the_chart_sets_levels_the_chart_and_the_command_line_override()
    {
        var (_, file) = Setup(Chart, "rules:\n  PACE001: info\n");
        Assert.That(Severity001(PaceTool.Run("validate", file).Out), Is.EqualTo("info"), "the config applies");
        Assert.That(Severity001(PaceTool.Run("validate", file, "--rule", "PACE001=warning").Out), Is.EqualTo("warning"), "--rule beats the config");

        var (_, withChartSetting) = Setup(Chart + "rules:\n  PACE001: warning\n", "rules:\n  PACE001: info\n");
        Assert.That(Severity001(PaceTool.Run("validate", withChartSetting).Out), Is.EqualTo("warning"), "the chart beats the config");
        Assert.That(Severity001(PaceTool.Run("validate", withChartSetting, "--rule", "PACE001=off").Out), Is.Null, "--rule beats the chart");
    }

    [Test]
    public void A_broken_config_is_exit_2_with_its_located_errors()
    {
        var (dir, file) = Setup(Chart, "rulez:\n  PACE001: info\n");
        var (exit, _, error) = PaceTool.Run("validate", file);
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(error, Does.Contain("is not a valid configuration"));
        Assert.That(error, Does.Contain("pace.config.yaml:1:1: error PACE101"));
        Assert.That(error, Does.Contain("'rules'"));
        _ = dir;
    }

    [Test]
    public void A_suppression_comment_silences_one_finding_and_an_unused_one_is_reported()
    {
        var (_, file) = Setup("pace: 1\norganization: X\n# pace-disable-next-line PACE001\nprocesses: []\n", null);
        var output = PaceTool.Run("validate", file).Out;
        Assert.That(output, Does.Not.Contain("PACE001"));

        var (_, unused) = Setup("# pace-disable-next-line PACE004\npace: 1\norganization: X\nprocesses: []\n", null);
        Assert.That(PaceTool.Run("validate", unused).Out, Does.Contain("warning PACE021"));
    }

    [Test]
    public void Explain_prints_the_rule_page()
    {
        var (exit, output, _) = PaceTool.Run("explain", "pace002");
        Assert.That(exit, Is.EqualTo(0));
        Assert.That(output, Is.EqualTo(File.ReadAllText(RepoFiles.Path("docs", "rules", "PACE002.md")).ReplaceLineEndings("\n")));
    }

    [Test]
    public void Explain_in_Dutch_prints_the_Dutch_page()
    {
        var (exit, output, _) = PaceTool.Run("explain", "PACE002", "--lang", "nl");
        Assert.That(exit, Is.EqualTo(0));
        Assert.That(output, Is.EqualTo(File.ReadAllText(RepoFiles.Path("docs", "rules", "nl", "PACE002.md")).ReplaceLineEndings("\n")));
        Assert.That(output, Does.StartWith("# PACE002: precies één eindverantwoordelijke"));
    }

    [TestCase("PACE004")]
    [TestCase("PACE018")]
    [TestCase("PACE121")]
    public void Explain_in_Dutch_prints_every_codes_Dutch_page(string code)
    {
        var (exit, output, _) = PaceTool.Run("explain", code.ToLowerInvariant(), "--lang", "nl");
        Assert.That(exit, Is.EqualTo(0));
        Assert.That(output, Is.EqualTo(File.ReadAllText(RepoFiles.Path("docs", "rules", "nl", code + ".md")).ReplaceLineEndings("\n")));
        Assert.That(output, Does.Not.Contain(Pace.Cli.Commands.ExplainCommand.NoDutchPage(code)));
    }

    [Test]
    public void Explain_in_Dutch_of_a_page_without_a_translation_says_so_in_Dutch_and_prints_the_English_one()
    {
        var english = File.ReadAllText(RepoFiles.Path("docs", "rules", "PACE004.md")).ReplaceLineEndings("\n");
        var output = Pace.Cli.Commands.ExplainCommand.InDutch("PACE004", english, dutch: null);
        Assert.That(output, Is.EqualTo(Pace.Cli.Commands.ExplainCommand.NoDutchPage("PACE004") + "\n\n" + english));
        Assert.That(output.Split('\n')[0], Is.EqualTo("> PACE004 heeft nog geen Nederlandse pagina; hieronder staat de Engelse."));
        Assert.That(Pace.Cli.Commands.ExplainCommand.InDutch("PACE004", english, "# PACE004: x\n"), Is.EqualTo("# PACE004: x\n"));
    }

    [Test]
    public void Explain_in_English_ignores_the_Dutch_pages() =>
        Assert.That(PaceTool.Run("explain", "PACE002", "--lang", "en").Out, Is.EqualTo(File.ReadAllText(RepoFiles.Path("docs", "rules", "PACE002.md")).ReplaceLineEndings("\n")));

    [Test]
    public void Explain_of_an_unknown_code_is_exit_2()
    {
        var (exit, _, error) = PaceTool.Run("explain", "PACE999");
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(error, Does.StartWith("pace: PACE999 is not a Pace rule code; did you mean PACE009?"));
        Assert.That(PaceTool.Run("explain", "NOPE").Err, Does.StartWith("pace: NOPE is not a Pace rule code; pace explain --list lists them"));
    }
}
