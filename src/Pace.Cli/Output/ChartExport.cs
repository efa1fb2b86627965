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
/// (<see cref="MarkdownText"/>, <see cref="CsvCell"/>, <see cref="ChartJson"/>). Several charts: one Markdown section
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
                ChartJson.Write(output, charts);
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

    private static string Md(string value) => MarkdownText.Text(value);
}
