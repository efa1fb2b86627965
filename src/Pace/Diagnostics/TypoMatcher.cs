namespace Pace;

/// <summary>
/// Finds the valid name nearest to a misspelt one, by edit distance, for every "did you mean": keys ("ownr" →
/// "owner"), rule codes ("PACE999" → "PACE009"), and the command's options and commands.
/// </summary>
internal static class TypoMatcher
{
    /// <summary>The nearest candidate within a distance that still reads as a typo, or null.</summary>
    public static string? Nearest(string typed, IEnumerable<string> candidates)
    {
        // Allow about one edit per three letters, at least one, so "nam" → "name" but "foo" ↛ "role".
        var allowed = Math.Max(1, typed.Length / 3);
        string? lower = null;
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            // The distance is at least the difference in length: skip what cannot be near (and a 10,000-letter key's cost).
            if (Math.Abs(typed.Length - candidate.Length) > allowed)
            {
                continue;
            }

            lower ??= typed.ToLowerInvariant();
            var d = Distance(lower, candidate);
            if (d < bestDistance)
            {
                (best, bestDistance) = (candidate, d);
            }
        }

        return bestDistance <= allowed ? best : null;
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours.</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
