using System.Globalization;
using Pace.Localization;

namespace Pace;

/// <summary>
/// Periods and dates in words, the way people write them in each chart language: "week 43 van 2026", "oktober 2026",
/// "31 oktober 2026", "Q4 2026" in Dutch; "week 43 of 2026", "October 2026", "31 October 2026" in English. The keys
/// of the file (<c>2026-W43</c>) are for machines; messages and pages about a period use these. The month names
/// come from the message catalogue (the <c>Month…</c> keys).
/// </summary>
public static class PeriodFormat
{
    /// <summary>A period in words.</summary>
    /// <param name="period">The period.</param>
    /// <param name="language">The language.</param>
    /// <returns>E.g. "week 43 van 2026", "oktober 2026", "31 oktober 2026", "Q4 2026", "2026".</returns>
    public static string Words(Period period, ChartLanguage language)
    {
        var dutch = language == ChartLanguage.Dutch;
        var inv = CultureInfo.InvariantCulture;
        var start = period.Start;
        return period.Length switch
        {
            Cadence.Day => Date(start, language),
            Cadence.Week => string.Create(inv, $"week {WeekOf(start)} {(dutch ? "van" : "of")} {WeekYearOf(start)}"),
            Cadence.Month => string.Create(inv, $"{MonthNames.Full(language)[start.Month - 1]} {start.Year}"),
            Cadence.Quarter => string.Create(inv, $"Q{((start.Month - 1) / 3) + 1} {start.Year}"),
            _ => start.Year.ToString(inv),
        };
    }

    /// <summary>A period in words with the preposition it takes: "in week 43 van 2026", "op 31 oktober 2026", "on 31 October 2026".</summary>
    /// <param name="period">The period.</param>
    /// <param name="language">The language.</param>
    /// <returns>The period after "in", or after "op"/"on" for a day.</returns>
    public static string In(Period period, ChartLanguage language) =>
        (period.Length == Cadence.Day ? (language == ChartLanguage.Dutch ? "op " : "on ") : "in ") + Words(period, language);

    /// <summary>A date in words.</summary>
    /// <param name="date">The date.</param>
    /// <param name="language">The language.</param>
    /// <returns>E.g. "1 november 2026", "1 November 2026".</returns>
    public static string Date(DateOnly date, ChartLanguage language) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day} {MonthNames.Full(language)[date.Month - 1]} {date.Year}");

    /// <summary>A period as short as a table column allows.</summary>
    /// <param name="period">The period.</param>
    /// <param name="language">The language.</param>
    /// <returns>E.g. "W43" / "week 43" (a Dutch manager writes the word out: "wk" is no Dutch), "Oct" / "okt", "Q4", "31 Oct" / "31 okt", "2026".</returns>
    public static string Brief(Period period, ChartLanguage language)
    {
        var dutch = language == ChartLanguage.Dutch;
        var inv = CultureInfo.InvariantCulture;
        var start = period.Start;
        return period.Length switch
        {
            Cadence.Day => string.Create(inv, $"{start.Day} {MonthNames.Brief(language)[start.Month - 1]}"),
            Cadence.Week => string.Create(inv, $"{(dutch ? "week " : "W")}{WeekOf(start)}"),
            Cadence.Month => MonthNames.Brief(language)[start.Month - 1],
            Cadence.Quarter => string.Create(inv, $"Q{((start.Month - 1) / 3) + 1}"),
            _ => start.Year.ToString(inv),
        };
    }

    private static int WeekOf(DateOnly monday) => ISOWeek.GetWeekOfYear(monday.ToDateTime(TimeOnly.MinValue));

    private static int WeekYearOf(DateOnly monday) => ISOWeek.GetYear(monday.ToDateTime(TimeOnly.MinValue));
}
