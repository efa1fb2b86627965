using System.Globalization;
using Pace.Analysis;

namespace Pace.Cli.Output;

/// <summary>
/// <c>pace explain CHART</c>: how Pace reads each KPI of a chart — how its periods combine and why (written, or inferred
/// from the unit or name), what that means for its target, and where its latest number stands as of the chart's date.
/// </summary>
internal static class KpiExplanation
{
    public static void Write(TextWriter output, Chart chart)
    {
        var language = chart.Language ?? ChartLanguage.English;
        var asOf = chart.Date is { } date ? " as of " + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty;
        output.WriteLine($"{KpiWords.Printable(chart.Organization)}: how Pace reads each KPI{asOf}");
        for (var i = 0; i < chart.Processes.Count; i++)
        {
            var process = chart.Processes[i];
            output.WriteLine();
            output.WriteLine($"{(i + 1).ToString(CultureInfo.InvariantCulture)} · {KpiWords.Printable(process.Name)}");
            foreach (var kpi in process.Kpis)
            {
                var standing = KpiStanding.Of(kpi, chart.Date);
                output.WriteLine($"  {KpiWords.Printable(kpi.Name)}");
                output.WriteLine($"    aggregate: {KpiWords.Aggregate(standing.Aggregate)} — {KpiWords.TargetMeaning(standing.Aggregate.Aggregate)}");
                if (standing.Latest is { } latest)
                {
                    string Quantity(decimal value) => QuantityFormat.Quantity(value, KpiWords.Printable(kpi.Unit), language);
                    var judged = latest.Target is { } target
                        ? (latest.ProRata
                            ? $"against {Quantity(target)} pro rata ({latest.DaysPassed.ToString(CultureInfo.InvariantCulture)} of {latest.Days.ToString(CultureInfo.InvariantCulture)} days passed, {Quantity(latest.WholeTarget!.Value)} for the whole period)"
                            : $"against {Quantity(target)}")
                        : "without a target";
                    output.WriteLine($"    latest: {latest.Period} {Quantity(latest.Value)} {judged}: {KpiWords.Name(latest.Status)}");
                }

                if (standing.Unfitting.Count > 0)
                {
                    output.WriteLine($"    left out (not per {(kpi.Cadence is { } c ? KpiWords.Name(c) : "cadence")}): {string.Join(", ", standing.Unfitting.Select(a => a.Period.ToString()))}");
                }

                if (standing.Stale is { } stale)
                {
                    output.WriteLine($"    stale: last reported {stale.LastReported}, missing up to {stale.Expected}");
                }
            }
        }
    }
}
