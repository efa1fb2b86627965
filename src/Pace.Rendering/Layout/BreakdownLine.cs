using Pace.Analysis;
using Pace.Localization;

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
        if (day is null && kpi.Actuals.Count > 0 && Series.Ordered(kpi)[^1] is var latest)
        {
            // A week counts where its Thursday is, as Analysis counts weeks.
            day = latest.Period.Length == Cadence.Week ? latest.Period.Start.AddDays(3) : latest.Period.Start;
        }

        // ISO week numbering and period ends run out at the calendar's edges (years 1 and 9999).
        return day is { Year: > 1 and < 9999 } d ? Period.Containing(cadence, d) : null;
    }

    /// <summary>
    /// The line, e.g. "€ 300.000 per kwartaal = € 100.000 per maand ≈ € 22.581–23.333 per week (14 weken in 2026-Q4)";
    /// <see langword="null"/> when none applies: no target, a cadence shorter than a quarter, a KPI that does not add
    /// up (a rate, score or level keeps its target in every period), or a period that is not one of the KPI's cadence.
    /// The weekly range is over whole weeks: the weeks at the period's edges count only their days inside it.
    /// </summary>
    public static string? Describe(Kpi kpi, Period? period, Labels labels)
    {
        if (kpi.Target is not { } target || kpi.Cadence is not (Cadence.Quarter or Cadence.Year) || period is not { } whole
            || whole.Length != kpi.Cadence || TargetBreakdown.Of(kpi, whole) is not { } tree)
        {
            return null;
        }

        var language = labels.Language;
        string Amount(decimal value, Cadence per) => $"{NumberFormatter.Quantity(value, kpi.Unit, language)} {labels.Per} {labels.CadenceName(per)}";

        // "=" when every share prints exactly, "≈" when rounding shows, a range when the shares differ (seasonality,
        // months of different lengths).
        string Shares(IReadOnlyList<PeriodTarget> shares, Cadence into)
        {
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
        var months = tree.Parts.SelectMany(p => p.Period.Length == Cadence.Month ? [p] : p.Parts).ToList();
        if (whole.Length == Cadence.Year)
        {
            parts.Add(Shares(tree.Parts, Cadence.Quarter));
        }

        parts.Add(Shares(months, Cadence.Month));
        var weeks = TargetBreakdown.Weeks(tree);
        var full = weeks.Where(w => w.Days == 7).ToList();
        if (full.Count > 0)
        {
            // "14 weeks in 2026-Q4" counts ISO weeks as ISO does, by their Thursday: the ones the period owns.
            var owned = weeks.Count(w => w.Period.Start.AddDays(3) is var thursday && thursday >= whole.Start && thursday < whole.End);
            parts.Add(Shares(full, Cadence.Week) + " (" + NamedTemplate.Fill(labels.WeeksIn, [new("count", owned), new("period", PeriodFormat.Words(whole, language))]) + ")");
        }

        return string.Join(" ", parts);
    }
}
