using Pace.Localization;

namespace Pace.Validation.Rules;

/// <summary>
/// PACE024: an actual's period is not as long as the KPI's cadence — a weekly KPI with <c>2026-10</c>, <c>2026-Q4</c>
/// or <c>2026</c>. The target holds per cadence period, so such a number cannot be judged against it, and Pace does
/// not guess how a month's number splits into weeks or which weeks make up a month's. It is left out of the status,
/// streak and trend (see <see cref="Analysis.Series"/>); the finding points at its key. A004's SMART asks a KPI to be
/// "Tijdsgebonden": one period, one number.
/// </summary>
internal sealed class CadenceFitRule : Rule
{
    /// <inheritdoc />
    public override string Code => "PACE024";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Warning;

    /// <inheritdoc />
    public override void Check(RuleContext context)
    {
        foreach (var site in KpiSite.All(context))
        {
            if (site.Kpi.Cadence is not { } cadence)
            {
                continue;
            }

            foreach (var actual in Analysis.Series.Unfitting(site.Kpi))
            {
                var key = actual.Period.ToString();
                var example = actual.Period.Start.Year is > 1 and < 9999 ? Period.Containing(cadence, actual.Period.Start).ToString() : key;
                context.Report(
                    site.PathOf($"actuals.{key}"),
                    actual.Source ?? Locate.ValueOrName(site.Kpi.Source, "actuals"),
                    new("kpi", site.KpiName),
                    new("process", site.ProcessName),
                    new("key", key),
                    new("granularity", MessageTable.Get(context.Language, "One" + actual.Period.Length)),
                    new("cadence", MessageTable.Get(context.Language, "Cadence" + cadence)),
                    new("example", example));
            }
        }
    }
}
