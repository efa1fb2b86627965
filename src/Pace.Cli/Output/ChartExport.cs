using System.Text.Json;

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
/// Prints a chart as Markdown tables, CSV (RFC 4180) or JSON. Without a chosen table, JSON is the typed export
/// (<see cref="ChartJson"/>), Markdown prints every table the chart has (the FACe's only when it has functions or
/// detailed steps, so a PACe-only export is as before) and CSV, one table a file, prints the KPIs. A chosen table
/// (<c>--table</c>) is printed alone in any format, in JSON as an array of rows of strings.
/// </summary>
internal static class ChartExport
{
    public static void Write(TextWriter output, Chart chart, ExportFormat format, ExportTable? table = null)
    {
        var tables = Tables(chart, format, table);
        switch (format)
        {
            case ExportFormat.Csv:
                WriteCsv(output, tables[0].Columns, tables[0].Rows);
                break;
            case ExportFormat.Json:
                if (table is null)
                {
                    ChartJson.Write(output, chart);
                }
                else
                {
                    WriteJson(output, chart, tables);
                }

                break;
            default:
                WriteMarkdown(output, chart, tables);
                break;
        }
    }

    private static void WriteCsv(TextWriter output, string[] columns, IEnumerable<string[]> rows)
    {
        output.Write(string.Join(",", columns.Select(Csv)) + "\r\n");
        foreach (var row in rows)
        {
            output.Write(string.Join(",", row.Select(Csv)) + "\r\n");
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

    private static void WriteJson(TextWriter output, Chart chart, List<(string Name, string[] Columns, IEnumerable<string[]> Rows)> tables)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonFormat.Options))
        {
            json.WriteStartObject();
            json.WriteString("organization", chart.Organization);
            json.WriteString("title", chart.Title);
            json.WriteString("date", chart.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            foreach (var (name, columns, rows) in tables)
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

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static string Csv(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    private static string Md(string value) => value.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
