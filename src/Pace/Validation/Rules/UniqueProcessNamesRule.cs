namespace Pace.Validation.Rules;

/// <summary>PACE004: process names are unique, so every finding, owner and KPI points at one process.</summary>
internal sealed class UniqueProcessNamesRule : Rule
{
    /// <inheritdoc />
    public override string Code => "PACE004";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Error;

    /// <inheritdoc />
    public override void Check(RuleContext context)
    {
        var processes = context.Chart.Processes;
        var groups = processes
            .Select((p, i) => (Name: p.Name?.Trim(), Index: i))
            .Where(x => !string.IsNullOrEmpty(x.Name))
            .GroupBy(x => x.Name!, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1);
        foreach (var group in groups)
        {
            // Report every repeat after the first, where the user has to act.
            foreach (var (name, index) in group.Skip(1))
            {
                context.Report(Paths.Process(index) + ".name", processes[index].Source?.ValueOf("name"), new("process", name), new("count", group.Count()));
            }
        }
    }
}
