namespace Pace.Analysis;

/// <summary>
/// Calendar steps the analysis needs: the period after or before another, the last period completed by a date, and
/// whether a period is under way. A chart's <c>date:</c> is read as the start of that day: the days before it have
/// passed, the day itself has not (so on Sunday 1 November 2026 the last full ISO week is W43; W44 ends that night).
/// </summary>
internal static class Calendar
{
    /// <summary>Whether periods around a date can be stepped through: ISO weeks and period ends run out at years 1 and 9999.</summary>
    public static bool Supports(DateOnly day) => day.Year is > 1 and < 9999;

    /// <summary>Whether a period lies well inside the calendar (not in year 1 or 9999).</summary>
    public static bool Supports(Period period) => Supports(period.Start) && Supports(period.End);

    /// <summary>The period of the same length right after one.</summary>
    public static Period Next(Period period) => Period.Containing(period.Length, period.End);

    /// <summary>The period of the same length right before one.</summary>
    public static Period Previous(Period period) => Period.Containing(period.Length, period.Start.AddDays(-1));

    /// <summary>The latest period of a length that has ended by a date (its last day lies before the date).</summary>
    public static Period LastComplete(Cadence length, DateOnly asOf)
    {
        var holding = Period.Containing(length, asOf.AddDays(-1));
        return holding.End <= asOf ? holding : Previous(holding);
    }

    /// <summary>Whether a period is under way on a date: some of its days have passed, some have not.</summary>
    public static bool IsRunning(Period period, DateOnly asOf) => period.Start < asOf && asOf < period.End;

    /// <summary>How many days of a period have passed by a date (0 to its length).</summary>
    public static int DaysPassed(Period period, DateOnly asOf) =>
        Math.Clamp(asOf.DayNumber - period.Start.DayNumber, 0, period.End.DayNumber - period.Start.DayNumber);

    /// <summary>How many periods of the same length lie strictly between two (0 when they are neighbours).</summary>
    public static int Between(Period earlier, Period later)
    {
        // Counted, not stepped: a daily KPI last reported in year 2 on a chart dated 9998 is millions of days apart.
        var months = ((later.Start.Year - earlier.Start.Year) * 12) + later.Start.Month - earlier.Start.Month;
        var steps = earlier.Length switch
        {
            Cadence.Day => later.Start.DayNumber - earlier.Start.DayNumber,
            Cadence.Week => (later.Start.DayNumber - earlier.Start.DayNumber) / 7,
            Cadence.Month => months,
            Cadence.Quarter => months / 3,
            _ => later.Start.Year - earlier.Start.Year,
        };
        return Math.Max(0, steps - 1);
    }
}
