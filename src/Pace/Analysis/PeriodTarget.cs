namespace Pace.Analysis;

/// <summary>
/// The part of a target that falls to one period, or to the days of a week inside a month: a node of the breakdown,
/// with the shorter periods it splits into as <see cref="Parts"/>.
/// </summary>
/// <param name="Period">The period, e.g. the month <c>2026-10</c> or the week <c>2026-W44</c>.</param>
/// <param name="Target">The target for the days <see cref="From"/> to <see cref="Until"/>.</param>
public sealed record PeriodTarget(Period Period, decimal Target)
{
    /// <summary>The first day covered: the period's start, or later for the part of a week inside a month.</summary>
    public DateOnly From { get; init; } = Period.Start;

    /// <summary>The day after the last day covered: the period's end, or earlier for the part of a week inside a month.</summary>
    public DateOnly Until { get; init; } = Period.End;

    /// <summary>How many days are covered.</summary>
    public int Days => Until.DayNumber - From.DayNumber;

    /// <summary>Whether the whole period is covered (not only the part of a week that falls in a month).</summary>
    public bool IsWhole => From == Period.Start && Until == Period.End;

    /// <summary>The shorter periods this one splits into, in time order; their targets add up to <see cref="Target"/> exactly.</summary>
    public IReadOnlyList<PeriodTarget> Parts { get; init => field = ValueList<PeriodTarget>.From(value); } = ValueList<PeriodTarget>.Empty;
}
