namespace Pace.Rendering.Layout;

/// <summary>
/// Numbers and quantities as the chart prints them: the core's <see cref="QuantityFormat"/> (Dutch "€ 25.000" and
/// "12,5 %", English "€25,000" and "12.5%" — the same words the findings use), with the unit first made drawable;
/// and a KPI's target as its cell shows it.
/// </summary>
internal static class NumberFormatter
{
    /// <summary>A number with its unit, e.g. "€ 25.000"; a unit the font cannot draw is sanitised first.</summary>
    public static string Quantity(decimal value, string? unit, ChartLanguage language) =>
        QuantityFormat.Quantity(value, TextSanitizer.Clean(unit), language);

    /// <summary>A KPI's target as printed in its cell: "≥ € 25.000 / week"; ≥ when higher is better, ≤ when lower is.</summary>
    public static string Target(Kpi kpi, Labels labels)
    {
        if (kpi.Target is not { } target)
        {
            return labels.NoTarget;
        }

        var sign = kpi.EffectiveBetter == Direction.Lower ? "\u2264 " : "\u2265 ";
        var text = sign + Quantity(target, kpi.Unit, labels.Language);
        return kpi.Cadence is { } cadence ? text + " / " + labels.CadenceName(cadence) : text;
    }
}
