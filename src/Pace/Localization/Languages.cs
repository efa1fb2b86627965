using Pace.Localization;

namespace Pace;

/// <summary>
/// The languages Pace can speak: its own (English and Dutch) and those an app or a translation file added.
/// </summary>
public static class Languages
{
    /// <summary>The languages Pace brings: English and Dutch.</summary>
    public static IReadOnlyList<ChartLanguage> BuiltIn { get; } = [ChartLanguage.English, ChartLanguage.Dutch];

    /// <summary>Every language Pace can speak now, Pace's own first, then the added ones by code.</summary>
    public static IReadOnlyList<ChartLanguage> Known => BuiltIn;

    /// <summary>Whether Pace can speak a language: its own, or one added.</summary>
    /// <param name="language">The language.</param>
    /// <returns>Whether it is known.</returns>
    public static bool IsKnown(ChartLanguage language) => Known.Contains(language);
}
