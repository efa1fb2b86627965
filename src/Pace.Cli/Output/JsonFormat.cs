using System.Text.Json;
using Pace.Cli.Output.Escaping;

namespace Pace.Cli.Output;

/// <summary>
/// Findings as JSON for scripts; the shape is documented in <c>docs/cli.md</c> and versioned by its
/// <c>version</c> field: <c>{ version, charts: [{ path, loaded, findings: [{ code, severity, message, path,
/// line, column, endLine, endColumn, arguments }] }], summary: { charts, errors, warnings, infos } }</c>.
/// </summary>
internal sealed class JsonFormat : IReportFormat
{
    public void Write(TextWriter output, IReadOnlyList<ChartReport> reports)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonText.Options))
        {
            json.WriteStartObject();
            json.WriteNumber("version", 1);
            json.WriteStartArray("charts");
            foreach (var report in reports)
            {
                json.WriteStartObject();
                json.WriteString("path", report.Path);
                json.WriteBoolean("loaded", report.Check.Loaded);
                json.WriteStartArray("findings");
                foreach (var d in report.Findings)
                {
                    WriteFinding(json, d, report.ElsewhereThanTheChart(d) ? report.FileOf(d) : null);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("summary");
            json.WriteNumber("charts", reports.Count);
            json.WriteNumber("errors", reports.Sum(r => r.Errors));
            json.WriteNumber("warnings", reports.Sum(r => r.Warnings));
            json.WriteNumber("infos", reports.Sum(r => r.Infos));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteFinding(Utf8JsonWriter json, Diagnostic d, string? file)
    {
        json.WriteStartObject();
        json.WriteString("code", d.Code);
        if (file is not null)
        {
            json.WriteString("file", file); // located in another file than the chart: a configuration file (PACE118)
        }

        json.WriteString("severity", TextFormat.SeverityName(d.Severity));
        json.WriteString("message", d.Message);
        json.WriteString("path", d.Path);
        if (file is not null)
        {
            // A finding in another file than the chart (a font named in pace.config.yaml): where its line and column are.
            json.WriteString("file", file);
        }

        if (d.Span is { } span)
        {
            json.WriteNumber("line", span.StartLine);
            json.WriteNumber("column", span.StartColumn);
            json.WriteNumber("endLine", span.EndLine);
            json.WriteNumber("endColumn", span.EndColumn);
        }

        json.WriteStartArray("arguments");
        foreach (var argument in d.Arguments)
        {
            switch (argument.Value)
            {
                case null:
                    json.WriteNullValue();
                    break;
                case int i:
                    json.WriteNumberValue(i);
                    break;
                case long l:
                    json.WriteNumberValue(l);
                    break;
                case decimal m:
                    json.WriteNumberValue(m);
                    break;
                default:
                    json.WriteStringValue(Convert.ToString(argument.Value, System.Globalization.CultureInfo.InvariantCulture));
                    break;
            }
        }

        json.WriteEndArray();

        // The placeholder each argument fills, in the same order: "arguments" stays a list for the readers that index it.
        json.WriteStartArray("argumentNames");
        foreach (var argument in d.Arguments)
        {
            json.WriteStringValue(argument.Name);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
