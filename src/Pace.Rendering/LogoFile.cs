using Pace.Files;
using Pace.Rendering.Layout;

namespace Pace.Rendering;

/// <summary>
/// Reads the theme's logo through <see cref="GuardedFile"/> (regular files only, bounded while read). A logo is
/// decoration: a missing, unreadable, oversized, special or non-PNG file is skipped, never an error that stops the
/// chart from rendering.
/// </summary>
internal static class LogoFile
{
    /// <summary>Logos larger than this are skipped: they would bloat every PDF.</summary>
    public const int MaxBytes = 2 * 1024 * 1024;

    /// <summary>Loads the logo of a chart, resolving a relative path against the base directory, else the chart file's folder.</summary>
    public static LogoImage? Load(Chart chart, string? baseDirectory)
    {
        var logo = chart.Theme?.Logo;
        if (string.IsNullOrWhiteSpace(logo))
        {
            return null;
        }

        try
        {
            var folder = baseDirectory ?? (chart.Source?.Node.File is { } file ? Path.GetDirectoryName(Path.GetFullPath(file)) : null);
            var path = Path.IsPathRooted(logo) || folder is null ? logo : Path.Combine(folder, logo);
            var content = GuardedFile.Read(path, MaxBytes);
            return content.Succeeded ? LogoImages.FromBytes(content.Bytes.ToArray()) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }
}
