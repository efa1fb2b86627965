namespace Pace.Validation.Rules;

/// <summary>
/// PACE008: a KPI has a cadence — the period its target holds for — else it is not time-bound. A004, SMART:
/// "Tijdsgebonden – In welke tijdsperiode moet een bepaalde kpi behaald zijn?"
/// </summary>
internal sealed class TimeBoundKpiRule : Rule
{
    /// <inheritdoc />
    public override string Code => "PACE008";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Warning;

    /// <inheritdoc />
    public override void Check(RuleContext context)
    {
        foreach (var site in KpiSite.All(context))
        {
            var kpi = site.Kpi;
            if (kpi.Cadence is null)
            {
                context.Report(site.PathOf("cadence"), Locate.ValueOrName(kpi.Source, "cadence"), new("kpi", site.KpiName), new("process", site.ProcessName));
            }
        }
    }
}
