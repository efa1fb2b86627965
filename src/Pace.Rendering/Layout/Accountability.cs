using Pace.Model;

namespace Pace.Rendering.Layout;

/// <summary>One person's share of the chart: the processes they are accountable for and the KPIs they report.</summary>
internal sealed record PersonLoad(string Id, string Name, string Role, IReadOnlyList<(int Number, CoreProcess Process)> Processes, IReadOnlyList<Kpi> Kpis)
{
    /// <summary>How many of the reported KPIs are leading.</summary>
    public int LeadingCount => Kpis.Count(k => k.Timing == Timing.Leading);
}

/// <summary>
/// Who carries what: roster people in roster order, then owners written as plain names in order of appearance.
/// A KPI is reported by its own owner, else by its process's single owner (a process with no single owner
/// leaves its KPIs unreported — that is the finding, not something to guess around).
/// </summary>
internal static class Accountability
{
    /// <summary>The people of a chart with their processes and KPIs.</summary>
    public static IReadOnlyList<PersonLoad> Of(LayoutContext ctx)
    {
        var chart = ctx.Chart;
        var ids = new List<string>();
        foreach (var person in chart.People ?? [])
        {
            if (person.Id is { Length: > 0 } id && !ids.Contains(id, StringComparer.Ordinal))
            {
                ids.Add(id);
            }
        }

        foreach (var process in chart.Processes)
        {
            foreach (var id in process.Owners.Concat(process.Kpis.Select(k => k.Owner).OfType<string>()))
            {
                if (id.Length > 0 && !ids.Contains(id, StringComparer.Ordinal))
                {
                    ids.Add(id);
                }
            }
        }

        return [.. ids.Select(id => Load(ctx, id))];
    }

    /// <summary>Counts of the four KPI kinds over the whole chart, each as (first kind, second kind, not set).</summary>
    public static IReadOnlyList<(string First, int FirstCount, string Second, int SecondCount, int Unset)> Mix(LayoutContext ctx)
    {
        var kpis = ctx.Chart.Processes.SelectMany(p => p.Kpis).ToList();
        var l = ctx.Labels;
        return
        [
            Split(kpis, k => k.Timing == Timing.Leading, k => k.Timing == Timing.Lagging, l.Leading, l.Lagging),
            Split(kpis, k => k.Focus == Focus.Input, k => k.Focus == Focus.Output, l.Input, l.Output),
            Split(kpis, k => k.EffectiveSpeed == Speed.Fast, k => k.EffectiveSpeed == Speed.Slow, l.Fast, l.Slow),
            Split(kpis, k => k.Nature == Nature.Hard, k => k.Nature == Nature.Soft, l.Hard, l.Soft),
        ];
    }

    private static (string, int, string, int, int) Split(List<Kpi> kpis, Func<Kpi, bool> first, Func<Kpi, bool> second, string a, string b)
    {
        var x = kpis.Count(first);
        var y = kpis.Count(second);
        return (a, x, b, y, kpis.Count - x - y);
    }

    private static PersonLoad Load(LayoutContext ctx, string id)
    {
        var processes = new List<(int, CoreProcess)>();
        var kpis = new List<Kpi>();
        var all = ctx.Chart.Processes;
        for (var i = 0; i < all.Count; i++)
        {
            var process = all[i];
            if (process.Owners.Contains(id, StringComparer.Ordinal))
            {
                processes.Add((i + 1, process));
            }

            kpis.AddRange(process.Kpis.Where(k => string.Equals(k.Owner ?? process.Owner, id, StringComparison.Ordinal)));
        }

        return new PersonLoad(id, ctx.PersonName(id), ctx.PersonRole(id), processes, kpis);
    }
}
