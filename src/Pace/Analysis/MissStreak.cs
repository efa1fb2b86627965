namespace Pace.Analysis;

/// <summary>
/// Counts how many of a KPI's latest actuals, in a row, missed the target (amber or red): the streak that ends
/// with the latest actual. A green actual ends the streak.
/// </summary>
public static class MissStreak
{
    /// <summary>How many latest actuals in a row missed the target.</summary>
    /// <param name="kpi">The KPI.</param>
    /// <returns>0 when the latest actual met the target, or without a target or actuals.</returns>
    public static int Count(Kpi kpi) => Of(kpi).Count;

    /// <summary>The actuals of the current streak of misses, oldest first.</summary>
    /// <param name="kpi">The KPI.</param>
    /// <returns>The missed actuals ending with the latest; empty when the latest met the target.</returns>
    public static IReadOnlyList<Actual> Of(Kpi kpi)
    {
        var ordered = Series.Ordered(kpi);
        var start = ordered.Count;
        while (start > 0 && StatusCheck.Misses(kpi, ordered[start - 1].Value))
        {
            start--;
        }

        return [.. ordered.Skip(start)];
    }
}
