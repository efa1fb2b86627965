using Microsoft.Extensions.FileSystemGlobbing;

namespace Pace.Cli.Input;

/// <summary>
/// Globs as Microsoft.Extensions.FileSystemGlobbing reads them (as MSBuild items and ASP.NET Core do): <c>*</c> within
/// a name, <c>**</c> for any depth of folders. Names compare as the operating system's file system does: exactly on
/// Linux, ignoring case on Windows and macOS.
/// </summary>
internal static class Glob
{
    /// <summary>How names compare on this operating system.</summary>
    public static StringComparison NameComparison { get; } =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    public static bool HasWildcards(string path) => path.Contains('*', StringComparison.Ordinal);

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

    /// <summary>A matcher of paths below a folder, for the given patterns.</summary>
    public static Matcher For(IEnumerable<string> patterns)
    {
        var matcher = new Matcher(NameComparison);
        matcher.AddIncludePatterns(patterns);
        return matcher;
    }
}
