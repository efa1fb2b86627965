namespace Pace.Cli.Tests;

/// <summary>
/// A typo on the command line is an error that says what was meant, never a setting that silently does nothing; help
/// and errors speak the command's language (lowercase values, no .NET type names); options sit on the commands they
/// affect.
/// </summary>
public class StrictCommandLineTests
{
    private static readonly string Chart = PaceTool.Example("technical-wholesaler.pace.yaml");

    [TestCase(new[] { "validate", "--quite", "CHART" }, "unknown option --quite for 'pace validate'; did you mean --quiet?")]
    [TestCase(new[] { "validate", "CHART", "--fromat", "json" }, "unknown option --fromat for 'pace validate'; did you mean --format?")]
    [TestCase(new[] { "render", "CHART", "--froce" }, "unknown option --froce for 'pace render'; did you mean --force?")]
    [TestCase(new[] { "diff", "CHART", "CHART", "--exitcode" }, "unknown option --exitcode for 'pace diff'; did you mean --exit-code?")]
    [TestCase(new[] { "export", "CHART", "--outptu", "x" }, "unknown option --outptu for 'pace export'; did you mean --output?")]
    [TestCase(new[] { "explain", "--lst" }, "unknown option --lst for 'pace explain'; did you mean --list?")]
    [TestCase(new[] { "schema", "--max-depth", "3" }, "unknown option --max-depth for 'pace schema'")]
    [TestCase(new[] { "init", "--max-file-size", "3" }, "unknown option --max-file-size for 'pace init'")]
    [TestCase(new[] { "valdate", "CHART" }, "'valdate' is not a pace command; did you mean 'validate'?")]
    [TestCase(new[] { "rendr" }, "'rendr' is not a pace command; did you mean 'render'?")]
    [TestCase(new[] { "validate", "--rule", "PACE999=off", "CHART" }, "--rule PACE999=off: PACE999 is not a Pace rule; did you mean PACE009?")]
    [TestCase(new[] { "validate", "--rule", "PACE016=loud", "CHART" }, "--rule PACE016=loud: loud is not a level; use one of off, info, warning, error")]
    [TestCase(new[] { "validate", "--format", "jsno", "CHART" }, "--format jsno: use one of text, json, sarif, github, msbuild, junit, gitlab; did you mean json?")]
    [TestCase(new[] { "validate", "--fail-on", "Warnings", "CHART" }, "--fail-on Warnings: use one of error, warning, info; did you mean warning?")]
    [TestCase(new[] { "validate", "--max-warnings", "some", "CHART" }, "--max-warnings some: give a whole number, 0 or more")]
    [TestCase(new[] { "validate", "--max-depth", "0", "CHART" }, "--max-depth 0: give a whole number, 1 or more")]
    [TestCase(new[] { "validate", "--lang", "e", "CHART" }, "--lang e: a language code is 2 to 8 letters, optionally with a region (en, nl, de, pt-BR)")]
    [TestCase(new[] { "render", "CHART", "--format", "jpg" }, "--format jpg: use one of pdf, png, svg")]
    [TestCase(new[] { "diff", "CHART", "CHART", "--format", "html" }, "--format html: use one of text, markdown, json")]
    [TestCase(new[] { "export", "CHART", "--format", "xlsx" }, "--format xlsx: use one of markdown, csv, json")]
    public void A_typo_is_bad_usage_that_says_what_was_meant(string[] args, string message)
    {
        var (exit, output, error) = PaceTool.Run([.. args.Select(a => a == "CHART" ? Chart : a)]);
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(output, Is.Empty, "nothing was checked");
        Assert.That(error.Split('\n')[0], Is.EqualTo("pace: " + message));
        Assert.That(error, Does.Not.Contain("Pace.").And.Not.Contain("System.").And.Not.Contain("expected type"));
    }

    [Test]
    public void An_at_sign_starts_a_file_name_not_a_response_file()
    {
        var dir = PaceTool.TempFolder();
        File.WriteAllText(Path.Combine(dir, "@args"), "--help\n");
        var (exit, output, error) = PaceTool.Run("validate", Path.Combine(dir, "@args"));
        Assert.That(exit, Is.EqualTo(1), "read as a chart, which it is not");
        Assert.That(output, Does.Contain("error PACE1"));
        Assert.That(error, Is.Empty);
    }

