using System.Globalization;

namespace Pace.Analysis;

/// <summary>
/// Breaks a target down into shorter periods. A000: "Je wilt eind van dit kwartaal € 300.000,- aan verkopen.
/// Terugrekenen per maand: € 100.000,-" — a quarter target splits evenly into its three months. A003:
/// "Knip daarom omzet doelstellingen altijd in stukjes van een maand, en hou eventueel ook rekening met
/// seizoensinvloeden" — a year target splits into twelve months, weighted by <see cref="Kpi.Seasonality"/> when given.
/// </summary>
/// <remarks>
/// <para>Shorter periods: months, quarters and days are the calendar's. A week belongs to the month, quarter or year
/// that holds its Thursday (the ISO 8601 rule), so each ISO week falls in exactly one of them: a quarter has 12 to
/// 14 weeks (2026-Q4 has 14, 2027-Q1 has 12), a year 52 or 53 (2026 has 53; 2027-01-01 lies in 2026-W53).</para>
/// <para>Without month weights, every shorter period gets an equal share. With twelve month weights (January
/// first), a shorter period weighs the sum, over its days, of its month's weight divided by the month's length:
/// a month weighs its own weight, a quarter its three months, a week its seven days' part.</para>
/// <para>Shares are rounded with <see cref="LargestRemainder"/>, so they add up to the target exactly.</para>
/// </remarks>
public static class TargetBreakdown
{
    /// <summary>Decimals of the shares unless asked otherwise: cents.</summary>
    public const int DefaultDecimals = 2;

    /// <summary>Breaks a KPI's target for one of its periods down into shorter periods.</summary>
    /// <param name="kpi">The KPI: its target and cadence, and its seasonality if valid (else it splits evenly).</param>
    /// <param name="period">A period as long as the KPI's cadence, e.g. <c>2026-Q4</c> for a quarterly KPI.</param>
    /// <param name="into">The shorter length, e.g. <see cref="Cadence.Month"/>.</param>
    /// <param name="decimals">Decimals of the shares.</param>
    /// <returns>The shares, in time order; empty when the KPI has no target.</returns>
    /// <exception cref="ArgumentException">The period's length is not the KPI's cadence, or <paramref name="into"/> is not shorter.</exception>
    public static IReadOnlyList<PeriodTarget> Of(Kpi kpi, Period period, Cadence into, int decimals = DefaultDecimals)
    {
        if (kpi.Cadence is { } cadence && cadence != period.Length)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The KPI's target is per {cadence}, not per {period.Length}."), nameof(period));
        }

        return kpi.Target is { } target
            ? Split(target, period, into, HasValidSeasonality(kpi) ? kpi.Seasonality : null, decimals)
            : [];
    }

    /// <summary>Breaks a target for a period down into shorter periods.</summary>
    /// <param name="target">The target for the whole period.</param>
    /// <param name="period">The period, e.g. <c>2026-Q4</c>.</param>
    /// <param name="into">The shorter length, e.g. <see cref="Cadence.Week"/>.</param>
    /// <param name="monthWeights">Twelve non-negative weights, January first, or <see langword="null"/> to split evenly.</param>
    /// <param name="decimals">Decimals of the shares.</param>
    /// <returns>The shares, in time order, adding up to <paramref name="target"/> exactly.</returns>
    /// <exception cref="ArgumentException"><paramref name="into"/> is not shorter than the period, or the weights are not twelve usable numbers.</exception>
    public static IReadOnlyList<PeriodTarget> Split(decimal target, Period period, Cadence into, IReadOnlyList<decimal>? monthWeights = null, int decimals = DefaultDecimals)
    {
        if (monthWeights is not null && !IsValidSeasonality(monthWeights))
        {
            throw new ArgumentException("Month weights are twelve non-negative numbers, not all zero.", nameof(monthWeights));
        }

        var parts = PeriodsIn(period, into);
        if (monthWeights is not null)
        {
            // Only the proportions matter; scaling to at most 1 keeps the sums below from overflowing for
            // weights near decimal's limits.
            var largest = monthWeights.Max();
            monthWeights = [.. monthWeights.Select(w => w / largest)];
        }

        IReadOnlyList<decimal> weights = monthWeights is null
            ? [.. parts.Select(_ => 1m)]
            : [.. parts.Select(p => WeightOf(p, monthWeights))];

        // A week whose days all fall in zero-weight months weighs nothing; if every part does, split evenly.
        if (weights.Sum() == 0)
        {
            weights = [.. parts.Select(_ => 1m)];
        }

        var shares = LargestRemainder.Split(target, weights, decimals);
        return [.. parts.Select((p, i) => new PeriodTarget(p, shares[i]))];
    }

    /// <summary>The shorter periods a period breaks down into, in time order.</summary>
    /// <param name="period">The period.</param>
    /// <param name="into">The shorter length.</param>
    /// <returns>The periods: calendar days, ISO weeks by their Thursday, calendar months or quarters.</returns>
    /// <exception cref="ArgumentException"><paramref name="into"/> is not shorter than the period, or is months or longer inside a week.</exception>
    public static IReadOnlyList<Period> PeriodsIn(Period period, Cadence into)
    {
        if (into >= period.Length || (period.Length == Cadence.Week && into != Cadence.Day))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"A {period.Length} does not break down into {into}s."), nameof(into));
        }

        var list = new List<Period>();
        if (into == Cadence.Week)
        {
            // The first Thursday on or after the start, then every seven days while inside the period.
            var thursday = period.Start.AddDays(((int)DayOfWeek.Thursday - (int)period.Start.DayOfWeek + 7) % 7);
            for (; thursday < period.End; thursday = thursday.AddDays(7))
            {
                list.Add(Period.Containing(Cadence.Week, thursday));
            }

            return list;
        }

        for (var day = period.Start; day < period.End; day = Period.Containing(into, day).End)
        {
            list.Add(Period.Containing(into, day));
        }

        return list;
    }

    /// <summary>Whether a KPI's seasonality can weight a breakdown: twelve non-negative numbers, not all zero.</summary>
    /// <param name="kpi">The KPI.</param>
    /// <returns><see langword="true"/> when <see cref="Kpi.Seasonality"/> is usable.</returns>
    public static bool HasValidSeasonality(Kpi kpi) => kpi.Seasonality is { } weights && IsValidSeasonality(weights);

    private static bool IsValidSeasonality(IReadOnlyList<decimal> weights) =>
        weights.Count == 12 && weights.All(w => w >= 0) && weights.Any(w => w > 0);

    /// <summary>A month, quarter or year weighs the sum of its months; a week or day the sum over its days of its month's weight per day.</summary>
    private static decimal WeightOf(Period period, IReadOnlyList<decimal> monthWeights)
    {
        if (period.Length >= Cadence.Month)
        {
            decimal months = 0;
            for (var month = period.Start; month < period.End; month = month.AddMonths(1))
            {
                months += monthWeights[month.Month - 1];
            }

            return months;
        }

        decimal weight = 0;
        for (var day = period.Start; day < period.End; day = day.AddDays(1))
        {
            weight += monthWeights[day.Month - 1] / DateTime.DaysInMonth(day.Year, day.Month);
        }

        return weight;
    }
}
