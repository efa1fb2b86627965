namespace Pace.Cli.Parsing;

/// <summary>"Did you mean …?" for what the user typed on the command line: the nearest command, option or value.</summary>
internal static class Suggestions
{
    /// <summary>The candidate nearest to <paramref name="typed"/> within a typo's distance, or <see langword="null"/>.</summary>
    public static string? Nearest(string typed, IEnumerable<string> candidates) =>
        TypoMatcher.Nearest(typed.ToLowerInvariant(), candidates.Select(c => c.ToLowerInvariant()).Distinct(StringComparer.Ordinal)) is { } found
            ? candidates.First(c => string.Equals(c, found, StringComparison.OrdinalIgnoreCase))
            : null;

    /// <summary><c>; did you mean X?</c>, or nothing.</summary>
    public static string DidYouMean(string typed, IEnumerable<string> candidates) =>
        Nearest(typed, candidates) is { } nearest ? $"; did you mean {nearest}?" : string.Empty;
}
