using System.Globalization;

namespace Pace;

/// <summary>
/// Numbers and quantities as people write them in each chart language: Dutch "€ 25.000" and "12,5 %", English
/// "€25,000" and "12.5%", an added language as its <see cref="NumberStyle"/> says (<see cref="Languages.Numbers"/>).
/// Hand-made number formats rather than cultures, because output must not depend on the machine's ICU data (Pace runs
/// with invariant globalization).
/// </summary>
public static class QuantityFormat
{
    /// <summary>
    /// A number with group separators and as many decimals as its size calls for: none from 1000 up, one from 10,
    /// two below; trailing zeros dropped.
    /// </summary>
    /// <param name="value">The number.</param>
    /// <param name="language">The language whose separators to use.</param>
    /// <returns>E.g. "25.000" (nl) or "25,000" (en).</returns>
    public static string Number(decimal value, ChartLanguage language)
    {
        var decimals = Decimals(value);
        var rounded = Displayed(value);
        var text = rounded.ToString("#,##0." + new string('#', decimals), Languages.Numbers(language).Format);
        return text == "-0" ? "0" : text;
    }

    /// <summary>The value as <see cref="Number"/> prints it, after rounding; tells an exact "=" from an approximate "≈".</summary>
    /// <param name="value">The number.</param>
    /// <returns>The rounded value.</returns>
    public static decimal Displayed(decimal value) => Math.Round(value, Decimals(value), MidpointRounding.AwayFromZero);

    /// <summary>A number with its unit: EUR as the euro sign before it, % after it, any other unit after a space.</summary>
    /// <param name="value">The number.</param>
    /// <param name="unit">The unit, e.g. <c>EUR</c>, <c>%</c>, <c>days</c>; none for a plain count.</param>
    /// <param name="language">The language.</param>
    /// <returns>E.g. "€ 25.000" (nl), "€25,000" (en), "12,5 %" (nl), "30 days".</returns>
    public static string Quantity(decimal value, string? unit, ChartLanguage language)
    {
        var number = Number(value, language);
        var style = Languages.Numbers(language);
        var u = unit?.Trim() ?? string.Empty;
        if (u.Length == 0)
        {
            return number;
        }

        if (string.Equals(u, "EUR", StringComparison.OrdinalIgnoreCase) || u == "€")
        {
            // By the printed number's sign, not the value's: -0.001 prints as "0", so "€0".
            return style.SpaceAfterCurrency ? "€ " + number : number.StartsWith('-') ? "-€" + number[1..] : "€" + number;
        }

        if (u == "%")
        {
            return style.SpaceBeforePercent ? number + " %" : number + "%";
        }

        return number + " " + u;
    }

    private static int Decimals(decimal value)
    {
        var magnitude = Math.Abs(value);
        return magnitude >= 1000 ? 0 : magnitude >= 10 ? 1 : 2;
    }
}
