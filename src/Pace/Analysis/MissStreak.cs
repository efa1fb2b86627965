namespace Pace.Analysis;

/// <summary>
/// Counts how many of a KPI's latest actuals, for consecutive periods, missed the target (amber or red): the streak
/// that ends with the latest actual. A green actual ends the streak, and so does a period without an actual — three
/// misses in W01, W10 and W20 are not three in a row.
/// </summary>
public static class MissStreak
{
    /// <summary>How many latest actuals in a row missed the target, every period judged as complete.</summary>
    /// <param name="kpi">The KPI.</param>
    /// <returns>0 when the latest actual met the target, or without a target or actuals.</returns>
    public static int Count(Kpi kpi) => Of(kpi).Count;

    /// <summary>The actuals of the current streak of misses, oldest first, every period judged as complete.</summary>
    /// <param name="kpi">The KPI.</param>
    /// <returns>The missed actuals ending with the latest; empty when the latest met the target.</returns>
    public static IReadOnlyList<Actual> Of(Kpi kpi) => Of(kpi, null);

    /// <summary>The actuals of the current streak of misses, oldest first, as of a date.</summary>
    /// <param name="kpi">The KPI.</param>
    /// <param name="asOf">The chart's date: a latest period still under way is judged period-to-date; <see langword="null"/> to judge every period as complete.</param>
    /// <returns>The missed actuals for consecutive periods ending with the latest; empty when the latest met the target.</returns>
    public static IReadOnlyList<Actual> Of(Kpi kpi, DateOnly? asOf)
    {
        var run = Series.Run(kpi).Actuals;
        var start = run.Count;
        while (start > 0 && PeriodToDate.Of(kpi, run[start - 1], asOf).Status is KpiStatus.Amber or KpiStatus.Red)
        {
            start--;
        }

        return [.. run.Skip(start)];
    }
}
