namespace Pace.Analysis;

/// <summary>
/// A number that was not reported: a KPI whose latest actual is for a period before the last one its cadence has
/// completed by the chart's date — a weekly KPI without the last full week, a monthly one without the last month.
/// A001 and A002: "Verantwoordelijkheid nemen is je eigen KPI's rapporteren" — taking responsibility is reporting your
/// own numbers, every week in the weekly meeting.
/// </summary>
/// <param name="LastReported">The period of the latest actual.</param>
/// <param name="Expected">The last period completed by the chart's date: the one that should have been reported.</param>
/// <param name="Missing">How many periods lack a number, from the one after <paramref name="LastReported"/> to <paramref name="Expected"/>.</param>
public sealed record Staleness(Period LastReported, Period Expected, int Missing)
{
    /// <summary>Whether a KPI's numbers are stale as of a date.</summary>
    /// <param name="kpi">The KPI: with a cadence and at least one actual that fits it.</param>
    /// <param name="asOf">The chart's date.</param>
    /// <returns>What is missing; <see langword="null"/> when the numbers are up to date, or without a date, cadence or actuals.</returns>
    public static Staleness? Of(Kpi kpi, DateOnly? asOf)
    {
        if (asOf is not { } date || kpi.Cadence is not { } cadence || Series.Latest(kpi) is not { } latest
            || !Calendar.Supports(date) || !Calendar.Supports(latest.Period))
        {
            return null;
        }

        var expected = Calendar.LastComplete(cadence, date);
        return latest.Period < expected ? new Staleness(latest.Period, expected, Calendar.Between(latest.Period, expected) + 1) : null;
    }
}
