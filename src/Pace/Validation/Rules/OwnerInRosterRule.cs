namespace Pace.Validation.Rules;

/// <summary>PACE005: when the chart has a <c>people</c> roster, every process owner and KPI owner is on it.</summary>
internal sealed class OwnerInRosterRule : Rule
{
    /// <inheritdoc />
    public override string Code => "PACE005";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Error;

    /// <inheritdoc />
    public override void Check(RuleContext context)
    {
        var chart = context.Chart;
        if (chart.People is null)
        {
            return;
        }

        var ids = chart.People.Select(p => p.Id).Where(id => !string.IsNullOrEmpty(id)).ToHashSet(StringComparer.Ordinal);
        var known = ids.Count == 0 ? "—" : string.Join(", ", ids.Order(StringComparer.Ordinal));
        for (var i = 0; i < chart.Processes.Count; i++)
        {
            var process = chart.Processes[i];
            foreach (var owner in process.Owners.Where(o => !string.IsNullOrWhiteSpace(o) && !ids.Contains(o)))
            {
                context.Report(Paths.Process(i) + ".owner", process.Source?.ValueOf("owner"), new("owner", owner), new("known", known));
            }

            for (var k = 0; k < process.Kpis.Count; k++)
            {
                var kpi = process.Kpis[k];
                if (!string.IsNullOrWhiteSpace(kpi.Owner) && !ids.Contains(kpi.Owner))
                {
                    context.Report(Paths.Kpi(i, k) + ".owner", kpi.Source?.ValueOf("owner"), new("owner", kpi.Owner), new("known", known));
                }
            }
        }
    }
}
