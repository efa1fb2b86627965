namespace Pace.Rendering.Layout;

/// <summary>
/// Puts a process's KPIs into the chart's KPI columns. With dimensions, the Better / Faster / Cheaper KPI
/// goes under its own heading (the PACe form's slots); KPIs without one, or a second of the same dimension,
/// fill the free slots in written order. Fewer than three leaves empty slots; more adds slots.
/// </summary>
internal static class KpiSlots
{
    /// <summary>The number of KPI columns of the chart grid (the PACe form's three).</summary>
    public const int Columns = 3;

    /// <summary>Whether any KPI of the chart names a dimension, so the columns get Better / Faster / Cheaper headings.</summary>
    public static bool UsesDimensions(Chart chart) => chart.Processes.Any(p => p.Kpis.Any(k => k.Dimension is not null));

    /// <summary>The KPIs in slot order; <see langword="null"/> marks an empty slot.</summary>
    public static IReadOnlyList<Kpi?> Arrange(CoreProcess process, bool byDimension)
    {
        var slots = new List<Kpi?>(Enumerable.Repeat<Kpi?>(null, Math.Max(Columns, process.Kpis.Count)));
        var rest = new List<Kpi>();
        foreach (var kpi in process.Kpis)
        {
            if (byDimension && kpi.Dimension is { } d && slots[(int)d] is null)
            {
                slots[(int)d] = kpi;
            }
            else
            {
                rest.Add(kpi);
            }
        }

        var free = 0;
        foreach (var kpi in rest)
        {
            while (slots[free] is not null)
            {
                free++;
            }

            slots[free] = kpi;
        }

        return slots;
    }
}
