using System.Globalization;
using Pace.Analysis;
using Pace.Rendering.Layout;

namespace Pace.Rendering.Site;

/// <summary>
/// The chart's own words and numbers as the pages print them. They follow the layout's rules (the same labels, the same
/// <see cref="QuantityFormat"/>, ≥ or ≤ by the KPI's direction), but take the chart's text as written: the PDF must
/// replace a letter its embedded font lacks, a browser has a font for every script.
/// </summary>
internal static class SiteWords
{
    /// <summary>A number with its unit in the chart's language: "€ 25.000", "12,5 %".</summary>
    public static string Quantity(decimal value, string? unit, ChartLanguage language) => QuantityFormat.Quantity(value, unit?.Trim(), language);

    /// <summary>A KPI's target as its cell shows it: "≥ € 25.000 / week", or "no target".</summary>
    public static string Target(Kpi kpi, Labels labels)
    {
        if (kpi.Target is not { } target)
        {
            return labels.NoTarget;
        }

        var text = (kpi.EffectiveBetter == Direction.Lower ? "\u2264 " : "\u2265 ") + Quantity(target, kpi.Unit, labels.Language);
        return kpi.Cadence is { } cadence ? text + " / " + labels.CadenceName(cadence) : text;
    }

    /// <summary>"Leads → Getekende opdrachten"; one side alone when the other is not given; empty when neither is.</summary>
    public static string Flow(CoreProcess process)
    {
        var input = process.Input?.Trim() ?? string.Empty;
        var outcome = process.Outcome?.Trim() ?? string.Empty;
        return input.Length > 0 && outcome.Length > 0 ? input + " \u2192 " + outcome
            : input.Length > 0 ? input + " \u2192"
            : outcome.Length > 0 ? "\u2192 " + outcome : string.Empty;
    }

    /// <summary>The name of an owner id: the roster's name, else the id as written.</summary>
    public static string Person(Chart chart, string id) => chart.FindPerson(id)?.DisplayName is { Length: > 0 } name ? name : id;

    /// <summary>The roster role of an owner id, or empty.</summary>
    public static string Role(Chart chart, string id) => chart.FindPerson(id)?.Role?.Trim() ?? string.Empty;

    /// <summary>The status in words, as the PDF's legend says it; <see langword="null"/> without a verdict.</summary>
    public static string? Status(KpiStatus status, Labels labels) =>
        labels.StatusWord(status) is { Length: > 0 } word ? word : null;

    /// <summary>The anchor of a KPI's card on the trends page: numbers only, never chart text.</summary>
    public static string KpiAnchor(int process, int kpi) => string.Create(CultureInfo.InvariantCulture, $"kpi-{process + 1}-{kpi + 1}");

    /// <summary>The anchor of a person's row on the people page.</summary>
    public static string PersonAnchor(int index) => string.Create(CultureInfo.InvariantCulture, $"person-{index + 1}");

    /// <summary>The anchor of a process's row on the chart page.</summary>
    public static string ProcessAnchor(int index) => string.Create(CultureInfo.InvariantCulture, $"process-{index + 1}");

    /// <summary>Where an item is in a list, by reference (two KPIs may be equal by value); 0 when it is not there.</summary>
    public static int IndexOf<T>(IReadOnlyList<T> list, T item)
        where T : class
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (ReferenceEquals(list[i], item))
            {
                return i;
            }
        }

        return 0;
    }
}
