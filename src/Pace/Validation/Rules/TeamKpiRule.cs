namespace Pace.Validation.Rules;

/// <summary>
/// PACE017: individual targets on lagging output KPIs breed competition; prefer team KPIs. A000: "individuele
/// KPI's bijdragen aan concurrentie binnen het team" — with a personal sales target, colleagues hold information
/// back and chase one-off deals. Reported for KPIs with <c>level: individual</c>, <c>timing: lagging</c> and
/// <c>focus: output</c>: the results a team achieves together. Individual input or leading KPIs (one's own visits,
/// one's own quotes) are a person's promise and are fine.
/// </summary>
internal sealed class TeamKpiRule : Rule
{
    /// <inheritdoc />
    public override string Code => "PACE017";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Info;

    /// <inheritdoc />
    public override void Check(RuleContext context)
    {
        foreach (var site in KpiSite.All(context))
        {
            var kpi = site.Kpi;
            if (kpi is { Level: KpiLevel.Individual, Timing: Timing.Lagging, Focus: Focus.Output })
            {
                context.Report(site.PathOf("level"), kpi.Source?.ValueOf("level"), new("kpi", site.KpiName), new("process", site.ProcessName));
            }
        }
    }
}
