namespace Pace.Validation.Rules;

/// <summary>
/// PACE007: a KPI has a target and a unit — else it is not measurable. A004 lists the SMART test for KPIs:
/// "Meetbaar – Zijn er instrumenten of methodes voor handen om de kpi inzichtelijk te krijgen?"
/// A missing target and a missing unit are reported separately, each where it should be written.
/// </summary>
internal sealed class MeasurableKpiRule : Rule
{
    /// <inheritdoc />
    public override string Code => "PACE007";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Warning;

    /// <inheritdoc />
    public override void Check(RuleContext context)
    {
        foreach (var site in KpiSite.All(context))
        {
            var kpi = site.Kpi;
            var name = site.KpiName;
            if (kpi.Target is null)
            {
                context.ReportVariant("Target", site.PathOf("target"), Locate.ValueOrName(kpi.Source, "target"), new("kpi", name), new("process", site.ProcessName));
            }

            if (string.IsNullOrWhiteSpace(kpi.Unit))
            {
                context.ReportVariant("Unit", site.PathOf("unit"), Locate.ValueOrName(kpi.Source, "unit"), new("kpi", name), new("process", site.ProcessName));
            }
        }
    }
}
