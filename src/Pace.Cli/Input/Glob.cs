using System.Text.RegularExpressions;

namespace Pace.Cli.Input;

/// <summary>A small glob matcher: <c>*</c> and <c>?</c> within a name, <c>**</c> for any depth of folders.</summary>
internal static class Glob
{
    public static bool HasWildcards(string path) => path.IndexOfAny(['*', '?']) >= 0;

    /// <summary>Splits <c>charts/**/*.pace.yaml</c> into the fixed root <c>charts</c> and the segments to match.</summary>
    public static (string Root, IReadOnlyList<string> Segments) Split(string pattern)
    {
        var parts = pattern.Replace('\\', '/').Split('/');
        var fixedCount = 0;
        while (fixedCount < parts.Length - 1 && !HasWildcards(parts[fixedCount]))
        {
            fixedCount++;
        }

        var root = string.Join('/', parts[..fixedCount]);
        if (root.Length == 0 && pattern.StartsWith('/'))
        {
            root = "/";
        }

        return (root, parts[fixedCount..]);
    }

    public static void Walk(string folder, IReadOnlyList<string> segments, int index, List<string> found)
    {
        var dir = folder.Length == 0 ? "." : folder;
        var segment = segments[index];
        var last = index == segments.Count - 1;
        if (segment == "**")
        {
            if (last)
            {
                found.AddRange(Directory.EnumerateFiles(dir).Select(f => Join(folder, Path.GetFileName(f))));
            }
            else
            {
                Walk(folder, segments, index + 1, found);
            }

            foreach (var sub in Directory.EnumerateDirectories(dir).Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(sub);
                if (!name.StartsWith('.'))
                {
                    Walk(Join(folder, name), segments, index, found);
                }
            }

            return;
        }

        var regex = ToRegex(segment);
        if (last)
        {
            found.AddRange(Directory.EnumerateFiles(dir).Select(Path.GetFileName).Where(n => regex.IsMatch(n!)).Select(n => Join(folder, n!)));
            return;
        }

        foreach (var sub in Directory.EnumerateDirectories(dir).Select(Path.GetFileName).Where(n => regex.IsMatch(n!)))
        {
            Walk(Join(folder, sub!), segments, index + 1, found);
        }
    }

    private static string Join(string folder, string name) => folder.Length == 0 ? name : folder.EndsWith('/') ? folder + name : folder + "/" + name;

    private static Regex ToRegex(string segment) =>
        new("^" + Regex.Escape(segment).Replace(@"\*", "[^/]*", StringComparison.Ordinal).Replace(@"\?", "[^/]", StringComparison.Ordinal) + "$", RegexOptions.CultureInvariant);
}
