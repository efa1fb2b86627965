using System.Text.Json;
using Pace.Cli.Output.Escaping;

namespace Pace.Cli.Output;

/// <summary>The formats of <c>pace export</c>.</summary>
internal enum ExportFormat
{
    Markdown,
    Csv,
    Json,
}

/// <summary>
/// Prints charts as a Markdown table, CSV (RFC 4180) or JSON; chart text is escaped for each
/// (<see cref="MarkdownText"/>, <see cref="CsvCell"/>, <see cref="JsonText"/>). Several charts: one Markdown section
/// after another, one CSV table with a <c>file</c> column last (as grep names files only when given several), a JSON
/// array of chart objects that each name their <c>file</c>.
/// </summary>
internal static class ChartExport
{
    public static IReadOnlyList<(string Name, ExportFormat Value)> Names { get; } =
        [("markdown", ExportFormat.Markdown), ("csv", ExportFormat.Csv), ("json", ExportFormat.Json)];

    public static void Write(TextWriter output, IReadOnlyList<(string Path, Chart Chart)> charts, ExportFormat format)
    {
        var several = charts.Count > 1;
        switch (format)
        {
            case ExportFormat.Csv:
                output.Write(CsvCell.Record(several ? [.. ChartTable.Columns, "file"] : ChartTable.Columns));
                foreach (var (path, chart) in charts)
                {
                    foreach (var row in ChartTable.Rows(chart))
                    {
                        output.Write(CsvCell.Record(several ? [.. row, path] : row));
                    }
                }

                break;
            case ExportFormat.Json:
                WriteJson(output, charts);
                break;
            default:
                for (var i = 0; i < charts.Count; i++)
                {
                    if (i > 0)
                    {
                        output.WriteLine();
                    }

                    WriteMarkdown(output, charts[i].Chart);
                }

                break;
        }
    }

    private static void WriteMarkdown(TextWriter output, Chart chart)
    {
        output.WriteLine($"## {Md(chart.Organization ?? string.Empty)} — {Md(chart.Title ?? "Process Accountability Chart")}");
        output.WriteLine();
        output.WriteLine("| " + string.Join(" | ", ChartTable.Columns) + " |");
        output.WriteLine("|" + string.Concat(Enumerable.Repeat(" --- |", ChartTable.Columns.Length)));
        foreach (var row in ChartTable.Rows(chart))
        {
            output.WriteLine("| " + string.Join(" | ", row.Select(Md)) + " |");
        }
    }

    private static void WriteJson(TextWriter output, IReadOnlyList<(string Path, Chart Chart)> charts)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonText.Options))
        {
            if (charts.Count > 1)
            {
                json.WriteStartArray();
            }

            foreach (var (path, chart) in charts)
            {
                WriteJson(json, chart, charts.Count > 1 ? path : null);
            }

            if (charts.Count > 1)
            {
                json.WriteEndArray();
            }
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    /// <summary>One chart's object; <paramref name="file"/> (the path as given) when there are several.</summary>
    private static void WriteJson(Utf8JsonWriter json, Chart chart, string? file)
    {
        json.WriteStartObject();
        if (file is not null)
        {
            json.WriteString("file", file);
        }

        json.WriteString("organization", chart.Organization);
        json.WriteString("title", chart.Title);
        json.WriteString("date", chart.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        json.WriteStartArray("rows");
        foreach (var row in ChartTable.Rows(chart))
        {
            json.WriteStartObject();
            for (var i = 0; i < ChartTable.Columns.Length; i++)
            {
                json.WriteString(ChartTable.Columns[i], row[i]);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string Md(string value) => MarkdownText.Text(value);
}
