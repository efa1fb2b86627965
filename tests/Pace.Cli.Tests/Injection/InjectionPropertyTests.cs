using CsCheck;
using static Pace.Cli.Tests.Injection.OutputChecks;

namespace Pace.Cli.Tests.Injection;

/// <summary>
/// Random hostile text — attacks and characters from every Unicode category — in every name of a chart and in its
/// file name, through every command and format: no output gets an extra line, a control, bidi or zero-width character,
/// a live formula, or live Markdown.
/// </summary>
public class InjectionPropertyTests
{
    private static readonly Gen<(string[] Names, string File, string Other)> Inputs =
        Gen.Select(HostileText.Text.Array[14], HostileText.Text, HostileText.Text);

    [Test]
    public void Validate_in_every_format_prints_nothing_raw() =>
        Inputs.Sample(
            input =>
            {
                var path = Write(input.File, HostileText.Chart(input.Names));
                Check("text", path, r => EveryLine(r.Out, "validate text", l => TextLine(l, path)));
                Check("msbuild", path, r => EveryLine(r.Out, "validate msbuild", l => MsBuildLine(l, path)));
                Check("github", path, r => EveryLine(r.Out, "validate github", GitHubLine));
                Check("json", path, r => Json(r.Out, "validate json"));
                Check("sarif", path, r => Json(r.Out, "validate sarif"));
                Check("gitlab", path, r => Json(r.Out, "validate gitlab"));
                Check("junit", path, r => Xml(r.Out, "validate junit", path));
            },
            iter: 60,
            print: Print);

    [Test]
    public void A_chart_with_hostile_text_in_its_source_shows_it_escaped() =>
        Inputs.Sample(
            input =>
            {
                var path = Write(input.File, HostileText.RawChart(input.Other));
                Check("text", path, r => EveryLine(r.Out, "validate text (raw source)", l => TextLine(l, path)));
                Check("github", path, r => EveryLine(r.Out, "validate github (raw source)", GitHubLine));
            },
            iter: 60,
            print: Print);

    [Test]
    public void Diff_in_every_format_prints_nothing_raw() =>
        Gen.Select(Inputs, HostileText.Text.Array[14]).Sample(
            pair =>
            {
                var (input, otherNames) = pair;
                var old = Write(input.File, HostileText.Chart(input.Names, hostileRuleCode: false));
                var current = Write(input.Other, HostileText.Chart(otherNames, hostileRuleCode: false));
                var text = Run("diff", old, current);
                EveryLine(text.Out, "diff text", l => l.Length > 2 && l[0] is '+' or '-' or '~' && l[1] == ' ' || l == "No accountability changes." || l.EndsWith(" changes.", StringComparison.Ordinal) || l == "1 change.");
                EveryLine(text.Err, "diff stderr", l => TextLine(l, old) || TextLine(l, current));
                var markdown = Run("diff", old, current, "--format", "markdown");
                Markdown(markdown.Out, "diff markdown", columns: 6, firstDataCell: 2);
                Json(Run("diff", old, current, "--format", "json").Out, "diff json");
            },
            iter: 40,
            print: p => Print(p.Item1));

    [Test]
    public void Export_in_every_format_prints_nothing_raw() =>
        Inputs.Sample(
            input =>
            {
                var path = Write(input.File, HostileText.Chart(input.Names, hostileRuleCode: false));
                var second = Write(input.Other, HostileText.Chart([.. input.Names.Reverse()], hostileRuleCode: false));
                var markdown = Run("export", path, second);
                Markdown(markdown.Out, "export markdown", columns: 18, firstDataCell: 0);
                Csv(Run("export", path, "--format", "csv").Out, "export csv", columns: 18);
                Csv(Run("export", path, second, "--format", "csv").Out, "export csv, two charts", columns: 19);
                Json(Run("export", path, second, "--format", "json").Out, "export json");
            },
            iter: 40,
            print: Print);

    [Test]
    public void Explain_init_schema_and_render_print_hostile_names_escaped() =>
        Inputs.Sample(
            input =>
            {
                var explain = Run("explain", input.Other);
                EveryLine(explain.Err, "explain", l => TextLine(l, string.Empty));
                var folder = PaceTool.TempFolder();
                var init = Run("init", Path.Combine(folder, HostileText.FileName(input.File)));
                EveryLine(init.Out, "init", l => l.StartsWith("Wrote ", StringComparison.Ordinal));
                EveryLine(init.Err, "init stderr", l => TextLine(l, string.Empty));
                var schema = Run("schema", "-o", Path.Combine(folder, "missing", HostileText.FileName(input.Other)));
                EveryLine(schema.Err, "schema -o", l => TextLine(l, string.Empty));
                var option = Run("validate", "--" + input.Other, "x");
                EveryLine(option.Err, "an unknown option", l => TextLine(l, string.Empty));
                var rule = Run("validate", "--rule", input.Other + "=off", "x");
                EveryLine(rule.Err, "--rule", l => TextLine(l, string.Empty));
            },
            iter: 60,
            print: Print);

    [Test]
    public void Render_prints_hostile_file_names_escaped() =>
        Inputs.Sample(
            input =>
            {
                var path = Write(input.File, HostileText.Chart(input.Names, hostileRuleCode: false));
                var render = Run("render", path, "--out-dir", PaceTool.TempFolder(), "--force", "--format", "svg");
                EveryLine(render.Err, "render stderr", l => TextLine(l, path));
                EveryLine(render.Out, "render", l => l.StartsWith(Output.Escaping.LineText.Path(path) + " → ", StringComparison.Ordinal));
            },
            iter: 8,
            print: Print);

    private static void Check(string format, string path, Action<(int Exit, string Out, string Err)> check)
    {
        var result = Run("validate", path, "--format", format);
        check(result);
        EveryLine(result.Err, $"validate {format} stderr", l => TextLine(l, path));
    }

    /// <summary>Runs pace and checks both streams for unsafe characters before the caller checks their lines.</summary>
    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var (exit, output, error) = PaceTool.Run(args);
        NoUnsafeCharacters(output, string.Join(' ', args.Take(2)) + " stdout");
        NoUnsafeCharacters(error, string.Join(' ', args.Take(2)) + " stderr");
        Assert.That(exit, Is.InRange(0, 2));
        return (exit, output, error);
    }

    private static string Write(string name, string yaml)
    {
        var path = Path.Combine(PaceTool.TempFolder(), HostileText.FileName(name));
        File.WriteAllText(path, yaml);
        return path;
    }

    private static string Print((string[] Names, string File, string Other) input) =>
        Output.Escaping.UnsafeText.Visible(string.Join(" | ", input.Names.Append(input.File).Append(input.Other)));
}
