using System.Globalization;
using Pace.Analysis;

namespace Pace.Cli.Output;

/// <summary>
/// <c>pace explain CHART</c>: how Pace reads each KPI of a chart — how its periods combine and why (written, or inferred
/// from the unit or name), what that means for its target, and where its latest number stands as of the chart's date —
/// in the chart's language, or the one <c>--lang</c> names (<see cref="ReportWords"/>), words and numbers alike.
/// </summary>
internal static class KpiExplanation
{
    public static void Write(TextWriter output, Chart chart, ChartLanguage? language = null)
    {
        var words = ReportWords.For(language ?? chart.Language ?? ChartLanguage.English);
        var asOf = chart.Date is { } date ? ReportWords.Say(words.AsOf, new MessageArgument("date", words.Date(date))) : string.Empty;
        output.WriteLine(ReportWords.Say(words.HowPaceReads, new("organisation", KpiWords.Printable(chart.Organization)), new("as-of", asOf)));
        for (var i = 0; i < chart.Processes.Count; i++)
        {
            var process = chart.Processes[i];
            output.WriteLine();
            output.WriteLine($"{(i + 1).ToString(CultureInfo.InvariantCulture)} · {KpiWords.Printable(process.Name)}");
            foreach (var kpi in process.Kpis)
            {
                var standing = KpiStanding.Of(kpi, chart.Date);
                output.WriteLine($"  {KpiWords.Printable(kpi.Name)}");
                output.WriteLine("    " + ReportWords.Say(words.AggregateLine, new("aggregate", KpiWords.Aggregate(standing.Aggregate, words)), new("meaning", KpiWords.TargetMeaning(standing.Aggregate.Aggregate, words))));
                if (standing.Latest is { } latest)
                {
                    string Quantity(decimal value) => QuantityFormat.Quantity(value, KpiWords.Printable(kpi.Unit), words.Language);
                    string Count(int days) => days.ToString(CultureInfo.InvariantCulture);
                    var judged = latest.Target is { } target
                        ? (latest.ProRata
                            ? ReportWords.Say(words.AgainstProRata, new("pro-rata", Quantity(target)), new("days-passed", Count(latest.DaysPassed)), new("days", Count(latest.Days)), new("target", Quantity(latest.WholeTarget!.Value)))
                            : ReportWords.Say(words.Against, new MessageArgument("target", Quantity(target))))
                        : words.WithoutTarget;
                    output.WriteLine("    " + ReportWords.Say(words.LatestLine, new("period", words.InPeriodText(latest.Period)), new("value", Quantity(latest.Value)), new("judged", judged), new("status", words.Status(latest.Status))));
                }

                if (standing.Unfitting.Count > 0)
                {
                    var per = kpi.Cadence is { } c ? words.CadenceName(c) : words.NoCadence;
                    output.WriteLine("    " + ReportWords.Say(words.LeftOut, new("cadence", per), new("periods", string.Join(", ", standing.Unfitting.Select(a => words.PeriodText(a.Period))))));
                }

                if (standing.Stale is { } stale)
                {
                    output.WriteLine("    " + ReportWords.Say(words.StaleLine, new("last", words.InPeriodText(stale.LastReported)), new("expected", words.PeriodText(stale.Expected))));
                }
            }
        }
    }
}
