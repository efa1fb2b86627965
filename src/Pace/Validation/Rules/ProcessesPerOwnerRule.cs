namespace Pace.Validation.Rules;

/// <summary>
/// PACE016: one person owns more than three core processes. The method asks for one accountable person per
/// process (A001: "koppel één eindverantwoordelijke aan elk kernproces"); when one person collects most of
/// them, the chart describes a bottleneck rather than shared accountability. Advice only: in a small company the
/// founder may own several processes for a while. The finding points at the owner of the fourth process.
/// </summary>
internal sealed class ProcessesPerOwnerRule : Rule
{
    /// <summary>The most core processes one person owns without a finding: three.</summary>
    public const int MostProcesses = 3;

    /// <inheritdoc />
    public override string Code => "PACE016";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Info;

    /// <inheritdoc />
    public override void Check(RuleContext context)
    {
        var processes = context.Chart.Processes;
        foreach (var person in context.Loads)
        {
            var owned = person.OwnedProcesses;
            if (owned.Count > MostProcesses)
            {
                var fourth = owned[MostProcesses];
                var names = string.Join(", ", owned.Select(i => Paths.NameOr(processes[i].Name, i)));
                context.Report(Paths.Process(fourth) + ".owner", processes[fourth].Source?.ValueOf("owner"), new("person", person.DisplayName), new("count", owned.Count), new("processes", names));
            }
        }
    }
}
