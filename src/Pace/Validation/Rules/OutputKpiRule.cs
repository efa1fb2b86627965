namespace Pace.Validation.Rules;

/// <summary>
/// PACE010: a process has at least one output KPI. A001: "De kunst is om per medewerker zoveel mogelijk output
/// KPI's te hebben" — measure what comes out (deals closed), not only the effort going in (visits made).
/// </summary>
internal sealed class OutputKpiRule : Rule
{
    /// <inheritdoc />
    public override string Code => "PACE010";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Warning;

    /// <inheritdoc />
    public override void Check(RuleContext context)
    {
        var processes = context.Chart.Processes;
        for (var i = 0; i < processes.Count; i++)
        {
            var process = processes[i];
            if (process.Kpis.Count > 0 && !process.Kpis.Any(k => k.Focus == Focus.Output))
            {
                context.Report(Paths.Process(i) + ".kpis", Locate.Kpis(process), new MessageArgument("process", Paths.NameOr(process.Name, i)));
            }
        }
    }
}
