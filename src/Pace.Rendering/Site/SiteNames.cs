using System.Text;

namespace Pace.Rendering.Site;

/// <summary>
/// The folder name of each chart in the site: its file name without <c>.pace.yaml</c>, lower case, with anything but
/// ASCII letters, digits and single hyphens dropped — so a hostile file name can never reach outside the site or need
/// escaping in a link. Names that come out the same are numbered in input order (<c>acme</c>, <c>acme-2</c>).
/// </summary>
internal static class SiteNames
{
    /// <summary>Names longer than this are cut; links stay short and every file system takes them.</summary>
    public const int MaxLength = 64;

    /// <summary>The reserved names: the site's own folders and files at its root.</summary>
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal) { "rules", "index", "pace", "sources" };

    /// <summary>A folder name for every check, in order; distinct from each other and from the site's own names.</summary>
    public static IReadOnlyList<string> For(IReadOnlyList<CheckResult> checks)
    {
        var taken = new HashSet<string>(Reserved, StringComparer.Ordinal);
        var names = new List<string>(checks.Count);
        foreach (var check in checks)
        {
            var stem = Stem(check);
            var name = stem;
            for (var n = 2; !taken.Add(name); n++)
            {
                name = stem + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            names.Add(name);
        }

        return names;
    }

    /// <summary>The safe stem of one chart: from its file name, else its organisation, else "chart".</summary>
    public static string Stem(CheckResult check)
    {
        var source = check.Path is { } path ? Path.GetFileName(path) : check.Chart?.Organization;
        foreach (var suffix in new[] { ".pace.yaml", ".pace.yml", ".yaml", ".yml" })
        {
            if (source is not null && source.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                source = source[..^suffix.Length];
                break;
            }
        }

        var sb = new StringBuilder(MaxLength);
        foreach (var c in (source ?? string.Empty).ToLowerInvariant())
        {
            if (sb.Length >= MaxLength)
            {
                break;
            }

            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                sb.Append(c);
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        var stem = sb.ToString().Trim('-');
        return stem.Length == 0 ? "chart" : stem;
    }
}
