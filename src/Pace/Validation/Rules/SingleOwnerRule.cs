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
            var name = Paths.NameOr(process.Name, i);
            if (owners.Count == 0)
            {
                var span = process.Source is { } s && s.Has("owner") ? s.ValueOf("owner") : process.Source?.Node;
                context.ReportVariant("None", Paths.Process(i) + ".owner", span, name);
            }
            else if (owners.Count > 1)
            {
                context.ReportVariant("Many", Paths.Process(i) + ".owner", process.Source?.ValueOf("owner"), name, owners.Count, string.Join(", ", owners));
            }
            else if (repeated is not null)
            {
                context.ReportVariant("Repeated", Paths.Process(i) + ".owner", process.Source?.ValueOf("owner"), name, repeated);
            }
        }
    }
}
