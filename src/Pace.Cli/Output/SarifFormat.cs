using System.Reflection;
using System.Text.Json;
using Pace.Validation;

namespace Pace.Cli.Output;

/// <summary>
/// SARIF 2.1.0, the static-analysis interchange format that GitHub code scanning and Azure DevOps read.
/// One run, the tool <c>pace</c> with the rules that fired, one result per finding with its region.
/// </summary>
internal sealed class SarifFormat : IReportFormat
{
    public void Write(TextWriter output, IReadOnlyList<CheckResult> inputs)
    {
        var findings = inputs.SelectMany(i => i.Diagnostics.Select(d => (Input: i, Diagnostic: d))).ToList();
        var ruleIds = findings.Select(f => f.Diagnostic.Code).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var defaults = ChartValidator.Default.Rules.ToDictionary(r => r.Code, r => r.DefaultSeverity, StringComparer.Ordinal);

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonFormat.Options))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, ruleIds, defaults);
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("results");
            foreach (var (input, d) in findings)
            {
                WriteResult(json, input, d, ruleIds.IndexOf(d.Code));
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteTool(Utf8JsonWriter json, List<string> ruleIds, Dictionary<string, Severity> defaults)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "pace");
        json.WriteString("informationUri", "https://github.com/pace-charts/pace");
        json.WriteString("semanticVersion", Version());
        json.WriteStartArray("rules");
        foreach (var id in ruleIds)
        {
            json.WriteStartObject();
            json.WriteString("id", id);
            json.WriteString("helpUri", $"https://github.com/pace-charts/pace/blob/main/docs/rules/{id}.md");
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(defaults.GetValueOrDefault(id, Severity.Error)));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, CheckResult input, Diagnostic d, int ruleIndex)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", d.Code);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(d.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", d.Message);
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", Uri(input.FileOf(d)));
        json.WriteEndObject();
        if (d.Span is { } span)
        {
            json.WriteStartObject("region");
            json.WriteNumber("startLine", span.StartLine);
            json.WriteNumber("startColumn", span.StartColumn);
            json.WriteNumber("endLine", Math.Max(span.EndLine, span.StartLine));
            json.WriteNumber("endColumn", span.EndLine > span.StartLine ? span.EndColumn : Math.Max(span.EndColumn, span.StartColumn));
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
        json.WriteEndObject();
    }

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
