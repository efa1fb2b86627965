using System.Globalization;

namespace Pace.Localization;

/// <summary>
/// The twelve month names of a language, written out and brief, read from the <c>Month…</c> keys of the message
/// catalogue: the one place both the periods in words (<see cref="PeriodFormat"/>) and the chart's dates take them from.
/// </summary>
internal static class MonthNames
{
    private static readonly CatalogView<string[]> FullNames = new(language => Read(language, string.Empty));
    private static readonly CatalogView<string[]> BriefNames = new(language => Read(language, "Brief"));

    /// <summary>The months written out, January first: "January", "oktober".</summary>
    public static IReadOnlyList<string> Full(ChartLanguage language) => FullNames.For(language);

    /// <summary>The months as short as a table column allows, January first: "Oct", "mrt".</summary>
    public static IReadOnlyList<string> Brief(ChartLanguage language) => BriefNames.For(language);

    // The key names the month in English whatever the language ("MonthOctober" is "oktober" in Dutch); the invariant
    // culture spells it the same on every machine.
    private static string[] Read(ChartLanguage language, string variant) =>
        [.. Enumerable.Range(1, 12).Select(m => MessageTable.Get(language, "Month" + CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(m) + variant))];
}
