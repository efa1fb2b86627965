using System.Globalization;
using System.Text;
using System.Text.Json;
using Pace.Analysis;
using Pace.Cli.Output.Escaping;

namespace Pace.Cli.Output;

/// <summary>How far <c>pace targets</c> breaks targets down.</summary>
internal enum TargetLevel
{
    Week,
    Month,
    Quarter,
}

/// <summary>The formats of <c>pace targets</c>.</summary>
internal enum TargetFormat
{
    Text,
    Csv,
    Json,
}

/// <summary>One KPI of the targets table: where it stands, how it combines, and its year's breakdown when it adds up.</summary>
internal sealed record TargetRow(int Number, string Process, Kpi Kpi, AggregateChoice Aggregate, PeriodTarget? Breakdown);

/// <summary>The targets of a chart for one year, with the language of the text and its amounts (<c>--lang</c>, else the chart's).</summary>
internal sealed record TargetSheet(Chart Chart, int Year, TargetLevel By, IReadOnlyList<TargetRow> Rows, ChartLanguage Language)
{
    public ReportWords Words => ReportWords.For(Language);
}

/// <summary>
/// Prints <see cref="TargetBreakdown"/> for every KPI of a chart: text for people, CSV for spreadsheets, JSON for
/// programs. The numbers are the library's, to the cent; this class only picks the year and the depth.
/// </summary>
internal static class TargetTable
{
    /// <summary>The year to break down: the chart's date's, else its latest actual's.</summary>
    public static int? YearOf(Chart chart) =>
        chart.Date?.Year ?? chart.Processes.SelectMany(p => p.Kpis).SelectMany(k => k.Actuals).Select(a => (int?)a.Period.Start.Year).Max();

    public static TargetSheet Of(Chart chart, int year, TargetLevel by, ChartLanguage? language = null) => new(chart, year, by,
        [.. chart.Processes.SelectMany((p, i) => p.Kpis.Select(k => new TargetRow(i + 1, p.Name ?? "#" + (i + 1).ToString(CultureInfo.InvariantCulture), k, KpiAggregate.Choose(k), TargetBreakdown.Year(k, year))))],
        language ?? chart.Language ?? ChartLanguage.English);

    /// <summary>The nodes down to the chosen level, with their depth: year 0, quarters 1, months 2, weeks 3.</summary>
    public static IEnumerable<(int Depth, PeriodTarget Node)> Nodes(PeriodTarget node, TargetLevel by, int depth = 0)
    {
        yield return (depth, node);
        var deepest = by switch { TargetLevel.Quarter => 1, TargetLevel.Month => 2, _ => 3 };
        if (depth >= deepest)
        {
            yield break;
        }

        foreach (var part in node.Parts)
        {
            foreach (var child in Nodes(part, by, depth + 1))
            {
                yield return child;
            }
        }
    }

    public static void WriteText(TextWriter output, TargetSheet sheet)
    {
        var chart = sheet.Chart;
        var words = sheet.Words;
        var by = words.CadenceName(sheet.By switch { TargetLevel.Quarter => Cadence.Quarter, TargetLevel.Month => Cadence.Month, _ => Cadence.Week });
        output.WriteLine(ReportWords.Say(words.TargetsFor, new("organisation", KpiWords.Printable(chart.Organization)), new("year", sheet.Year.ToString(CultureInfo.InvariantCulture)), new("by", by)));
        foreach (var row in sheet.Rows)
        {
            var kpi = row.Kpi;
            output.WriteLine();
            output.WriteLine($"{row.Number.ToString(CultureInfo.InvariantCulture)} · {KpiWords.Printable(row.Process)} · {KpiWords.Printable(kpi.Name)}");
            var target = kpi.Target is { } t ? QuantityFormat.Quantity(t, KpiWords.Printable(kpi.Unit), sheet.Language) : words.NoTarget;
            if (kpi.Target is not null && kpi.Cadence is { } c)
            {
                target = ReportWords.Say(words.PerCadence, new("target", target), new("cadence", words.CadenceName(c)));
            }

            output.WriteLine($"  {target}; {KpiWords.Aggregate(row.Aggregate, words)}");
            if (row.Breakdown is not { } tree)
            {
                output.WriteLine("  " + (kpi.Target is null || kpi.Cadence is null
                    ? words.NothingWithoutTarget
                    : row.Aggregate.Aggregate == Aggregate.Sum ? words.TooLarge : words.SameEveryPeriod));
                continue;
            }

            var decimals = Math.Max(TargetBreakdown.DefaultDecimals, (int)kpi.Target!.Value.Scale);
            var width = words.PeriodWidth;
            var heads = words.Columns;
            output.WriteLine($"  {heads[0].PadRight(width)}{heads[1],-12}{heads[2],-12}{heads[3],5}  {heads[4],16}");
            foreach (var (depth, node) in Nodes(tree, sheet.By))
            {
                var label = new string(' ', depth * 2) + words.PeriodText(node.Period) + (node.IsWhole || node.Period.Length != Cadence.Week ? string.Empty : $" ({node.Days.ToString(CultureInfo.InvariantCulture)}/7)");
                output.WriteLine($"  {label.PadRight(width)}{Day(node.From),-12}{Day(node.Until.AddDays(-1)),-12}{node.Days,5}  {KpiWords.Amount(node.Target, decimals, sheet.Language),16}");
            }
        }
    }

