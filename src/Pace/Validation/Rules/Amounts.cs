using System.Globalization;
using Pace.Model;

namespace Pace.Validation.Rules;

/// <summary>Shows amounts in messages the same way in every rule: invariant digits, no trailing zeros, then the unit.</summary>
internal static class Amounts
{
    public static string Show(decimal value, string? unit)
    {
        var number = value.ToString("0.##########", CultureInfo.InvariantCulture);
        return string.IsNullOrWhiteSpace(unit) ? number : $"{number} {unit.Trim()}";
    }

    public static string Show(Kpi kpi, decimal value) => Show(value, kpi.Unit);
}
