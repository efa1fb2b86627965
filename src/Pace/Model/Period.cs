using System.Globalization;

namespace Pace;

/// <summary>
/// A calendar period an actual is reported for: a day (<c>2026-10-05</c>), an ISO week (<c>2026-W41</c>),
/// a month (<c>2026-10</c>), a quarter (<c>2026-Q3</c>) or a year (<c>2026</c>).
/// </summary>
public readonly record struct Period : IComparable<Period>
{
    private Period(Cadence length, DateOnly start)
    {
        Length = length;
        Start = start;
    }

    /// <summary>The period's length.</summary>
    public Cadence Length { get; }

    /// <summary>The first day of the period (the Monday of an ISO week).</summary>
    public DateOnly Start { get; }

    /// <summary>The first day after the period; for periods at the end of the calendar (year 9999), its last day.</summary>
    public DateOnly End
    {
        get
        {
            // DateOnly stops at 9999-12-31: there is no "day after" the calendar's last period.
            var last = DateOnly.MaxValue;
            return Length switch
            {
                Cadence.Day => Start == last ? last : Start.AddDays(1),
                Cadence.Week => Start.DayNumber + 7 > last.DayNumber ? last : Start.AddDays(7),
                Cadence.Month => Start.Year == 9999 && Start.Month == 12 ? last : Start.AddMonths(1),
                Cadence.Quarter => Start.Year == 9999 && Start.Month >= 10 ? last : Start.AddMonths(3),
                _ => Start.Year == 9999 ? last : Start.AddYears(1),
            };
        }
    }

    /// <summary>The day period containing a date.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The period.</returns>
    public static Period Day(DateOnly date) => new(Cadence.Day, date);

    /// <summary>An ISO 8601 week.</summary>
    /// <param name="isoYear">The ISO week-numbering year.</param>
    /// <param name="week">The week, 1 to 52 or 53.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year has no such week.</exception>
    public static Period Week(int isoYear, int week)
    {
        if (isoYear is < 1 or > 9998 || week < 1 || week > ISOWeek.GetWeeksInYear(isoYear))
        {
            throw new ArgumentOutOfRangeException(nameof(week), $"{isoYear} has no ISO week {week}.");
        }

        return new(Cadence.Week, DateOnly.FromDateTime(ISOWeek.ToDateTime(isoYear, week, DayOfWeek.Monday)));
    }

    /// <summary>A calendar month.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <returns>The period.</returns>
    public static Period Month(int year, int month) => new(Cadence.Month, new DateOnly(year, month, 1));

    /// <summary>A calendar quarter.</summary>
    /// <param name="year">The year.</param>
    /// <param name="quarter">The quarter, 1 to 4.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The quarter is not 1 to 4.</exception>
    public static Period Quarter(int year, int quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        return new(Cadence.Quarter, new DateOnly(year, ((quarter - 1) * 3) + 1, 1));
    }

    /// <summary>A calendar year.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The period.</returns>
    public static Period Year(int year) => new(Cadence.Year, new DateOnly(year, 1, 1));

    /// <summary>The period of the given length that contains a date.</summary>
    /// <param name="length">The period length.</param>
    /// <param name="date">A day inside the period.</param>
    /// <returns>The period.</returns>
    public static Period Containing(Cadence length, DateOnly date) => length switch
    {
        Cadence.Day => Day(date),
        Cadence.Week => Week(ISOWeek.GetYear(date.ToDateTime(TimeOnly.MinValue)), ISOWeek.GetWeekOfYear(date.ToDateTime(TimeOnly.MinValue))),
        Cadence.Month => Month(date.Year, date.Month),
        Cadence.Quarter => Quarter(date.Year, ((date.Month - 1) / 3) + 1),
        _ => Year(date.Year),
    };

    /// <summary>Reads a period key as written in a chart file.</summary>
    /// <param name="text">The key, e.g. <c>2026-W41</c>.</param>
    /// <param name="period">The period, when the key is well formed.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a valid period key.</returns>
    public static bool TryParse(string? text, out Period period)
    {
        period = default;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var inv = CultureInfo.InvariantCulture;
        try
        {
            if (text.Length == 4 && int.TryParse(text, NumberStyles.None, inv, out var y) && y >= 1)
            {
                period = Year(y);
                return true;
            }

            if (text.Length < 6 || text[4] != '-' || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, inv, out var year) || year < 1)
            {
                return false;
            }

            var rest = text.AsSpan(5);
            if (rest.Length == 3 && rest[0] == 'W' && int.TryParse(rest[1..], NumberStyles.None, inv, out var w)
                && w >= 1 && year <= 9998 && w <= ISOWeek.GetWeeksInYear(year))
            {
                period = Week(year, w);
                return true;
            }

            if (rest.Length == 2 && rest[0] == 'Q' && int.TryParse(rest[1..], NumberStyles.None, inv, out var q) && q is >= 1 and <= 4)
            {
                period = Quarter(year, q);
                return true;
            }

            if (rest.Length == 2 && int.TryParse(rest, NumberStyles.None, inv, out var m) && m is >= 1 and <= 12)
            {
                period = Month(year, m);
                return true;
            }

            if (text.Length == 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", inv, DateTimeStyles.None, out var d))
            {
                period = Day(d);
                return true;
            }
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }

        return false;
    }

    /// <summary>The period's key as written in a chart file.</summary>
    /// <returns>E.g. <c>2026-W41</c>.</returns>
    public override string ToString()
    {
        var inv = CultureInfo.InvariantCulture;
        var dt = Start.ToDateTime(TimeOnly.MinValue);
        return Length switch
        {
            Cadence.Day => Start.ToString("yyyy-MM-dd", inv),
            Cadence.Week => string.Create(inv, $"{ISOWeek.GetYear(dt):D4}-W{ISOWeek.GetWeekOfYear(dt):D2}"),
            Cadence.Month => Start.ToString("yyyy-MM", inv),
            Cadence.Quarter => string.Create(inv, $"{Start.Year:D4}-Q{((Start.Month - 1) / 3) + 1}"),
            _ => Start.Year.ToString("D4", inv),
        };
    }

    /// <summary>Orders periods by their start, then by length (shorter first).</summary>
    /// <param name="other">The other period.</param>
    /// <returns>The order.</returns>
    public int CompareTo(Period other)
    {
        var c = Start.CompareTo(other.Start);
        return c != 0 ? c : Length.CompareTo(other.Length);
    }

    /// <summary>Whether one period starts before another.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(Period left, Period right) => left.CompareTo(right) < 0;

    /// <summary>Whether one period starts after another.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(Period left, Period right) => left.CompareTo(right) > 0;

    /// <summary>Whether one period starts before or with another.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(Period left, Period right) => left.CompareTo(right) <= 0;

    /// <summary>Whether one period starts after or with another.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(Period left, Period right) => left.CompareTo(right) >= 0;
}
