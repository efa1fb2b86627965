namespace Pace.Rendering.Layout;

/// <summary>The KPI mix of a chart, for the people page: how many KPIs are of each of the four kinds.</summary>
internal static class KpiMix
{
    /// <summary>Counts of the four KPI kinds over the whole chart, each as (first kind, second kind, not set).</summary>
    public static IReadOnlyList<(string First, int FirstCount, string Second, int SecondCount, int Unset)> Of(LayoutContext ctx)
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
}
