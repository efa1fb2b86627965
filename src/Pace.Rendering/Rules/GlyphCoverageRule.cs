using System.Globalization;
using System.Text;
using Pace.Rendering.Layout;
using Pace.Rendering.Text;
using Pace.Validation;

namespace Pace.Rendering.Rules;

/// <summary>
/// PACE022: every character of the chart can be drawn. A character that neither the chart's own fonts nor the bundled
/// Lato and Noto Sans have prints as a box (□): a name or a KPI lost on the printed chart, though PDF text extraction
/// still gives it. Also reports a font the chart names that cannot be used, or may not be read: one outside the chart's
/// repository and the configuration's <c>font-folders:</c> (<see cref="RuleContext.FontFolders"/>). The rule lives here, not among the built-in
/// rules of <c>Pace</c>, because only the renderer knows its fonts; <c>pace validate</c> and <c>pace render</c> add it
/// with <see cref="ChartValidator.With"/>, and <see cref="ChartRenderer"/> does when it validates a chart itself.
/// </summary>
public sealed class GlyphCoverageRule : Rule
{
    private readonly string? _baseDirectory;

    /// <summary>Creates the rule.</summary>
    /// <param name="baseDirectory">
    /// The folder relative font paths of a chart built in code are resolved against; a chart read from a file resolves
    /// them against its own folder (and a configuration's against the configuration's).
    /// </param>
    public GlyphCoverageRule(string? baseDirectory = null) => _baseDirectory = baseDirectory;

    /// <inheritdoc />
    public override string Code => "PACE022";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Warning;

    /// <inheritdoc />
    public override void Check(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var texts = ChartTexts.Of(context.Chart).ToList();

        // The common chart, Latin up to Latin Extended-B and no fonts of its own, needs no font loaded to know Lato
        // draws it: `pace validate` stays as fast as before the rule (Lato has every character of U+0020–U+024F).
        if (context.Chart.Theme?.Fonts is not { Count: > 0 } && texts.All(t => t.Text.All(c => c is >= ' ' and <= '\u024F' or '\n' or '\r' or '\t')))
        {
            return;
        }

        var (fonts, problems) = ChartFonts.Resolve(context.Chart, _baseDirectory, context.FontFolders);
        foreach (var problem in problems)
        {
            var file = Printable(problem.File);
            switch (problem.Fault)
            {
                case FontFault.TooLarge:
                    context.ReportVariant("FontTooLarge", problem.Path, problem.Span, new("file", file), new("limit", FontFiles.MaxBytes / (1024 * 1024)));
                    break;
                case FontFault.Format:
                    context.ReportVariant("FontFormat", problem.Path, problem.Span, new("file", file), new("reason", problem.Detail));
                    break;
                case FontFault.Outside:
                    context.ReportVariant("FontOutside", problem.Path, problem.Span, new("file", file), new("folders", Printable(problem.Detail)));
                    break;
                default:
                    context.ReportVariant("Font" + problem.Fault, problem.Path, problem.Span, new MessageArgument("file", file));
                    break;
            }
        }

        foreach (var (path, span, text) in texts)
        {
            var missing = Missing(TextSanitizer.Clean(text), fonts);
            if (missing.Length > 0)
            {
                context.Report(path, span, new("text", path), new("characters", missing));
            }
        }
    }

    /// <summary>The characters no font has, each once, as "ⴰ (U+2D30)", at most ten.</summary>
    private static string Missing(string text, FontStack fonts)
    {
        var seen = new List<Rune>();
        foreach (var rune in text.EnumerateRunes())
        {
            if (!fonts.Covers(rune.Value) && !seen.Contains(rune))
            {
                seen.Add(rune);
            }
        }

        var listed = seen.Take(10).Select(r => string.Create(CultureInfo.InvariantCulture, $"{r} (U+{r.Value:X4})"));
        return string.Join(", ", listed) + (seen.Count > 10 ? ", …" : string.Empty);
    }

    /// <summary>A path, with control characters shown as U+ codes so a message never carries them raw, and at most 200 characters.</summary>
    private static string Printable(string path)
    {
        var sb = new StringBuilder();
        foreach (var c in path.Take(200))
        {
            sb.Append(char.IsControl(c) ? string.Create(CultureInfo.InvariantCulture, $"U+{(int)c:X4}") : c.ToString());
        }

        return sb.ToString();
    }
}
