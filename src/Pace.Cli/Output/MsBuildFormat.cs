using System.Globalization;
using Pace.Cli.Output.Escaping;

namespace Pace.Cli.Output;

/// <summary>
/// MSBuild's canonical error format, <c>path(line,col): error CODE: message</c>, which Visual Studio, Rider and
/// build logs turn into error-list entries. Info findings use the category <c>info</c>, which MSBuild shows as text.
/// Paths and messages are escaped as every line-oriented format's (<see cref="LineText"/>).
/// </summary>
internal sealed class MsBuildFormat : IReportFormat
{
    public void Write(TextWriter output, IReadOnlyList<ChartReport> reports)
    {
        foreach (var report in reports)
        {
            foreach (var d in report.Findings)
            {
                // Escaped: a line break in a file name would otherwise forge a line MSBuild reads as another finding.
                var file = LineText.Path(report.FileOf(d));
                var where = d.Span is null
                    ? file
                    : string.Create(CultureInfo.InvariantCulture, $"{file}({d.Span.StartLine},{d.Span.StartColumn})");
                var category = d.Severity switch
                {
                    Severity.Error => "error",
                    Severity.Warning => "warning",
                    _ => "info",
                };
                output.WriteLine($"{where}: {category} {d.Code}: {LineText.Text(d.Message)}");
            }
        }
    }
}
