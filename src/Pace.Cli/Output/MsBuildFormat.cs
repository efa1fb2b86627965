using System.Globalization;
using Pace.Cli.Input;
using Pace.Validation;

namespace Pace.Cli.Output;

/// <summary>
/// MSBuild's canonical error format, <c>path(line,col): error CODE: message</c>, which Visual Studio, Rider and
/// build logs turn into error-list entries. Info findings use the category <c>info</c>, which MSBuild shows as text.
/// </summary>
internal sealed class MsBuildFormat : IReportFormat
{
    public void Write(TextWriter output, IReadOnlyList<CheckResult> inputs)
    {
        foreach (var input in inputs)
        {
            foreach (var d in input.Diagnostics)
            {
                // Escaped: a line break in a file name would otherwise forge a line MSBuild reads as another finding.
                var file = Shown.Path(input.FileOf(d));
                var where = d.Span is null
                    ? file
                    : string.Create(CultureInfo.InvariantCulture, $"{file}({d.Span.StartLine},{d.Span.StartColumn})");
                var category = d.Severity switch
                {
                    Severity.Error => "error",
                    Severity.Warning => "warning",
                    _ => "info",
                };
                output.WriteLine($"{where}: {category} {d.Code}: {d.Message}");
            }
        }
    }
}
