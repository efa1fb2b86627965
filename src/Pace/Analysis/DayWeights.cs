namespace Pace.Analysis;

/// <summary>
/// What each day weighs when a target is spread over the days of its period; the breakdown and the pro-rata target
/// both read it, so a running period's target to date is the sum of the breakdown of the days passed.
/// </summary>
/// <remarks>
/// A target of a month or longer gives every month the same share (A000: "€ 300.000 … per maand € 100.000"), so a
/// day weighs one over its month's length; with <see cref="Kpi.Seasonality"/> a month weighs its weight instead (A003).
/// A week or day target gives every day the same weight, or, with seasonality, its month's weight over the month's
/// length. The month part uses <see cref="MonthUnit"/>, a multiple of 28, 29, 30 and 31, so weights stay whole
/// numbers and their sums exact.
/// </remarks>
internal static class DayWeights
{
    /// <summary>The least common multiple of the month lengths 28 to 31: a day of a month weighs this over the month's length.</summary>
    public const decimal MonthUnit = 377_580;

    /// <summary>Twelve weights scaled to at most 1, or <see langword="null"/> when not twelve usable numbers.</summary>
    /// <remarks>Only the proportions matter; scaling keeps sums from overflowing for weights near decimal's limits.</remarks>
    public static IReadOnlyList<decimal>? Normalised(IReadOnlyList<decimal>? monthWeights)
    {
        if (monthWeights is null || !IsValid(monthWeights))
        {
            return null;
        }

        var largest = monthWeights.Max();
        return [.. monthWeights.Select(w => w / largest)];
    }

    /// <summary>Whether twelve month weights are usable: twelve non-negative numbers, not all zero.</summary>
    public static bool IsValid(IReadOnlyList<decimal> weights) => weights.Count == 12 && weights.All(w => w >= 0) && weights.Any(w => w > 0);

    /// <summary>What one day weighs in a target set per <paramref name="anchor"/>.</summary>
    public static decimal Of(DateOnly day, Cadence anchor, IReadOnlyList<decimal>? monthWeights)
    {
        var perMonthDay = MonthUnit / DateTime.DaysInMonth(day.Year, day.Month);
        if (monthWeights is not null)
        {
            return monthWeights[day.Month - 1] * perMonthDay;
        }

        return anchor >= Cadence.Month ? perMonthDay : 1m;
    }

    /// <summary>What the days from <paramref name="from"/> up to (not including) <paramref name="until"/> weigh.</summary>
    public static decimal Sum(DateOnly from, DateOnly until, Cadence anchor, IReadOnlyList<decimal>? monthWeights)
    {
        decimal sum = 0;
        for (var day = from; day < until; day = day.AddDays(1))
        {
            sum += Of(day, anchor, monthWeights);
        }

        return sum;
    }
}
