using System.Globalization;
using Pace.Validation;

namespace Pace.Cli.Output;

/// <summary>Prints findings the way compilers do: <c>path:line:col: severity CODE: message</c>, then a summary.</summary>
internal static class TextFormatter
{
    public static void Write(TextWriter output, ChartInput input)
    {
        foreach (var d in input.Result.Diagnostics)
        {
            output.WriteLine(Line(input.Path, d));
        }
    }

    public static string Line(string path, Diagnostic d)
    {
        var where = d.Span is null
            ? path
            : string.Create(CultureInfo.InvariantCulture, $"{path}:{d.Span.StartLine}:{d.Span.StartColumn}");
        return $"{where}: {SeverityName(d.Severity)} {d.Code}: {d.Message}";
    }

    public static string Summary(IReadOnlyCollection<ChartInput> inputs)
    {
        var errors = inputs.Sum(i => i.Result.ErrorCount);
        var warnings = inputs.Sum(i => i.Result.WarningCount);
        var infos = inputs.Sum(i => i.Result.InfoCount);
        var files = inputs.Count == 1 ? "1 chart" : $"{inputs.Count} charts";
        if (errors + warnings + infos == 0)
        {
            return $"{files} checked: no findings.";
        }

        return string.Create(CultureInfo.InvariantCulture, $"{files} checked: {Count(errors, "error")}, {Count(warnings, "warning")}, {Count(infos, "info")}.");
    }

    public static string SeverityName(Severity severity) => severity.ToString().ToLowerInvariant();

    private static string Count(int n, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 || noun == "info" ? string.Empty : "s")}");
}
