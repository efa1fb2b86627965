using System.Globalization;
using System.Text;
using Pace.Cli.Output.Escaping;

namespace Pace.Cli.Output;

/// <summary>
/// The default format: <c>path:line:col: severity CODE: message</c>, then the offending source line with a caret
/// under the span, and a one-line summary. Coloured only when writing to a terminal. Every path, message and source
/// line is escaped (<see cref="LineText"/>): a chart's text never reaches the terminal raw.
/// </summary>
internal sealed class TextFormat(bool color) : IReportFormat
{
    public void Write(TextWriter output, IReadOnlyList<ChartReport> reports)
    {
        foreach (var report in reports)
        {
            WriteFindings(output, report);
        }

        output.WriteLine(Summary(reports));
    }

    /// <summary>Every finding of a check, for commands that show why a chart could not be used.</summary>
    public void WriteFindings(TextWriter output, CheckResult check) => WriteFindings(output, ChartReport.Of(check));

    public void WriteFindings(TextWriter output, ChartReport report)
    {
        foreach (var d in report.Findings)
        {
            output.WriteLine(Paint(Line(report.FileOf(d), d), d.Severity));
            if (d.Span is { } span && !report.ElsewhereThanTheChart(d) && report.Check.Source?.Line(span.StartLine) is { } source)
            {
                WriteExcerpt(output, span.StartLine, span.StartColumn, span.EndLine == span.StartLine ? span.EndColumn : source.Length + 1, source);
            }
        }
    }

    /// <summary>One finding as one line, path and message escaped.</summary>
    public static string Line(string path, Diagnostic d)
    {
        var where = d.Span is null
            ? LineText.Path(path)
            : string.Create(CultureInfo.InvariantCulture, $"{LineText.Path(path)}:{d.Span.StartLine}:{d.Span.StartColumn}");
        return $"{where}: {SeverityName(d.Severity)} {d.Code}: {LineText.Text(d.Message)}";
    }

    /// <summary>The closing line: the counts, and with <c>--quiet</c> what was not shown.</summary>
    public static string Summary(IReadOnlyCollection<ChartReport> reports)
    {
        var errors = reports.Sum(r => r.Errors);
        var warnings = reports.Sum(r => r.Warnings);
        var infos = reports.Sum(r => r.Infos);
        var files = reports.Count == 1 ? "1 chart" : string.Create(CultureInfo.InvariantCulture, $"{reports.Count} charts");
        var quiet = reports.Any(r => r.Findings.Count != r.All.Count);
        if (errors + warnings + infos == 0)
        {
            return $"{files} checked: no findings.";
        }

        return quiet
            ? string.Create(CultureInfo.InvariantCulture, $"{files} checked: {Count(errors, "error")} ({Count(warnings, "warning")}, {infos} info not shown).")
            : string.Create(CultureInfo.InvariantCulture, $"{files} checked: {Count(errors, "error")}, {Count(warnings, "warning")}, {infos} info.");
    }

    public static string SeverityName(Severity severity) => severity.ToString().ToLowerInvariant();

    /// <summary>
    /// The source line, escaped, with a caret under the span. The caret is placed by the escaped widths of the text
    /// before and inside the span, so it stays under the right characters however many escapes the line needed.
    /// </summary>
    private void WriteExcerpt(TextWriter output, int line, int startColumn, int endColumn, string source)
    {
        var number = line.ToString(CultureInfo.InvariantCulture);
        var gutter = new string(' ', number.Length);
        var plain = source.Replace('\t', ' ');
        var start = Math.Clamp(startColumn - 1, 0, plain.Length);
        var end = Math.Clamp(endColumn - 1, start, plain.Length);
        if (end == start && start < plain.Length)
        {
            // A position, not a range: the caret goes under the character there, however wide its escape.
            end = start + (char.IsSurrogatePair(plain, start) ? 2 : 1);
        }

        var before = LineText.Text(plain[..start]);
        var inside = LineText.Text(plain[start..end]);
        var after = LineText.Text(plain[end..]);
        var visible = new StringBuilder(before.Length + inside.Length + after.Length).Append(before).Append(inside).Append(after);
        output.WriteLine($" {number} | {visible}");
        output.WriteLine($" {gutter} | {new string(' ', before.Length)}{Dim(new string('^', Math.Max(1, inside.Length)))}");
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
