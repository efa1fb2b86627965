using Pace.Analysis;

namespace Pace.Validation.Rules;

/// <summary>
/// PACE023: a KPI's number is stale — its latest actual is for a period before the last one its cadence completed
/// by the chart's date (see <see cref="Staleness"/>): a weekly KPI without the last full week, a monthly one without
/// the last month. A001: "Verantwoordelijkheid nemen is je eigen KPI's rapporteren"; A000: "Denk aan een wekelijkse
/// meeting om de cijfers kort te bekijken". A number that was not reported keeps its old colour on the chart, so a
/// KPI last reported in W02 would show green on 1 November.
/// </summary>
/// <remarks>
/// Only KPIs with a cadence and at least one actual are judged, and only on a chart with a <c>date:</c>: a chart that
/// tracks no actuals is not stale. The finding points at the latest actual's period.
/// </remarks>
internal sealed class StaleNumberRule : Rule
{
    /// <inheritdoc />
    public override string Code => "PACE023";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Warning;

    /// <inheritdoc />
    public override void Check(RuleContext context)
    {
        foreach (var site in KpiSite.All(context))
        {
            var kpi = site.Kpi;
            if (Staleness.Of(kpi, context.Chart.Date) is not { } stale)
            {
                continue;
            }

            var latest = Series.Latest(kpi)!;
            context.Report(
                site.PathOf($"actuals.{latest.Period}"),
                latest.Source ?? Locate.ValueOrName(kpi.Source, "actuals"),
                new("kpi", site.KpiName),
                new("process", site.ProcessName),
                new("last", PeriodFormat.Words(stale.LastReported, context.Language)),
                new("date", PeriodFormat.Date(context.Chart.Date!.Value, context.Language)),
                new("expected", PeriodFormat.Words(stale.Expected, context.Language)));
        }
    }
}
