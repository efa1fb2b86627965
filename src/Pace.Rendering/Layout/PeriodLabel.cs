using System.Globalization;

namespace Pace.Rendering.Layout;

/// <summary>
/// A period as a chart's trends print it beside a value and under a sparkline. In Dutch the Dutch way, as short as a
/// card allows — "week 43", "okt 2026", "Q4 2026", "31 okt 2026", "2026" (the quarter as <see cref="PeriodFormat"/> and
/// the messages write it, and as A000 does: "De omzet in Q4 met 10% verhogen t.o.v. Q3"); in English the file's key,
/// "2026-W43", as English charts have always printed it.
/// </summary>
internal static class PeriodLabel
{
    /// <summary>A period on a card or an axis.</summary>
    /// <param name="period">The period.</param>
    /// <param name="language">The chart's language.</param>
    /// <param name="withYear">Give a week its year too ("week 1 '27"): for an axis whose weeks span two years.</param>
    /// <returns>E.g. "week 43", "okt 2026"; in English "2026-W43", "2026-10".</returns>
    public static string Of(Period period, ChartLanguage language, bool withYear = false)
    {
        if (language != ChartLanguage.Dutch)
        {
            return period.ToString();
        }

        return period.Length switch
        {
            Cadence.Day or Cadence.Month => PeriodFormat.Brief(period, language) + " " + period.Start.Year.ToString(CultureInfo.InvariantCulture),
            Cadence.Week => Week(period, withYear),
            _ => PeriodFormat.Words(period, language),
        };
    }

    /// <summary>"week 43" (the catalogue's brief Dutch week), or with the ISO year ("week 52 '25"): "week 52 van 2025" would not fit under a sparkline.</summary>
    private static string Week(Period week, bool withYear)
    {
        var words = PeriodFormat.Brief(week, ChartLanguage.Dutch);
        return withYear ? words + " '" + (ISOWeek.GetYear(week.Start.ToDateTime(TimeOnly.MinValue)) % 100).ToString("D2", CultureInfo.InvariantCulture) : words;
    }

    /// <summary>
    /// A period as the weekly meeting says it — in the scorecard's agenda and (for a reader) its cells. In Dutch "week 43",
    /// "oktober 2026", "Q3 2026", "31 okt": the meeting's own words, with the year where a month or quarter needs it; in
    /// English the brief form ("W43", "Oct", "Q3"), as English scorecards have always printed it.
    /// </summary>
    /// <param name="period">The period.</param>
    /// <param name="language">The chart's language.</param>
    /// <returns>E.g. "week 43", "oktober 2026"; in English "W43", "Oct".</returns>
    public static string Meeting(Period period, ChartLanguage language) =>
        language != ChartLanguage.Dutch ? PeriodFormat.Brief(period, language) : period.Length switch
        {
            Cadence.Month or Cadence.Quarter => PeriodFormat.Words(period, language),
            _ => PeriodFormat.Brief(period, language),
        };

    /// <summary>A period in full words, for a reader who cannot see the chart: "week 43 van 2026"; in English the key.</summary>
    /// <param name="period">The period.</param>
    /// <param name="language">The chart's language.</param>
    /// <returns>E.g. "week 43 van 2026", "oktober 2026"; in English "2026-W43".</returns>
    public static string Spoken(Period period, ChartLanguage language) =>
        language == ChartLanguage.Dutch ? PeriodFormat.Words(period, language) : period.ToString();

    /// <summary>Whether two periods' weeks lie in different ISO years, so an axis from one to the other needs the years.</summary>
    /// <param name="first">The first period.</param>
    /// <param name="last">The last period.</param>
    /// <returns><see langword="true"/> for weeks of two ISO years.</returns>
    public static bool SpansYears(Period first, Period last) =>
        first.Length == Cadence.Week && ISOWeek.GetYear(first.Start.ToDateTime(TimeOnly.MinValue)) != ISOWeek.GetYear(last.Start.ToDateTime(TimeOnly.MinValue));
}
