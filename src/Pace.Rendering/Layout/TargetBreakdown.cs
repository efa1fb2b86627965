using Pace.Model;

namespace Pace.Rendering.Layout;

/// <summary>
/// Breaks a quarter or year target down into the months and weeks the team steers on (seed 000:
/// € 300.000 a quarter is € 100.000 a month). Only totals break down: a percentage target is the same in
/// every period, so rates get no breakdown. Kept isolated, like <see cref="KpiStatus"/>, for the Analysis API to replace.
/// </summary>
internal static class TargetBreakdown
{
    /// <summary>Weeks in a quarter and a year, as planning counts them.</summary>
    private const int WeeksPerQuarter = 13;
    private const int WeeksPerYear = 52;

    /// <summary>The breakdown line, e.g. "€ 300.000 per kwartaal = € 100.000 per maand ≈ € 23.077 per week (13 weken)"; null when none applies.</summary>
    public static string? Describe(Kpi kpi, Labels labels)
    {
        if (kpi.Target is not { } target || kpi.Cadence is not (Cadence.Quarter or Cadence.Year) || string.Equals(kpi.Unit?.Trim(), "%", StringComparison.Ordinal))
        {
            return null;
        }

        var language = labels.Language;
        string Amount(decimal value, Cadence per) => $"{NumberFormatter.Quantity(value, kpi.Unit, language)} {labels.Per} {labels.CadenceName(per)}";
        string Sign(decimal total, int parts) => NumberFormatter.Displayed(total / parts) == total / parts ? "=" : "\u2248";

        var parts = new List<string> { Amount(target, kpi.Cadence.Value) };
        int weeks;
        if (kpi.Cadence == Cadence.Year)
        {
            parts.Add(Sign(target, 4) + " " + Amount(target / 4, Cadence.Quarter));
            if (kpi.Seasonality is { Count: 12 } weights && weights.Sum() > 0 && weights.All(w => w >= 0))
            {
                // Seasonal months differ; show the range of the weighted months.
                var sum = weights.Sum();
                var low = target * weights.Min() / sum;
                var high = target * weights.Max() / sum;
                parts.Add("\u2248 " + NumberFormatter.Quantity(low, kpi.Unit, language) + "\u2013" + Amount(high, Cadence.Month));
            }
            else
            {
                parts.Add(Sign(target, 12) + " " + Amount(target / 12, Cadence.Month));
            }

            weeks = WeeksPerYear;
        }
        else
        {
            parts.Add(Sign(target, 3) + " " + Amount(target / 3, Cadence.Month));
            weeks = WeeksPerQuarter;
        }

        parts.Add(Sign(target, weeks) + " " + Amount(target / weeks, Cadence.Week) + $" ({weeks} {labels.Weeks})");
        return string.Join(" ", parts);
    }
}
