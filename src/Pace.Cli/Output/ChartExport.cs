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

/// <summary>The tables of <c>pace export</c>: the KPIs of the processes, the FACe's functions, the process steps.</summary>
internal enum ExportTable
{
    Kpis,
    Functions,
    Steps,
}

/// <summary>
/// Prints charts as Markdown tables, CSV (RFC 4180) or JSON; chart text is escaped for each (<see cref="MarkdownText"/>,
/// <see cref="CsvCell"/>, <see cref="JsonText"/>). Without a chosen table, JSON is the typed export
/// (<see cref="ChartJson"/>), Markdown prints every table the chart has (the FACe's only when it has functions or
/// detailed steps, so a PACe-only export is as before) and CSV, one table a file, prints the KPIs. A chosen table
/// (<c>--table</c>) is printed alone in any format, in JSON as an array of rows of strings. Several charts: one
/// Markdown section after another, one CSV table with a <c>file</c> column last (as grep names files only when given
/// several), a JSON array of chart objects that each name their <c>file</c>.
/// </summary>
internal static class ChartExport
{
    public static IReadOnlyList<(string Name, ExportFormat Value)> Names { get; } =
        [("markdown", ExportFormat.Markdown), ("csv", ExportFormat.Csv), ("json", ExportFormat.Json)];

    public static IReadOnlyList<(string Name, ExportTable Value)> TableNames { get; } =
        [("kpis", ExportTable.Kpis), ("functions", ExportTable.Functions), ("steps", ExportTable.Steps)];

    public static void Write(TextWriter output, IReadOnlyList<(string Path, Chart Chart)> charts, ExportFormat format, ExportTable? table = null)
    {
        var several = charts.Count > 1;
        switch (format)
        {
            case ExportFormat.Csv:
                for (var i = 0; i < charts.Count; i++)
                {
                    var (_, columns, rows) = Tables(charts[i].Chart, format, table)[0];
                    if (i == 0)
                    {
                        output.Write(CsvCell.Record(several ? [.. columns, "file"] : columns));
                    }

                    foreach (var row in rows)
                    {
                        output.Write(CsvCell.Record(several ? [.. row, charts[i].Path] : row));
                    }
                }

                break;
            case ExportFormat.Json when table is null:
                ChartJson.Write(output, charts);
                break;
            case ExportFormat.Json:
                WriteJson(output, charts, format, table);
                break;
            default:
                for (var i = 0; i < charts.Count; i++)
                {
                    if (i > 0)
                    {
                        output.WriteLine();
                    }

                    WriteMarkdown(output, charts[i].Chart, Tables(charts[i].Chart, format, table));
                }

                break;
        }
    }

    /// <summary>A heading, then each table; the FACe's tables under their own sub-heading.</summary>
    private static void WriteMarkdown(TextWriter output, Chart chart, List<(string Name, string[] Columns, IEnumerable<string[]> Rows)> tables)
    {
        output.WriteLine($"## {Md(chart.Organization ?? string.Empty)} — {Md(chart.Title ?? "Process Accountability Chart")}");
        foreach (var (name, columns, rows) in tables)
        {
            output.WriteLine();
            if (name != "rows")
            {
                output.WriteLine($"### {char.ToUpperInvariant(name[0])}{name[1..]}");
                output.WriteLine();
            }

            output.WriteLine("| " + string.Join(" | ", columns) + " |");
            output.WriteLine("|" + string.Concat(Enumerable.Repeat(" --- |", columns.Length)));
            foreach (var row in rows)
            {
                output.WriteLine("| " + string.Join(" | ", row.Select(Md)) + " |");
            }
        }
    }

    /// <summary>The tables to print, by the name JSON gives them ("rows" for the KPIs, as it always was).</summary>
    private static List<(string Name, string[] Columns, IEnumerable<string[]> Rows)> Tables(Chart chart, ExportFormat format, ExportTable? table)
    {
        var kpis = ("rows", ChartTable.Columns, ChartTable.Rows(chart));
        var functions = ("functions", FaceTable.FunctionColumns, FaceTable.FunctionRows(chart));
        var steps = ("steps", FaceTable.StepColumns, FaceTable.StepRows(chart));
        return table switch
        {
            ExportTable.Kpis => [kpis],
            ExportTable.Functions => [functions],
            ExportTable.Steps => [steps],
            _ when format == ExportFormat.Csv || !FaceTable.Applies(chart) => [kpis],
            _ => [kpis, functions, steps],
        };
    }

    /// <summary>The chosen table of each chart as an object of rows of strings; several charts as an array, each naming its <c>file</c>.</summary>
    private static void WriteJson(TextWriter output, IReadOnlyList<(string Path, Chart Chart)> charts, ExportFormat format, ExportTable? table)
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
                json.WriteStartObject();
                if (charts.Count > 1)
                {
                    json.WriteString("file", path);
                }

                json.WriteString("organization", chart.Organization);
                json.WriteString("title", chart.Title);
                json.WriteString("date", chart.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                foreach (var (name, columns, rows) in Tables(chart, format, table))
                {
                    json.WriteStartArray(name);
                    foreach (var row in rows)
                    {
                        json.WriteStartObject();
                        for (var i = 0; i < columns.Length; i++)
                        {
                            json.WriteString(columns[i], row[i]);
                        }

                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                }

                json.WriteEndObject();
            }

            if (charts.Count > 1)
            {
                json.WriteEndArray();
            }
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static string Md(string value) => MarkdownText.Text(value);
}
