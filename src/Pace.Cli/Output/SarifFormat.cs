using System.Reflection;
using System.Text.Json;
using Pace.Cli.Output.Escaping;
using Pace.Validation;

namespace Pace.Cli.Output;

/// <summary>
/// SARIF 2.1.0, the static-analysis interchange format that GitHub code scanning and Azure DevOps read. One run, the
/// tool <c>pace</c> with every rule that fired — friendly name, short and full description and help from the rule's
/// page, its web address, default level and tags, as GitHub's ingestion wants them (sarif-multitool's GH rules); a
/// team's own check described from its condition (<see cref="SarifRule"/>) —
/// and one result per finding with its region, the source line as a snippet and a fingerprint that survives edits
/// elsewhere in the file (<see cref="Fingerprints"/>).
/// </summary>
internal sealed class SarifFormat(RuleLinks links) : IReportFormat
{
    public void Write(TextWriter output, IReadOnlyList<ChartReport> reports)
    {
        var findings = reports.SelectMany(r => r.Findings.Select(d => (Report: r, Diagnostic: d))).ToList();
        var ruleIds = findings.Select(f => f.Diagnostic.Code).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var fingerprints = new Fingerprints();

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonText.Options))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, ruleIds, reports);
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("results");
            foreach (var (report, d) in findings)
            {
                WriteResult(json, report, d, ruleIds.IndexOf(d.Code), fingerprints.Next(report.Path, d));
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private void WriteTool(Utf8JsonWriter json, List<string> ruleIds, IReadOnlyList<ChartReport> reports)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "pace");
        json.WriteString("fullName", "Pace: PACe charts as code");
        json.WriteString("informationUri", ProjectLinks.Home);
        json.WriteString("version", Version());
        json.WriteString("semanticVersion", Version());
        json.WriteStartArray("rules");
        foreach (var rule in ruleIds.Select(id => SarifRule.For(id, reports, links)))
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", rule.Name);
            WriteText(json, "shortDescription", rule.ShortDescription);
            WriteText(json, "fullDescription", rule.FullDescription);
            json.WriteStartObject("help");
            json.WriteString("text", rule.HelpText);
            json.WriteString("markdown", rule.HelpMarkdown);
            json.WriteEndObject();
            if (rule.HelpUri is { } uri)
            {
                json.WriteString("helpUri", uri);
            }

            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.Level));
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteStartArray("tags");
            foreach (var tag in rule.Tags)
            {
                json.WriteStringValue(tag);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, ChartReport report, Diagnostic d, int ruleIndex, string fingerprint)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", d.Code);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(d.Severity));
        WriteText(json, "message", Sentence(d.Message));
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", Uri(report.FileOf(d)));
        json.WriteEndObject();
        if (d.Span is { } span)
        {
            json.WriteStartObject("region");
            json.WriteNumber("startLine", span.StartLine);
            json.WriteNumber("startColumn", span.StartColumn);
            json.WriteNumber("endLine", Math.Max(span.EndLine, span.StartLine));
            json.WriteNumber("endColumn", span.EndLine > span.StartLine ? span.EndColumn : Math.Max(span.EndColumn, span.StartColumn));
            if (!report.ElsewhereThanTheChart(d) && report.Check.Source?.Line(span.StartLine) is { } line)
            {
                WriteText(json, "snippet", line);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
        if (d.Path.Length > 0)
        {
            json.WriteStartArray("logicalLocations");
            json.WriteStartObject();
            json.WriteString("fullyQualifiedName", d.Path);
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartObject("partialFingerprints");
        json.WriteString(Fingerprints.Key, fingerprint);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteText(Utf8JsonWriter json, string property, string text)
    {
        json.WriteStartObject(property);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    /// <summary>SARIF's advice is a message that ends with a full stop; Pace's messages mostly do already.</summary>
    private static string Sentence(string message) =>
        message.EndsWith('.') || message.EndsWith('?') || message.EndsWith('!') ? message : message + ".";

    /// <summary>A relative path stays relative (code scanning resolves it against the checkout); separators become '/'.</summary>
    private static string Uri(string path) =>
        Path.IsPathRooted(path) ? new Uri(Path.GetFullPath(path)).AbsoluteUri : string.Join('/', path.Replace('\\', '/').Split('/').Select(System.Uri.EscapeDataString));

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    private static string Version() =>
        typeof(SarifFormat).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}