    public static void WriteCsv(TextWriter output, TargetSheet sheet)
    {
        output.Write("process number,process,kpi,unit,aggregate,level,period,first day,last day,days,target\r\n");
        foreach (var row in sheet.Rows)
        {
            if (row.Breakdown is not { } tree)
            {
                continue;
            }

            foreach (var (depth, node) in Nodes(tree, sheet.By))
            {
                string[] cells =
                [
                    row.Number.ToString(CultureInfo.InvariantCulture), row.Process, row.Kpi.Name ?? string.Empty, row.Kpi.Unit ?? string.Empty,
                    KpiWords.Name(row.Aggregate.Aggregate), LevelName(depth), node.Period.ToString(), Day(node.From), Day(node.Until.AddDays(-1)),
                    node.Days.ToString(CultureInfo.InvariantCulture), node.Target.ToString(CultureInfo.InvariantCulture),
                ];
                output.Write(string.Join(",", cells.Select(Csv)) + "\r\n");
            }
        }
    }

    public static void WriteJson(TextWriter output, TargetSheet sheet)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonText.Options))
        {
            json.WriteStartObject();
            json.WriteNumber("version", 1);
            json.WriteNumber("year", sheet.Year);
            json.WriteString("by", KpiWords.Name(sheet.By));
            json.WriteStartArray("kpis");
            foreach (var row in sheet.Rows)
            {
                json.WriteStartObject();
                json.WriteNumber("process", row.Number);
                json.WriteString("processName", row.Process);
                json.WriteString("name", row.Kpi.Name);
                json.WriteString("unit", row.Kpi.Unit);
                if (row.Kpi.Target is { } target)
                {
                    json.WriteNumber("target", target);
                }
                else
                {
                    json.WriteNull("target");
                }

                json.WriteString("cadence", row.Kpi.Cadence is { } c ? KpiWords.Name(c) : null);
                json.WriteString("aggregate", KpiWords.Name(row.Aggregate.Aggregate));
                json.WritePropertyName("breakdown");
                WriteNode(json, row.Breakdown, sheet.By, 0);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    /// <summary>A breakdown node as JSON: period, first and last day, days, target, parts down to the chosen level.</summary>
    public static void WriteNode(Utf8JsonWriter json, PeriodTarget? node, TargetLevel by, int depth)
    {
        if (node is null)
        {
            json.WriteNullValue();
            return;
        }

        json.WriteStartObject();
        json.WriteString("level", LevelName(depth));
        json.WriteString("period", node.Period.ToString());
        json.WriteString("firstDay", Day(node.From));
        json.WriteString("lastDay", Day(node.Until.AddDays(-1)));
        json.WriteNumber("days", node.Days);
        json.WriteNumber("target", node.Target);
        var deepest = by switch { TargetLevel.Quarter => 1, TargetLevel.Month => 2, _ => 3 };
        if (depth < deepest)
        {
            json.WriteStartArray("parts");
            foreach (var part in node.Parts)
            {
                WriteNode(json, part, by, depth + 1);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static string LevelName(int depth) => depth switch { 0 => "year", 1 => "quarter", 2 => "month", _ => "week" };

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Csv(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
