using System.Globalization;
using System.Text;
using Pace.Cli.Output.Escaping;

namespace Pace.Cli.Output;

/// <summary>
/// GitHub Actions workflow commands (<c>::error file=…,line=…,col=…::message</c>), which GitHub shows as
/// annotations on the pull request's changed lines. Info findings become notices. Values are escaped as the runner
/// expects (<see cref="GitHubCommand"/>). With a site (<see cref="RuleLinks"/>), each message ends with the address of
/// its rule's page there.
/// </summary>
internal sealed class GitHubFormat(RuleLinks links) : IReportFormat
{
    public void Write(TextWriter output, IReadOnlyList<ChartReport> reports)
    {
        foreach (var report in reports)
        {
            foreach (var d in report.Findings)
            {
                var command = d.Severity switch
                {
                    Severity.Error => "error",
                    Severity.Warning => "warning",
                    _ => "notice",
                };
                var properties = new StringBuilder();
                properties.Append("file=").Append(GitHubCommand.Property(report.FileOf(d).Replace('\\', '/')));
                if (d.Span is { } span)
                {
                    properties.Append(CultureInfo.InvariantCulture, $",line={span.StartLine},col={span.StartColumn},endLine={span.EndLine},endColumn={span.EndColumn}");
                }

                properties.Append(",title=").Append(GitHubCommand.Property(d.Code));
                var message = links.For(report, d) is { } url ? $"{d.Message} ({url})" : d.Message;
                output.WriteLine($"::{command} {properties}::{GitHubCommand.Data(message)}");
            }
        }
    }
}
