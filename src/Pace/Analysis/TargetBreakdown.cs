using System.Globalization;

namespace Pace.Analysis;

/// <summary>
/// Breaks a target down, exactly, from the year to the week. A000: "Je wilt eind van dit kwartaal € 300.000,- aan
/// verkopen. Terugrekenen per maand: € 100.000,-. Dan terug naar week € 25.000" — a quarter target splits evenly into
/// its months and the months into their weeks. A003: "Knip daarom omzet doelstellingen altijd in stukjes van een maand,
/// en hou eventueel ook rekening met seizoensinvloeden" — months weighted by <see cref="Kpi.Seasonality"/>.
/// </summary>
/// <remarks>
/// <para>Only a target that adds up breaks down (<see cref="KpiAggregate.IsSummable"/>): a rate, score, duration or
/// level keeps its target in every period.</para>
/// <para>The tree of a year: four quarters, each three months, each the ISO weeks that touch it. A week that straddles
/// two months (or years) is split by its days, so a month's weeks add up to the month; the whole week is the sum of
/// its parts. Shares are rounded to the cent with <see cref="LargestRemainder"/> at every level, so weeks add up to
/// months, months to quarters and quarters to the year exactly. What a day weighs is <see cref="DayWeights"/>'s.</para>
/// <para>Levels above the KPI's cadence add up (a monthly target of 10 is 30 a quarter, 120 a year); levels below it
/// split. A weekly target is split over the months its days fall in, then summed per month.</para>
/// </remarks>
public static class TargetBreakdown
{
    /// <summary>Decimals of the shares unless asked otherwise: cents.</summary>
    public const int DefaultDecimals = 2;

    /// <summary>The breakdown of a KPI's target over a calendar year: year → quarters → months → weeks.</summary>
    /// <param name="kpi">The KPI: a summable target with a cadence.</param>
    /// <param name="year">The calendar year, 2 to 9998.</param>
    /// <param name="decimals">Decimals of the shares.</param>
    /// <returns>The year's node; <see langword="null"/> without a target or cadence, for a KPI that does not add up, or when the amounts overflow.</returns>
    public static PeriodTarget? Year(Kpi kpi, int year, int decimals = DefaultDecimals) =>
        year is > 1 and < 9999 ? Of(kpi, Period.Year(year), decimals) : null;

    /// <summary>The breakdown of a KPI's target over one period: a year, quarter or month, or a period of the KPI's cadence.</summary>
    /// <param name="kpi">The KPI: a summable target with a cadence.</param>
    /// <param name="period">The period.</param>
    /// <param name="decimals">Decimals of the shares.</param>
    /// <returns>The period's node with its parts down to the weeks; <see langword="null"/> as for <see cref="Year"/>, or for a day or week that is not the KPI's cadence.</returns>
    public static PeriodTarget? Of(Kpi kpi, Period period, int decimals = DefaultDecimals)
    {
        if (!KpiAggregate.IsSummable(kpi) || kpi.Target is not { } target || kpi.Cadence is not { } cadence || !Calendar.Supports(period)
            || (period.Length < Cadence.Month && period.Length != cadence))
        {
            return null;
        }

        var weights = DayWeights.Normalised(kpi.Seasonality);
        try
        {
            if (period.Length < cadence)
            {
                // A month of a quarterly target: its node in the quarter's tree.
                var whole = Down(target, Period.Containing(cadence, period.Start), cadence, weights, decimals, Cadence.Week);
                return Find(whole, period);
            }

            return Up(target, period, cadence, weights, decimals);
        }
        catch (OverflowException)
        {
            // A target near decimal's limit (±7.9e28) times four quarters or twelve months; no breakdown then.
            return null;
        }
    }

    /// <summary>The weeks of a node, each the sum of its parts inside the node (a week at the node's edge only in part), in time order.</summary>
    /// <param name="node">A node of a breakdown.</param>
    /// <returns>One entry per ISO week; <see cref="PeriodTarget.Parts"/> holds a week's month parts when it has more than one.</returns>
    public static IReadOnlyList<PeriodTarget> Weeks(PeriodTarget node)
    {
        var leaves = new List<PeriodTarget>();
        Collect(node, leaves);
        return [.. leaves.GroupBy(l => l.Period).Select(g => g.Count() == 1
            ? g.First()
            : new PeriodTarget(g.Key, g.Sum(l => l.Target)) { From = g.First().From, Until = g.Last().Until, Parts = [.. g] })];
    }

