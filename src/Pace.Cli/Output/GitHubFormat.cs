using System.Globalization;
using System.Text;
using Pace.Validation;

namespace Pace.Cli.Output;

/// <summary>
/// GitHub Actions workflow commands (<c>::error file=…,line=…,col=…::message</c>), which GitHub shows as
/// annotations on the pull request's changed lines. Info findings become notices.
/// </summary>
internal sealed class GitHubFormat : IReportFormat
{
    public void Write(TextWriter output, IReadOnlyList<CheckResult> inputs)
    {
        foreach (var input in inputs)
        {
            foreach (var d in input.Diagnostics)
            {
                var command = d.Severity switch
                {
                    Severity.Error => "error",
                    Severity.Warning => "warning",
                    _ => "notice",
                };
                var properties = new StringBuilder();
                properties.Append("file=").Append(Property(input.FileOf(d).Replace('\\', '/')));
                if (d.Span is { } span)
                {
                    properties.Append(CultureInfo.InvariantCulture, $",line={span.StartLine},col={span.StartColumn},endLine={span.EndLine},endColumn={span.EndColumn}");
                }

                properties.Append(",title=").Append(Property(d.Code));
                output.WriteLine($"::{command} {properties}::{Data(d.Message)}");
            }
        }
    }

    /// <summary>Escapes a message as GitHub's runner expects: %, CR and LF.</summary>
    private static string Data(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>Escapes a property value: as data, plus ':' and ','.</summary>
    private static string Property(string text) =>
        Data(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
