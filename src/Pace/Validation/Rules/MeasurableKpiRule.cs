namespace Pace.Validation.Rules;

/// <summary>
/// PACE007: a KPI has a target and a unit — else it is not measurable. Seed 004 lists the SMART test for KPIs:
/// "Meetbaar – Zijn er instrumenten of methodes voor handen om de kpi inzichtelijk te krijgen?"
/// A missing target and a missing unit are reported separately, each where it should be written.
/// </summary>
public sealed class MeasurableKpiRule : Rule
{
    /// <inheritdoc />
    public override string Code => "PACE007";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Warning;

    /// <inheritdoc />
    public override void Check(RuleContext context)
    {
        var processes = context.Chart.Processes;
        for (var i = 0; i < processes.Count; i++)
        {
            var process = processes[i];
            for (var k = 0; k < process.Kpis.Count; k++)
            {
                var kpi = process.Kpis[k];
                var name = Paths.NameOr(kpi.Name, k);
                if (kpi.Target is null)
                {
                    context.ReportVariant("Target", Paths.Kpi(i, k) + ".target", Locate.ValueOrName(kpi.Source, "target"), name, Paths.NameOr(process.Name, i));
                }

                if (string.IsNullOrWhiteSpace(kpi.Unit))
                {
                    context.ReportVariant("Unit", Paths.Kpi(i, k) + ".unit", Locate.ValueOrName(kpi.Source, "unit"), name, Paths.NameOr(process.Name, i));
                }
            }
        }
    }
}
