using System.Globalization;
using Pace.Model;

namespace Pace.Rendering.Layout;

/// <summary>
/// Numbers and quantities as people in each language write them: Dutch "€ 25.000" and "12,5 %",
/// English "€25,000" and "12.5%". Built on hand-made number formats rather than cultures, because the
/// build runs with invariant globalization and output must not depend on the machine's ICU.
/// </summary>
internal static class NumberFormatter
{
    private static readonly NumberFormatInfo DutchFormat = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = ".",
        NegativeSign = "-",
    };

    private static readonly NumberFormatInfo EnglishFormat = new()
    {
        NumberDecimalSeparator = ".",
        NumberGroupSeparator = ",",
        NegativeSign = "-",
    };

    /// <summary>
    /// A plain number with group separators and as many decimals as the size calls for: none from 1000 up,
    /// one from 10, two below; trailing zeros dropped.
    /// </summary>
    public static string Number(decimal value, ChartLanguage language)
    {
        var decimals = Decimals(value);
        var rounded = Displayed(value);
        var format = language == ChartLanguage.Dutch ? DutchFormat : EnglishFormat;
        var text = rounded.ToString("#,##0." + new string('#', decimals), format);
        return text == "-0" ? "0" : text;
    }

    /// <summary>The value as printed, after rounding: tells an exact "=" from an approximate "≈".</summary>
    public static decimal Displayed(decimal value) => Math.Round(value, Decimals(value), MidpointRounding.AwayFromZero);

    private static int Decimals(decimal value)
    {
        var magnitude = Math.Abs(value);
        return magnitude >= 1000 ? 0 : magnitude >= 10 ? 1 : 2;
    }

    /// <summary>A number with its unit: EUR as the euro sign before it, % after it, any other unit after a space.</summary>
    public static string Quantity(decimal value, string? unit, ChartLanguage language)
    {
        var number = Number(value, language);
        var dutch = language == ChartLanguage.Dutch;
        var u = TextSanitizer.Clean(unit);
        if (u.Length == 0)
        {
            return number;
        }

        if (string.Equals(u, "EUR", StringComparison.OrdinalIgnoreCase) || u == "€")
        {
            if (dutch)
            {
                return "€ " + number;
            }

            return value < 0 ? "-€" + number[1..] : "€" + number;
        }

        if (u == "%")
        {
            return dutch ? number + " %" : number + "%";
        }

        return number + " " + u;
    }

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