    /// <summary>Breaks a target for a period down into shorter periods: the level <paramref name="into"/> of the period's tree.</summary>
    /// <param name="target">The target for the whole period.</param>
    /// <param name="period">The period, e.g. <c>2026-Q4</c>.</param>
    /// <param name="into">The shorter length, e.g. <see cref="Cadence.Week"/>.</param>
    /// <param name="monthWeights">Twelve non-negative weights, January first, or <see langword="null"/>: months alike, days alike within a week.</param>
    /// <param name="decimals">Decimals of the shares.</param>
    /// <returns>The shares, in time order, adding up to <paramref name="target"/> exactly; weeks at the period's edges only for their days inside it.</returns>
    /// <exception cref="ArgumentException"><paramref name="into"/> is not shorter than the period, or the weights are not twelve usable numbers.</exception>
    public static IReadOnlyList<PeriodTarget> Split(decimal target, Period period, Cadence into, IReadOnlyList<decimal>? monthWeights = null, int decimals = DefaultDecimals)
    {
        if (monthWeights is not null && !DayWeights.IsValid(monthWeights))
        {
            throw new ArgumentException("Month weights are twelve non-negative numbers, not all zero.", nameof(monthWeights));
        }

        var periods = PeriodsIn(period, into);
        var weights = DayWeights.Normalised(monthWeights);
        if (into == Cadence.Day)
        {
            var shares = SplitBy(target, [.. periods.Select(d => DayWeights.Of(d.Start, period.Length, weights))], decimals);
            return [.. periods.Select((d, i) => new PeriodTarget(d, shares[i]))];
        }

        var tree = Down(target, period, period.Length, weights, decimals, into);
        if (into == Cadence.Week)
        {
            return Weeks(tree);
        }

        var level = new List<PeriodTarget>();
        CollectLevel(tree, into, level);
        return level;
    }

