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

    /// <summary>
    /// A number short enough for a scorecard cell: "940k", "1,2M" (nl) / "1.2M" (en), "22,6k", and smaller numbers as
    /// <see cref="QuantityFormat.Number"/> writes them. The exact value is on the trends page and in <c>pace export</c>.
    /// </summary>
    public static string Compact(decimal value, ChartLanguage language)
    {
        var magnitude = Math.Abs(value);
        if (magnitude >= 1_000_000)
        {
            return QuantityFormat.Number(Math.Round(value / 1_000_000, magnitude >= 10_000_000 ? 0 : 1, MidpointRounding.AwayFromZero), language) + "M";
        }

        if (magnitude >= 10_000)
        {
            return QuantityFormat.Number(Math.Round(value / 1_000, magnitude >= 100_000 ? 0 : 1, MidpointRounding.AwayFromZero), language) + "k";
        }

        return QuantityFormat.Number(value, language);
    }

    /// <summary>A target as short as a scorecard column allows: "≥ € 900.000", "≤ 24 uur".</summary>
    public static string BriefTarget(Kpi kpi, Labels labels) => kpi.Target is { } target
        ? (kpi.EffectiveBetter == Direction.Lower ? "\u2264 " : "\u2265 ") + Quantity(target, kpi.Unit, labels.Language)
        : labels.NoTarget;
}
