namespace Pace.Validation.Rules;

/// <summary>
/// PACE008: a KPI has a cadence — the period its target holds for — else it is not time-bound. Seed 004, SMART:
/// "Tijdsgebonden – In welke tijdsperiode moet een bepaalde kpi behaald zijn?"
/// </summary>
public sealed class TimeBoundKpiRule : Rule
{
    /// <inheritdoc />
    public override string Code => "PACE008";

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
                if (kpi.Cadence is null)
                {
                    context.Report(Paths.Kpi(i, k) + ".cadence", Locate.ValueOrName(kpi.Source, "cadence"), Paths.NameOr(kpi.Name, k), Paths.NameOr(process.Name, i));
                }
            }
        }
    }
}
