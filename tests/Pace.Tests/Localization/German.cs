namespace Pace.Tests;

/// <summary>
/// A small third language for the tests: a rule message with placeholders, chart labels, a month, numbers with a
/// decimal comma. The same words from code (<see cref="Definition"/>) and as a translation file (<see cref="File"/>).
/// </summary>
internal static class German
{
    public const string NoOwnerFinding = "Prozess '{process}' hat keinen Verantwortlichen; bestimmen Sie genau einen.";
    public const string NoOwner = "Kein Verantwortlicher";
    public const string PageOf = "Seite {page} von {pages}";
    public const string October = "Oktober";
    public const string OctoberBrief = "Okt";
    public const string NoTarget = "kein Ziel";
    public const string Process = "Prozess";
    public const string Date = "{day}. {month} {year}";

    public static ChartLanguage Language { get; } = ChartLanguage.Parse("de");

    /// <summary>German separators, and unlike Dutch no space after the euro sign: €25.000, 12,5 %.</summary>
    public static NumberStyle Numbers { get; } = new(",", ".", spaceAfterCurrency: false, spaceBeforePercent: true);

    public static IReadOnlyDictionary<string, string> Messages { get; } = new Dictionary<string, string>
    {
        ["PACE002None"] = NoOwnerFinding,
        ["ChartNoOwner"] = NoOwner,
        ["ChartPageOf"] = PageOf,
        ["ChartNoTarget"] = NoTarget,
        ["MonthOctober"] = October,
        ["MonthOctoberBrief"] = OctoberBrief,
        ["PeriodDate"] = Date,
    };

    public static LanguageDefinition Definition { get; } = new(Language, "Deutsch", Messages) { Numbers = Numbers };

    /// <summary>The same language as a translation file, for <c>translations:</c> in <c>pace.config.yaml</c>.</summary>
    public static string File { get; } =
        "language: de\nname: Deutsch\nbase: en\nnumbers: {decimal: ',', group: '.', currency-space: false, percent-space: true}\nmessages:\n"
        + string.Concat(Messages.Select(m => $"  {m.Key}: \"{m.Value}\"\n"));
}
