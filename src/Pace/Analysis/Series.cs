namespace Pace.Analysis;

/// <summary>
/// A KPI's actuals in time order, whatever order they were written in: the order <see cref="StatusCheck"/>,
/// <see cref="TrendAnalysis"/> and <see cref="MissStreak"/> judge them in, so a report can show the same latest value.
/// </summary>
public static class Series
{
    /// <summary>The actuals, oldest first (a stable sort: equal periods keep their written order).</summary>
    /// <param name="kpi">The KPI.</param>
    /// <returns>The actuals in period order.</returns>
    public static IReadOnlyList<Actual> Ordered(Kpi kpi) => [.. kpi.Actuals.OrderBy(a => a.Period)];

    /// <summary>The latest actual: the one <see cref="StatusCheck.Of(Kpi)"/> judges.</summary>
    /// <param name="kpi">The KPI.</param>
    /// <returns>The actual with the latest period (of equal periods, the last written); <see langword="null"/> when there is none.</returns>
    public static Actual? Latest(Kpi kpi) => kpi.Actuals.Count == 0 ? null : Ordered(kpi)[^1];
}
