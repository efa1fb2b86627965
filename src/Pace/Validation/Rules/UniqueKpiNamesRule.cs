namespace Pace.Validation.Rules;

/// <summary>PACE006: KPI names are unique within a process, so a KPI can be named in meetings without doubt.</summary>
internal sealed class UniqueKpiNamesRule : Rule
{
    /// <inheritdoc />
    public override string Code => "PACE006";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Error;

    /// <inheritdoc />
    public override void Check(RuleContext context)
    {
        var processes = context.Chart.Processes;
        for (var i = 0; i < processes.Count; i++)
        {
            var process = processes[i];
            var groups = process.Kpis
                .Select((k, index) => (Name: k.Name?.Trim(), Index: index))
                .Where(x => !string.IsNullOrEmpty(x.Name))
                .GroupBy(x => x.Name!, StringComparer.OrdinalIgnoreCase)
                .Where(g => g.Count() > 1);
            foreach (var group in groups)
            {
                foreach (var (name, k) in group.Skip(1))
                {
                    context.Report(Paths.Kpi(i, k) + ".name", process.Kpis[k].Source?.ValueOf("name"), new("kpi", name), new("count", group.Count()), new("process", Paths.NameOr(process.Name, i)));
                }
            }
        }
    }
}
