namespace Pace.Rendering.Text;

/// <summary>
/// Removes the OpenType layout tables (GPOS, GSUB, GDEF) from a TrueType font before Skia sees it.
/// Why: Skia's PDF writer embeds the font file whole, and nothing here shapes text — neither our drawing
/// (one glyph per character at its plain advance) nor PDF viewers use those tables. For Lato that is
/// about 7 KB less in every PDF, per face.
/// </summary>
internal static class FontStripper
{
    private static readonly HashSet<string> Dropped = new(StringComparer.Ordinal) { "GPOS", "GSUB", "GDEF" };

    /// <summary>The font with the layout tables dropped; the input unchanged when it is not a plain TrueType file.</summary>
    public static byte[] Strip(byte[] font) =>
        Sfnt.Directory(font) is { } directory && directory.Any(t => Dropped.Contains(t.Tag))
            ? Sfnt.Write([.. Sfnt.Read(font)!.Where(t => !Dropped.Contains(t.Tag))])
            : font;
}
