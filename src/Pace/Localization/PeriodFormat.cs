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
        var start = period.Start;
        return period.Length switch
        {
            Cadence.Day => Date(start, language),
            Cadence.Week => Fill(language, "PeriodWeek", new("week", WeekOf(start)), new("year", WeekYearOf(start))),
            Cadence.Month => Fill(language, "PeriodMonth", new("month", MonthNames.Full(language)[start.Month - 1]), new("year", start.Year)),
            Cadence.Quarter => Fill(language, "PeriodQuarter", new("quarter", ((start.Month - 1) / 3) + 1), new("year", start.Year)),
            _ => start.Year.ToString(CultureInfo.InvariantCulture),
        };
    }

    /// <summary>A period in words with the preposition it takes: "in week 43 van 2026", "op 31 oktober 2026", "on 31 October 2026".</summary>
    /// <param name="period">The period.</param>
    /// <param name="language">The language.</param>
    /// <returns>The period after "in", or after "op"/"on" for a day.</returns>
    public static string In(Period period, ChartLanguage language) =>
        Fill(language, period.Length == Cadence.Day ? "PeriodOnDay" : "PeriodInPeriod", new MessageArgument("period", Words(period, language)));

    /// <summary>A date in words.</summary>
    /// <param name="date">The date.</param>
    /// <param name="language">The language.</param>
    /// <returns>E.g. "1 november 2026", "1 November 2026".</returns>
    public static string Date(DateOnly date, ChartLanguage language) =>
        Fill(language, "PeriodDate", new("day", date.Day), new("month", MonthNames.Full(language)[date.Month - 1]), new("year", date.Year));

    /// <summary>A period as short as a table column allows.</summary>
    /// <param name="period">The period.</param>
    /// <param name="language">The language.</param>
    /// <returns>E.g. "W43" / "week 43" (a Dutch manager writes the word out: "wk" is no Dutch), "Oct" / "okt", "Q4", "31 Oct" / "31 okt", "2026".</returns>
    public static string Brief(Period period, ChartLanguage language)
    {
        var start = period.Start;
        return period.Length switch
        {
            Cadence.Day => Fill(language, "PeriodBriefDay", new("day", start.Day), new("month", MonthNames.Brief(language)[start.Month - 1])),
            Cadence.Week => Fill(language, "PeriodBriefWeek", new MessageArgument("week", WeekOf(start))),
            Cadence.Month => MonthNames.Brief(language)[start.Month - 1],
            Cadence.Quarter => Fill(language, "PeriodBriefQuarter", new MessageArgument("quarter", ((start.Month - 1) / 3) + 1)),
            _ => start.Year.ToString(CultureInfo.InvariantCulture),
        };
    }

    // The words come from the message catalogue (the Period… keys), so a language is one table and an app's replacement reaches them.
    private static string Fill(ChartLanguage language, string key, params ReadOnlySpan<MessageArgument> arguments) =>
        NamedTemplate.Fill(MessageTable.Get(language, key), arguments.ToArray());

    private static int WeekOf(DateOnly monday) => ISOWeek.GetWeekOfYear(monday.ToDateTime(TimeOnly.MinValue));

    private static int WeekYearOf(DateOnly monday) => ISOWeek.GetYear(monday.ToDateTime(TimeOnly.MinValue));
}
