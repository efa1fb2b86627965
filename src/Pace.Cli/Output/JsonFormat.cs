using System.Text.Encodings.Web;
using System.Text.Json;
using Pace.Validation;

namespace Pace.Cli.Output;

/// <summary>
/// Findings as JSON for scripts; the shape is documented in <c>docs/cli.md</c> and versioned by its
/// <c>version</c> field: <c>{ version, charts: [{ path, loaded, findings: [{ code, severity, message, path,
/// line, column, endLine, endColumn, arguments }] }], summary: { charts, errors, warnings, infos } }</c>.
/// </summary>
internal sealed class JsonFormat : IReportFormat
{
    internal static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public void Write(TextWriter output, IReadOnlyList<CheckResult> inputs)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("version", 1);
            json.WriteStartArray("charts");
            foreach (var input in inputs)
            {
                json.WriteStartObject();
                json.WriteString("path", input.DisplayPath());
                json.WriteBoolean("loaded", input.Chart is not null);
                json.WriteStartArray("findings");
                foreach (var d in input.Diagnostics)
                {
                    WriteFinding(json, d, input.ElsewhereThanTheChart(d) ? input.FileOf(d) : null);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("summary");
            json.WriteNumber("charts", inputs.Count);
            json.WriteNumber("errors", inputs.Sum(i => i.Diagnostics.ErrorCount));
            json.WriteNumber("warnings", inputs.Sum(i => i.Diagnostics.WarningCount));
            json.WriteNumber("infos", inputs.Sum(i => i.Diagnostics.InfoCount));
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
            switch (argument)
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
                    json.WriteStringValue(Convert.ToString(argument, System.Globalization.CultureInfo.InvariantCulture));
                    break;
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
