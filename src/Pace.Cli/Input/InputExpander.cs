namespace Pace.Cli.Input;

/// <summary>
/// Turns what the user typed — files, folders and globs such as <c>charts/**/*.pace.yaml</c> — into chart paths,
/// in a stable order. The shell may have expanded globs already; quoted globs are expanded here, the same on every OS.
/// </summary>
internal static class InputExpander
{
    /// <summary>The pattern a folder stands for.</summary>
    public const string ChartPattern = "*.pace.yaml";

    public static IReadOnlyList<string> Expand(IEnumerable<string> arguments)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<string>();
        foreach (var argument in arguments)
        {
            foreach (var path in ExpandOne(argument))
            {
                if (seen.Add(Path.GetFullPath(path)))
                {
                    result.Add(path);
                }
            }
        }

        return result;
    }

    private static List<string> ExpandOne(string argument)
    {
        if (Directory.Exists(argument))
        {
            return Match(argument, ["**", ChartPattern], requireAny: argument);
        }

        if (!Glob.HasWildcards(argument))
        {
            // A plain path, existing or not: loading it reports a missing file clearly.
            return [argument];
        }

        var (root, segments) = Glob.Split(argument);
        return Match(root, segments, requireAny: argument);
    }

    private static List<string> Match(string root, IReadOnlyList<string> segments, string requireAny)
    {
        if (!Directory.Exists(root.Length == 0 ? "." : root))
        {
            throw new UserError($"{requireAny}: no such folder");
        }

        var found = new List<string>();
        try
        {
            Glob.Walk(root, segments, 0, found);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new UserError($"{requireAny}: a folder cannot be read ({e.Message})", e);
        }

        if (found.Count == 0)
        {
            throw new UserError($"{requireAny}: matches no chart files");
        }

        found.Sort(StringComparer.Ordinal);
        return found;
    }
}
