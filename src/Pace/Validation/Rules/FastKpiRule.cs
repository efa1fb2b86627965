namespace Pace.Validation.Rules;

/// <summary>
/// PACE015: a process has at least one fast KPI — measured daily or weekly, or marked <c>speed: fast</c>.
/// A001: "De daily huddle en het wekelijks overleg vragen om snelle getallen."
/// </summary>
internal sealed class FastKpiRule : Rule
{
    /// <inheritdoc />
    public override string Code => "PACE015";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Info;

    /// <inheritdoc />
    public override void Check(RuleContext context)
    {
        var processes = context.Chart.Processes;
        for (var i = 0; i < processes.Count; i++)
        {
            var process = processes[i];
            if (process.Kpis.Count > 0 && !process.Kpis.Any(k => k.EffectiveSpeed == Speed.Fast))
            {
                context.Report(Paths.Process(i) + ".kpis", Locate.Kpis(process), new MessageArgument("process", Paths.NameOr(process.Name, i)));
            }
        }
    }
}
