namespace Pace.Validation.Rules;

/// <summary>
/// PACE009: a process has at least one leading KPI. A001: "Vooruitkijkende KPI's zijn veel waardevoller" —
/// looking-ahead KPIs (the sales pipeline) tell how well the process is going to do, lagging ones (revenue) only
/// how it did. A process whose KPIs do not say <c>timing: leading</c> is reported.
/// </summary>
internal sealed class LeadingKpiRule : Rule
{
    /// <inheritdoc />
    public override string Code => "PACE009";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Warning;

    /// <inheritdoc />
    public override void Check(RuleContext context)
    {
        var processes = context.Chart.Processes;
        for (var i = 0; i < processes.Count; i++)
        {
            var process = processes[i];
            if (process.Kpis.Count > 0 && !process.Kpis.Any(k => k.Timing == Timing.Leading))
            {
                context.Report(Paths.Process(i) + ".kpis", Locate.Kpis(process), new MessageArgument("process", Paths.NameOr(process.Name, i)));
            }
        }
    }
}
