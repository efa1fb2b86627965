using System.Buffers.Binary;

namespace Pace.Rendering.Layout;

/// <summary>
/// Reads the theme's logo. A logo is decoration: a missing, unreadable, oversized or non-PNG file is skipped,
/// never an error that stops the chart from rendering.
/// </summary>
internal static class LogoLoader
{
    /// <summary>Logos larger than this are skipped: they would bloat every PDF.</summary>
    public const int MaxBytes = 2 * 1024 * 1024;

    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

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
            var info = new FileInfo(path);
            if (!info.Exists || info.Length > MaxBytes)
            {
                return null;
            }

            return FromBytes(File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            return null;
        }
    }

    /// <summary>Accepts PNG bytes with a sane header (signature, IHDR, positive size); anything else is <see langword="null"/>.</summary>
    public static LogoImage? FromBytes(byte[] png)
    {
        // Signature (8) + IHDR length (4) + "IHDR" (4) + width (4) + height (4).
        if (png.Length < 24 || !png.AsSpan(0, 8).SequenceEqual(Signature) || !png.AsSpan(12, 4).SequenceEqual("IHDR"u8))
        {
            return null;
        }

        var width = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4));
        var height = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4));
        return width is > 0 and <= 10000 && height is > 0 and <= 10000 ? new LogoImage(png, width, height) : null;
    }
}
