namespace Pace.Analysis;

/// <summary>
/// A KPI's actuals in time order, whatever order they were written in: the order <see cref="StatusCheck"/>,
/// <see cref="TrendAnalysis"/> and <see cref="MissStreak"/> judge them in, so a report can show the same latest value.
/// </summary>
/// <remarks>
/// Only actuals that fit the KPI's cadence are judged (a weekly KPI's <c>2026-W41</c>, not its <c>2026-10</c> or
/// <c>2026</c>): a month's number is no week's, and judging it against the weekly target says nothing. PACE024 reports
/// the others. A KPI without a cadence is read at the length of its latest actual.
/// </remarks>
public static class Series
{
    /// <summary>All actuals, oldest first (a stable sort: equal periods keep their written order).</summary>
    /// <param name="kpi">The KPI.</param>
    /// <returns>The actuals in period order.</returns>
    public static IReadOnlyList<Actual> Ordered(Kpi kpi) =>
        InOrder(kpi.Actuals, length: null, strictly: false) ? kpi.Actuals : [.. kpi.Actuals.OrderBy(a => a.Period)];

    /// <summary>The period length a KPI is judged at: its cadence, else the length of its latest actual.</summary>
    /// <param name="kpi">The KPI.</param>
    /// <returns>The length; <see langword="null"/> without a cadence or actuals.</returns>
    public static Cadence? LengthOf(Kpi kpi) => kpi.Cadence ?? (kpi.Actuals.Count == 0 ? null : Ordered(kpi)[^1].Period.Length);

    /// <summary>The actuals that fit the KPI's cadence, oldest first, one per period (of equal periods, the last written).</summary>
    /// <param name="kpi">The KPI.</param>
    /// <returns>The actuals the status, streak and trend are judged on.</returns>
    public static IReadOnlyList<Actual> Fitting(Kpi kpi)
    {
        var length = LengthOf(kpi);
        return InOrder(kpi.Actuals, length, strictly: true)
            ? kpi.Actuals
            : [.. kpi.Actuals.Where(a => a.Period.Length == length).GroupBy(a => a.Period).Select(g => g.Last()).OrderBy(a => a.Period)];
    }

    /// <summary>
    /// Whether actuals are already in period order (strictly: one per period) and all of one length: how most charts
    /// write them, and then the (immutable) list as written is the answer. The layout asks for a KPI's series on every
    /// page it appears on, so sorting and grouping it each time was a measurable part of laying a chart out.
    /// </summary>
    private static bool InOrder(IReadOnlyList<Actual> actuals, Cadence? length, bool strictly)
    {
        for (var i = 0; i < actuals.Count; i++)
        {
            if (length is { } l && actuals[i].Period.Length != l)
            {
                return false;
            }

            if (i > 0 && actuals[i - 1].Period.CompareTo(actuals[i].Period) is var order && (order > 0 || (strictly && order == 0)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The actuals whose period is not as long as the KPI's cadence, in written order.</summary>
    /// <param name="kpi">The KPI.</param>
    /// <returns>The actuals left out of the judgement; empty without a cadence.</returns>
    public static IReadOnlyList<Actual> Unfitting(Kpi kpi) =>
        kpi.Cadence is { } cadence ? [.. kpi.Actuals.Where(a => a.Period.Length != cadence)] : [];

    /// <summary>The latest actual that fits the cadence: the one <see cref="StatusCheck.Of(Kpi)"/> judges.</summary>
    /// <param name="kpi">The KPI.</param>
    /// <returns>The actual with the latest period (of equal periods, the last written); <see langword="null"/> when there is none.</returns>
    public static Actual? Latest(Kpi kpi) => Fitting(kpi) is { Count: > 0 } fitting ? fitting[^1] : null;

    /// <summary>The latest run of actuals for consecutive periods, and the gap before it when an earlier actual exists.</summary>
    /// <param name="kpi">The KPI.</param>
    /// <returns>The run, oldest first (empty without actuals).</returns>
    public static SeriesRun Run(Kpi kpi) => Run(Fitting(kpi));

    /// <summary>The latest run of consecutive periods in an ordered list of actuals of one length.</summary>
    /// <param name="ordered">Actuals of one period length, oldest first, one per period.</param>
    /// <returns>The run and the gap before it.</returns>
    public static SeriesRun Run(IReadOnlyList<Actual> ordered)
    {
        if (ordered.Count == 0)
        {
            return new SeriesRun([], null);
        }

        var start = ordered.Count - 1;
        while (start > 0 && Calendar.Supports(ordered[start - 1].Period) && Calendar.Next(ordered[start - 1].Period) == ordered[start].Period)
        {
            start--;
        }

        SeriesGap? gap = null;
        if (start > 0 && Calendar.Supports(ordered[start - 1].Period) && Calendar.Supports(ordered[start].Period))
        {
            gap = new SeriesGap(Calendar.Next(ordered[start - 1].Period), Calendar.Previous(ordered[start].Period));
        }

        return new SeriesRun([.. ordered.Skip(start)], gap);
    }
}
