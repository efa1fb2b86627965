namespace Pace.Validation.Rules;

/// <summary>
/// PACE002: each process has exactly one accountable owner. A001: when several people are accountable,
/// nobody is; a process without an owner is a process nobody drives.
/// </summary>
internal sealed class SingleOwnerRule : Rule
{
    /// <inheritdoc />
    public override string Code => "PACE002";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Error;

    /// <inheritdoc />
    public override void Check(RuleContext context)
    {
        var processes = context.Chart.Processes;
        for (var i = 0; i < processes.Count; i++)
        {
            var process = processes[i];
            var (owners, repeated) = Owners.Of(process.Owners);
            Owners.Report(context, Paths.Process(i) + ".owner", process.Source, "process", Paths.NameOr(process.Name, i), owners, repeated);
        }
    }
}
