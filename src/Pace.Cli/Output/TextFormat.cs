using System.Globalization;
using Pace.Cli.Input;
using Pace.Validation;

namespace Pace.Cli.Output;

/// <summary>
/// The default format: <c>path:line:col: severity CODE: message</c>, then the offending source line with a caret
/// under the span, and a one-line summary. Coloured only when writing to a terminal.
/// </summary>
internal sealed class TextFormat(bool color) : IReportFormat
{
    public void Write(TextWriter output, IReadOnlyList<CheckResult> inputs)
    {
        foreach (var input in inputs)
        {
            WriteFindings(output, input);
        }

        output.WriteLine(Summary(inputs));
    }

    public void WriteFindings(TextWriter output, CheckResult input)
    {
        foreach (var d in input.Diagnostics)
        {
            output.WriteLine(Paint(Line(input.FileOf(d), d), d.Severity));
            if (d.Span is { } span && !input.ElsewhereThanTheChart(d) && input.Source?.Line(span.StartLine) is { } source)
            {
                WriteExcerpt(output, span.StartLine, span.StartColumn, span.EndLine == span.StartLine ? span.EndColumn : source.Length + 1, source);
            }
        }
    }

    public static string Line(string path, Diagnostic d)
    {
        // Escaped: a chart's file name is the user's, and a control character in it must not drive the terminal.
        var shown = Shown.Path(path);
        var where = d.Span is null
            ? shown
            : string.Create(CultureInfo.InvariantCulture, $"{shown}:{d.Span.StartLine}:{d.Span.StartColumn}");
        return $"{where}: {SeverityName(d.Severity)} {d.Code}: {d.Message}";
    }

    public static string Summary(IReadOnlyCollection<CheckResult> inputs)
    {
        var errors = inputs.Sum(i => i.Diagnostics.ErrorCount);
        var warnings = inputs.Sum(i => i.Diagnostics.WarningCount);
        var infos = inputs.Sum(i => i.Diagnostics.InfoCount);
        var files = inputs.Count == 1 ? "1 chart" : string.Create(CultureInfo.InvariantCulture, $"{inputs.Count} charts");
        return errors + warnings + infos == 0
            ? $"{files} checked: no findings."
            : string.Create(CultureInfo.InvariantCulture, $"{files} checked: {Count(errors, "error")}, {Count(warnings, "warning")}, {infos} info.");
    }

    public static string SeverityName(Severity severity) => severity.ToString().ToLowerInvariant();

    private void WriteExcerpt(TextWriter output, int line, int startColumn, int endColumn, string source)
    {
        var number = line.ToString(CultureInfo.InvariantCulture);
        var gutter = new string(' ', number.Length);
        var visible = source.Replace('\t', ' ');
        var start = Math.Clamp(startColumn - 1, 0, visible.Length);
        var width = Math.Max(1, Math.Min(endColumn - startColumn, visible.Length - start));
        output.WriteLine($" {number} | {visible}");
        output.WriteLine($" {gutter} | {new string(' ', start)}{Dim(new string('^', width))}");
    }

    private string Paint(string text, Severity severity) => !color ? text : severity switch
    {
        Severity.Error => $"\u001b[31m{text}\u001b[0m",
        Severity.Warning => $"\u001b[33m{text}\u001b[0m",
        _ => $"\u001b[36m{text}\u001b[0m",
    };

    private string Dim(string text) => color ? $"\u001b[1m{text}\u001b[0m" : text;

    private static string Count(int n, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? string.Empty : "s")}");
}
