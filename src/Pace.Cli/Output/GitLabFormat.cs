using System.Text.Json;
using Pace.Cli.Output.Escaping;

namespace Pace.Cli.Output;

/// <summary>
/// GitLab Code Quality (<c>artifacts: reports: codequality:</c>), which GitLab shows in the merge request and beside
/// the changed lines: a JSON array of issues with <c>description</c>, <c>check_name</c>, <c>fingerprint</c> (unique
/// per issue, stable across commits: <see cref="Fingerprints"/>), <c>severity</c> (errors <c>major</c>, warnings
/// <c>minor</c>, info <c>info</c>) and <c>location.path</c> / <c>location.lines.begin</c>. GitLab shows the description
/// alone (the format has no field for a link), so with a site (<see cref="RuleLinks"/>) the description ends with the
/// address of the rule's page there.
/// </summary>
internal sealed class GitLabFormat(RuleLinks links) : IReportFormat
{
    public void Write(TextWriter output, IReadOnlyList<ChartReport> reports)
    {
        var fingerprints = new Fingerprints();
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonText.Options))
        {
            json.WriteStartArray();
            foreach (var report in reports)
            {
                foreach (var d in report.Findings)
                {
                    // GitLab resolves the path against the repository: an absolute one becomes relative to where pace runs.
                    var file = report.FileOf(d);
                    var path = (Path.IsPathRooted(file) ? Path.GetRelativePath(Environment.CurrentDirectory, file) : file).Replace('\\', '/');
                    json.WriteStartObject();
                    json.WriteString("type", "issue");
                    json.WriteString("description", links.For(report, d) is { } url ? $"{d.Message} ({url})" : d.Message);
                    json.WriteString("check_name", d.Code);
                    json.WriteString("fingerprint", fingerprints.Next(report.Path, d));
                    json.WriteString("severity", d.Severity switch
                    {
                        Severity.Error => "major",
                        Severity.Warning => "minor",
                        _ => "info",
                    });
                    json.WriteStartObject("location");
                    json.WriteString("path", path.StartsWith("./", StringComparison.Ordinal) ? path[2..] : path);
                    json.WriteStartObject("lines");
                    json.WriteNumber("begin", Math.Max(1, d.Span?.StartLine ?? 1));
                    json.WriteEndObject();
                    json.WriteEndObject();
                    json.WriteEndObject();
                }
            }

            json.WriteEndArray();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