    [Test]
    public void After_a_double_dash_a_name_with_a_dash_is_a_file()
    {
        var (exit, _, error) = PaceTool.Run("validate", "--", "--quite");
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(error, Does.StartWith("pace: --quite: no such file"));
    }

    [TestCase("validate", "--format <text|json|sarif|github|msbuild|junit|gitlab>", "--fail-on <error|warning|info>")]
    [TestCase("render", "--format <pdf|png|svg>", "--lang <en|nl|CODE>")]
    [TestCase("diff", "--format <text|markdown|json>", "--output <FILE>")]
    [TestCase("export", "--format <markdown|csv|json>", "--output <FILE>")]
    public void Help_lists_values_as_they_are_typed(string command, string first, string second)
    {
        var (exit, output, _) = PaceTool.Run(command, "--help");
        Assert.That(exit, Is.EqualTo(0));
        Assert.That(output, Does.Contain(first).And.Contain(second));
        Assert.That(output, Does.Contain($"Usage:\n  pace {command}"));
        Assert.That(output, Does.Not.Contain("Pace.").And.Not.Contain("System.").And.Not.Contain("[default: "));
    }

    [TestCase("schema")]
    [TestCase("init")]
    public void The_reader_limits_are_only_on_the_commands_that_read_charts(string command) =>
        Assert.That(PaceTool.Run(command, "--help").Out, Does.Not.Contain("--max-file-size"));

    [Test]
    public void The_usage_says_pace_when_the_portable_tool_runs_through_dotnet()
    {
        var (exit, output, _) = PaceTool.RunProcess([], ["--help"]);
        Assert.That(exit, Is.EqualTo(0));
        Assert.That(output, Does.Contain("Usage:\n  pace [command] [options]"));
        Assert.That(output, Does.Not.Contain("Pace.Cli"));
    }

    [Test]
    public void Explain_lists_every_code()
    {
        var (exit, output, _) = PaceTool.Run("explain", "--list");
        Assert.That(exit, Is.EqualTo(0));
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines.Select(l => l.Split(' ')[0]), Is.EqualTo(Pace.Validation.RuleDocs.Codes));
        Assert.That(lines, Does.Contain("PACE002  exactly one accountable owner"));
    }

    [TestCase("x.png", null, "PNG")]
    [TestCase("x.svg", null, "<svg")]
    [TestCase("x.pdf", null, "%PDF")]
    [TestCase("x", "png", "PNG")]
    public void Render_takes_its_format_from_the_output_name(string name, string? format, string magic)
    {
        var file = Path.Combine(PaceTool.TempFolder(), name);
        var (exit, _, error) = PaceTool.Run(["render", Chart, "-o", file, .. format is null ? Array.Empty<string>() : ["--format", format]]);
        Assert.That(exit, Is.EqualTo(0), error);
        Assert.That(System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(file).AsSpan(0, 200)), Does.Contain(magic));
    }

    [TestCase("x.png", "pdf", "--format pdf does not match -o ")]
    [TestCase("x.pdf", "svg", "--format svg does not match -o ")]
    [TestCase("x.jpg", null, "cannot tell the format from its extension")]
    public void Render_refuses_a_format_the_output_name_contradicts(string name, string? format, string message)
    {
        var dir = PaceTool.TempFolder();
        var (exit, _, error) = PaceTool.Run(["render", Chart, "-o", Path.Combine(dir, name), .. format is null ? Array.Empty<string>() : ["--format", format]]);
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(error, Does.Contain(message));
        Assert.That(Directory.GetFiles(dir), Is.Empty);
    }

    [Test]
    public void An_unknown_rule_code_in_the_configuration_is_a_configuration_error()
    {
        var dir = PaceTool.TempFolder();
        File.WriteAllText(Path.Combine(dir, "pace.config.yaml"), "rules:\n  PACE916: off\n");
        var chart = Path.Combine(dir, "c.pace.yaml");
        File.Copy(Chart, chart);
        var (exit, _, error) = PaceTool.Run("validate", chart);
        var library = Assert.Throws<ConfigurationException>(() => ChartChecker.Default.CheckFile(chart))!;
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(error, Does.Contain("pace.config.yaml is not a valid configuration:"));
        Assert.That(error, Does.Contain($"pace.config.yaml:2:3: error PACE121: {library.Diagnostics.Single().Message}"));
        Assert.That(library.Diagnostics.Single().Message, Does.Contain("'PACE016'"), "the did-you-mean");
    }
}
