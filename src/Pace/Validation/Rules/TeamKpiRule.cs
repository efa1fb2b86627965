using Pace.Model;

namespace Pace.Validation.Rules;

/// <summary>
/// PACE017: individual targets on lagging output KPIs breed competition; prefer team KPIs. Seed 000: "individuele
/// KPI's bijdragen aan concurrentie binnen het team" — with a personal sales target, colleagues hold information
/// back and chase one-off deals. Reported for KPIs with <c>level: individual</c>, <c>timing: lagging</c> and
/// <c>focus: output</c>: the results a team achieves together. Individual input or leading KPIs (one's own visits,
/// one's own quotes) are a person's promise and are fine.
/// </summary>
public sealed class TeamKpiRule : Rule
{
    /// <inheritdoc />
    public override string Code => "PACE017";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Info;

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
                if (kpi is { Level: KpiLevel.Individual, Timing: Timing.Lagging, Focus: Focus.Output })
                {
                    context.Report(Paths.Kpi(i, k) + ".level", kpi.Source?.ValueOf("level"), Paths.NameOr(kpi.Name, k), Paths.NameOr(process.Name, i));
                }
            }
        }
    }
}
