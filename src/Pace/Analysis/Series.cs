using Pace.Model;

namespace Pace.Analysis;

/// <summary>A KPI's actuals in time order, whatever order they were written in.</summary>
internal static class Series
{
    /// <summary>The actuals, oldest first (a stable sort: equal periods keep their written order).</summary>
    public static IReadOnlyList<Actual> Ordered(Kpi kpi) => [.. kpi.Actuals.OrderBy(a => a.Period)];

    /// <summary>The latest actual, or <see langword="null"/> when there is none.</summary>
    public static Actual? Latest(Kpi kpi) => kpi.Actuals.Count == 0 ? null : Ordered(kpi)[^1];
}
