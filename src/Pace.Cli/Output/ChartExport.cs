namespace Pace.Cli.Output;

/// <summary>The formats of <c>pace export</c>.</summary>
internal enum ExportFormat
{
    Markdown,
    Csv,
    Json,
}

/// <summary>Prints a chart as a Markdown table, CSV (RFC 4180) or JSON (<see cref="ChartJson"/>).</summary>
internal static class ChartExport
{
    public static void Write(TextWriter output, Chart chart, ExportFormat format)
    {
        switch (format)
        {
            case ExportFormat.Csv:
                output.Write(string.Join(",", ChartTable.Columns.Select(Csv)) + "\r\n");
                foreach (var row in ChartTable.Rows(chart))
                {
                    output.Write(string.Join(",", row.Select(Csv)) + "\r\n");
                }

                break;
            case ExportFormat.Json:
                ChartJson.Write(output, chart);
                break;
            default:
                output.WriteLine($"## {Md(chart.Organization ?? string.Empty)} — {Md(chart.Title ?? "Process Accountability Chart")}");
                output.WriteLine();
                output.WriteLine("| " + string.Join(" | ", ChartTable.Columns) + " |");
                output.WriteLine("|" + string.Concat(Enumerable.Repeat(" --- |", ChartTable.Columns.Length)));
                foreach (var row in ChartTable.Rows(chart))
                {
                    output.WriteLine("| " + string.Join(" | ", row.Select(Md)) + " |");
                }

                break;
        }
    }

    private static string Csv(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    private static string Md(string value) => value.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
