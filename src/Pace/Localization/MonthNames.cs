using System.Globalization;

namespace Pace.Localization;

/// <summary>
/// The twelve month names of a language, written out and brief, read once from the <c>Month…</c> keys of the message
/// catalogue: the one place both the periods in words (<see cref="PeriodFormat"/>) and the chart's dates take them from.
/// </summary>
internal static class MonthNames
{
    private static readonly string[] EnglishFull = Read(ChartLanguage.English, string.Empty);
    private static readonly string[] DutchFull = Read(ChartLanguage.Dutch, string.Empty);
    private static readonly string[] EnglishBrief = Read(ChartLanguage.English, "Brief");
    private static readonly string[] DutchBrief = Read(ChartLanguage.Dutch, "Brief");

    /// <summary>The months written out, January first: "January", "oktober".</summary>
    public static IReadOnlyList<string> Full(ChartLanguage language) => language == ChartLanguage.Dutch ? DutchFull : EnglishFull;

    /// <summary>The months as short as a table column allows, January first: "Oct", "mrt".</summary>
    public static IReadOnlyList<string> Brief(ChartLanguage language) => language == ChartLanguage.Dutch ? DutchBrief : EnglishBrief;

    // The key names the month in English whatever the language ("MonthOctober" is "oktober" in Dutch); the invariant
    // culture spells it the same on every machine.
    private static string[] Read(ChartLanguage language, string variant) =>
        [.. Enumerable.Range(1, 12).Select(m => MessageTable.Get(language, "Month" + CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(m) + variant))];
}