    /// <summary>The shorter periods a period breaks down into, in time order.</summary>
    /// <param name="period">The period.</param>
    /// <param name="into">The shorter length.</param>
    /// <returns>Calendar days, months or quarters inside it; for weeks, every ISO week that shares a day with it.</returns>
    /// <exception cref="ArgumentException"><paramref name="into"/> is not shorter than the period, or is months or longer inside a week.</exception>
    public static IReadOnlyList<Period> PeriodsIn(Period period, Cadence into)
    {
        if (into >= period.Length || (period.Length == Cadence.Week && into != Cadence.Day))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"A {period.Length} does not break down into {into}s."), nameof(into));
        }

        var list = new List<Period>();
        for (var day = period.Start; day < period.End; day = Period.Containing(into, day).End)
        {
            list.Add(Period.Containing(into, day));
        }

        return list;
    }

    /// <summary>Whether a KPI's seasonality can weight a breakdown: twelve non-negative numbers, not all zero.</summary>
    /// <param name="kpi">The KPI.</param>
    /// <returns><see langword="true"/> when <see cref="Kpi.Seasonality"/> is usable.</returns>
    public static bool HasValidSeasonality(Kpi kpi) => kpi.Seasonality is { } weights && DayWeights.IsValid(weights);

    /// <summary>A node built from the KPI's cadence periods: above the cadence the sum of the parts, at it the target split down.</summary>
    private static PeriodTarget Up(decimal target, Period period, Cadence cadence, IReadOnlyList<decimal>? weights, int decimals)
    {
        if (period.Length == cadence)
        {
            return Down(target, period, cadence, weights, decimals, Cadence.Week);
        }

        if (period.Length == Cadence.Month)
        {
            // A month of a weekly or daily target: the parts of the weeks that fall in it.
            var parts = WeeksTouching(period).Select(week => WeekPartIn(target, week, period, cadence, weights, decimals)).ToList();
            return new PeriodTarget(period, parts.Sum(p => p.Target)) { Parts = parts };
        }

        var children = PeriodsIn(period, period.Length == Cadence.Year ? Cadence.Quarter : Cadence.Month)
            .Select(p => Up(target, p, cadence, weights, decimals)).ToList();
        return new PeriodTarget(period, children.Sum(c => c.Target)) { Parts = children };
    }

    /// <summary>The part of a weekly (or daily) target's week that falls in a month.</summary>
    private static PeriodTarget WeekPartIn(decimal target, Period week, Period month, Cadence cadence, IReadOnlyList<decimal>? weights, int decimals)
    {
        var from = Max(week.Start, month.Start);
        var until = Min(week.End, month.End);
        if (cadence == Cadence.Day)
        {
            return new PeriodTarget(week, target * (until.DayNumber - from.DayNumber)) { From = from, Until = until };
        }

        var whole = Down(target, week, Cadence.Week, weights, decimals, Cadence.Week);
        return whole.Parts.Single(p => p.From == from);
    }

    /// <summary>Splits an amount for a period into its parts, level by level, down to <paramref name="depth"/>.</summary>
    private static PeriodTarget Down(decimal amount, Period period, Cadence anchor, IReadOnlyList<decimal>? weights, int decimals, Cadence depth, DateOnly? from = null, DateOnly? until = null)
    {
        var start = from ?? period.Start;
        var end = until ?? period.End;
        var node = new PeriodTarget(period, amount) { From = start, Until = end };
        if (period.Length <= depth && period.Length != Cadence.Week)
        {
            return node;
        }

        // The pieces one level down: quarters of a year, months of a quarter, the weeks touching a month (clipped to
        // it), the months a week's days fall in.
        List<(Period Period, DateOnly From, DateOnly Until)> pieces = period.Length switch
        {
            Cadence.Year => [.. PeriodsIn(period, Cadence.Quarter).Select(p => (p, p.Start, p.End))],
            Cadence.Quarter => [.. PeriodsIn(period, Cadence.Month).Select(p => (p, p.Start, p.End))],
            Cadence.Month => [.. WeeksTouching(period).Select(w => (w, Max(w.Start, period.Start), Min(w.End, period.End)))],
            Cadence.Week when from is null => [.. MonthsOf(period).Select(m => (period, Max(m.Start, period.Start), Min(m.End, period.End)))],
            _ => [],
        };
        if (pieces.Count == 0)
        {
            return node;
        }

        var shares = SplitBy(amount, [.. pieces.Select(p => DayWeights.Sum(p.From, p.Until, anchor, weights))], decimals);
        var parts = pieces.Select((p, i) => p.Period.Length == Cadence.Week
            ? new PeriodTarget(p.Period, shares[i]) { From = p.From, Until = p.Until }
            : Down(shares[i], p.Period, anchor, weights, decimals, depth)).ToList();
        return node with { Parts = parts };
    }

    /// <summary>Largest-remainder shares; when every piece weighs nothing (zero-weight months), split evenly.</summary>
    private static IReadOnlyList<decimal> SplitBy(decimal amount, IReadOnlyList<decimal> weights, int decimals) =>
        LargestRemainder.Split(amount, weights.Sum() == 0 ? [.. weights.Select(_ => 1m)] : weights, decimals);

    private static IEnumerable<Period> WeeksTouching(Period period)
    {
        for (var day = period.Start; day < period.End; day = Period.Containing(Cadence.Week, day).End)
        {
            yield return Period.Containing(Cadence.Week, day);
        }
    }

    private static IEnumerable<Period> MonthsOf(Period week)
    {
        var first = Period.Containing(Cadence.Month, week.Start);
        yield return first;
        if (first.End < week.End)
        {
            yield return Period.Containing(Cadence.Month, first.End);
        }
    }

    private static PeriodTarget? Find(PeriodTarget node, Period period) =>
        node.Period == period && node.IsWhole ? node : node.Parts.Select(p => Find(p, period)).FirstOrDefault(p => p is not null);

    private static void Collect(PeriodTarget node, List<PeriodTarget> leaves)
    {
        if (node.Period.Length == Cadence.Week && node.Parts.Count == 0)
        {
            leaves.Add(node);
            return;
        }

        foreach (var part in node.Parts)
        {
            Collect(part, leaves);
        }
    }

    private static void CollectLevel(PeriodTarget node, Cadence level, List<PeriodTarget> found)
    {
        if (node.Period.Length == level)
        {
            found.Add(node);
            return;
        }

        foreach (var part in node.Parts)
        {
            CollectLevel(part, level, found);
        }
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
