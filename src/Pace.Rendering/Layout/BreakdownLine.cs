using System.Globalization;
using Pace.Analysis;

namespace Pace.Rendering.Layout;

/// <summary>
/// The breakdown line of a trends card: a quarter or year target in the months and weeks the team steers on
/// (A000: € 300.000 a quarter is € 100.000 a month). The numbers are <see cref="TargetBreakdown"/>'s —
/// ISO weeks by their Thursday, so a quarter has 12 to 14 weeks, and a year's months follow its seasonality;
/// this class only picks the period and puts the shares into words.
/// </summary>
internal static class BreakdownLine
{
    /// <summary>
    /// The period a KPI's breakdown is for: the one of its cadence that holds the chart's date (the chart is
    /// "as of" that day), else the one of its latest actual; <see langword="null"/> when neither applies.
    /// </summary>
    public static Period? PeriodOf(Kpi kpi, DateOnly? asOf)
    {
        if (kpi.Cadence is not { } cadence)
        {
            return null;
        }

        var day = asOf;
        if (day is null && Series.Latest(kpi) is { } latest)
        {
            // A week counts where its Thursday is, as Analysis counts weeks.
            day = latest.Period.Length == Cadence.Week ? latest.Period.Start.AddDays(3) : latest.Period.Start;
        }

        // ISO week numbering and period ends run out at the calendar's edges (years 1 and 9999).
        return day is { Year: > 1 and < 9999 } d ? Period.Containing(cadence, d) : null;
    }

    /// <summary>
    /// The line, e.g. "€ 300.000 per kwartaal = € 100.000 per maand ≈ € 21.429 per week (14 weken in 2026-Q4)";
    /// <see langword="null"/> when none applies: no target, a cadence shorter than a quarter, a rate, or a period
    /// that is not one of the KPI's cadence.
    /// </summary>
    public static string? Describe(Kpi kpi, Period? period, Labels labels)
    {
        // A presentation rule, not an analysis one: a percentage is a rate, the same in every month and week, so
        // "35 % a quarter ≈ 2,7 % a week" would be nonsense. Only totals are broken down on the card.
        if (kpi.Target is not { } target || kpi.Cadence is not (Cadence.Quarter or Cadence.Year) || period is not { } whole
            || whole.Length != kpi.Cadence || string.Equals(kpi.Unit?.Trim(), "%", StringComparison.Ordinal))
        {
            return null;
        }

        var language = labels.Language;
        string Amount(decimal value, Cadence per) => $"{NumberFormatter.Quantity(value, kpi.Unit, language)} {labels.Per} {labels.CadenceName(per)}";

        // "=" when every share prints exactly, "≈" when rounding shows, a range when the shares differ (seasonality).
        string Shares(Cadence into, out int count)
        {
            var shares = TargetBreakdown.Of(kpi, whole, into);
            count = shares.Count;
            var low = shares.Min(s => s.Target);
            var high = shares.Max(s => s.Target);
            var lowText = NumberFormatter.Quantity(low, kpi.Unit, language);
            if (lowText != NumberFormatter.Quantity(high, kpi.Unit, language))
            {
                return "\u2248 " + lowText + "\u2013" + Amount(high, into);
            }

            return (low == high && QuantityFormat.Displayed(low) == low ? "= " : "\u2248 ") + Amount(low, into);
        }

        var parts = new List<string> { Amount(target, whole.Length) };
        try
        {
            if (whole.Length == Cadence.Year)
            {
                parts.Add(Shares(Cadence.Quarter, out _));
            }

            parts.Add(Shares(Cadence.Month, out _));
            var weekly = Shares(Cadence.Week, out var weeks);
            parts.Add(weekly + " (" + string.Format(CultureInfo.InvariantCulture, labels.WeeksIn, weeks, whole) + ")");
        }
        catch (OverflowException)
        {
            // A target near decimal's limit (±7.9e28) can overflow the shares' arithmetic. The chart still
            // renders; such a card just goes without its breakdown line.
            return null;
        }

        return string.Join(" ", parts);
    }
}
