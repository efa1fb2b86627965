using System.Buffers.Binary;

namespace Pace.Rendering.Layout;

/// <summary>
/// The embedded Lato faces, loaded once per process, and text measuring. No machine font is ever used,
/// so output is identical on every machine.
/// </summary>
/// <remarks>
/// Widths come straight from the font's own advance table (hmtx) in font units, not from a sized SKFont:
/// painters place every glyph at exactly these integer-unit positions, drawing at a size of one em and
/// scaling. That keeps measuring and drawing in exact agreement, and lets Skia's PDF writer emit one string
/// per line instead of a positioning operator per glyph (measured: the acme PDF shrank from 164 KB to about half).
/// </remarks>
internal static class Fonts
{
    /// <summary>Line height as a multiple of the font size: Lato's ascent + descent is 1.2 em.</summary>
    public const float LineHeightFactor = 1.2f;

    private static readonly Lazy<Face> RegularFace = new(() => Face.Load("Lato-Regular.ttf"));
    private static readonly Lazy<Face> BoldFace = new(() => Face.Load("Lato-Bold.ttf"));

    /// <summary>The units per em of the faces (both share it); painters draw at this size and scale down.</summary>
    public static float UnitsPerEm => RegularFace.Value.Metrics.UnitsPerEm;

    /// <summary>Distance from a line's top to its baseline, for a font size.</summary>
    public static float Ascent(float size) => RegularFace.Value.AscentRatio * size;

    /// <summary>The font file (layout tables stripped) that painters embed or hand to Skia.</summary>
    public static byte[] Data(FontFace face) => Get(face).Data;

    /// <summary>The PostScript-style name of a face, e.g. <c>Lato-Bold</c>.</summary>
    public static string Name(FontFace face) => Get(face).Name;

    /// <summary>The whole-font metrics a PDF font descriptor declares.</summary>
    public static FaceMetrics Metrics(FontFace face) => Get(face).Metrics;

    /// <summary>The glyph of a character; 0 (.notdef) when the font lacks it.</summary>
    public static ushort Glyph(char c, FontFace face) => Get(face).Glyphs[c];

    /// <summary>The advance of one character in font units; 0 for characters the font lacks.</summary>
    public static int Advance(char c, FontFace face) => Get(face).Advances[c];

    /// <summary>The advance width of a text at a size; text must already be sanitised.</summary>
    public static float Measure(string text, FontFace face, float size)
    {
        var advances = Get(face).Advances;
        long units = 0;
        foreach (var c in text)
        {
            units += advances[c];
        }

        return units * size / UnitsPerEm;
    }

    /// <summary>Whether both faces have a glyph for a character (BMP only: the subset font has nothing beyond it).</summary>
    public static bool Covers(int codePoint) =>
        codePoint is >= 0 and <= 0xFFFF && RegularFace.Value.Glyphs[codePoint] != 0 && BoldFace.Value.Glyphs[codePoint] != 0;

    private static Face Get(FontFace face) => face == FontFace.Bold ? BoldFace.Value : RegularFace.Value;

    /// <summary>
    /// One loaded face: its bytes, character → glyph and character → advance tables, read from the font's own
    /// tables (cmap, hmtx, hhea, head, OS/2). No Skia here: measuring and the PDF painter never load the native
    /// library, which saves its start-up in `pace validate` and in PDF renders (docs/performance.md).
    /// </summary>
    private sealed class Face
    {
        private Face(string name, byte[] data, ushort[] glyphs, int[] advances, FaceMetrics metrics)
        {
            Name = name;
            Data = data;
            Glyphs = glyphs;
            Advances = advances;
            Metrics = metrics;
        }

        public string Name { get; }

        public byte[] Data { get; }

        public ushort[] Glyphs { get; }

        public int[] Advances { get; }

        public FaceMetrics Metrics { get; }

        /// <summary>
        /// The typographic ascender over units per em: where the baseline sits below a line's top. Lato sets OS/2's
        /// USE_TYPO_METRICS, so this is what Skia (FreeType) reports too (CmapTests hold the two together).
        /// </summary>
        public float AscentRatio => Metrics.TypoAscender / Metrics.UnitsPerEm;

        public static Face Load(string file)
        {
            var name = "Pace.Rendering.Fonts." + file;
            using var stream = typeof(Fonts).Assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"The embedded font {name} is missing from the assembly.");
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var bytes = FontStripper.Strip(buffer.ToArray());
            var tables = (Sfnt.Read(bytes) ?? throw Broken(name, "is not a TrueType font")).ToDictionary(t => t.Tag, t => t.Data, StringComparer.Ordinal);
            byte[] Table(string tag) => tables.TryGetValue(tag, out var data) ? data : throw Broken(name, $"has no {tag} table");

            // Every BMP character's glyph from cmap format 4 (CmapTests check it against Skia, character by character).
            var glyphs = Cmap.ReadBmp(Table("cmap")) ?? throw Broken(name, "has no format-4 cmap");

            // hhea holds the number of long metrics; hmtx the advances (glyphs past the last share its advance).
            var hhea = Table("hhea");
            var hmtx = Table("hmtx");
            var longMetrics = BinaryPrimitives.ReadUInt16BigEndian(hhea.AsSpan(34, 2));
            var advances = new int[0x10000];
            for (var c = 0; c < advances.Length; c++)
            {
                if (glyphs[c] != 0)
                {
                    var index = Math.Min(glyphs[c], longMetrics - 1);
                    advances[c] = BinaryPrimitives.ReadUInt16BigEndian(hmtx.AsSpan(4 * index, 2));
                }
            }

            return new Face(Path.GetFileNameWithoutExtension(file), bytes, glyphs, advances, FaceMetrics.Read(Table("head"), Table("OS/2")));
        }

        private static InvalidOperationException Broken(string name, string what) => new($"The embedded font {name} {what}.");
    }
}

/// <summary>Whole-font metrics in font units, as the font's head and OS/2 tables give them.</summary>
/// <param name="UnitsPerEm">Font units per em (head).</param>
/// <param name="XMin">Left of the font's bounding box (head).</param>
/// <param name="YMin">Bottom of the bounding box.</param>
/// <param name="XMax">Right of the bounding box.</param>
/// <param name="YMax">Top of the bounding box.</param>
/// <param name="TypoAscender">OS/2 typographic ascender: the baseline's depth below a line's top, and what a PDF font descriptor declares.</param>
/// <param name="TypoDescender">OS/2 typographic descender (negative).</param>
/// <param name="CapHeight">OS/2 capital height (version 2 and later), else the typographic ascender.</param>
internal readonly record struct FaceMetrics(float UnitsPerEm, float XMin, float YMin, float XMax, float YMax, float TypoAscender, float TypoDescender, float CapHeight)
{
    /// <summary>Reads the metrics from the raw tables.</summary>
    public static FaceMetrics Read(byte[] head, byte[] os2)
    {
        static short S16(byte[] table, int at) => BinaryPrimitives.ReadInt16BigEndian(table.AsSpan(at, 2));
        var version = BinaryPrimitives.ReadUInt16BigEndian(os2.AsSpan(0, 2));
        var typoAscender = S16(os2, 68);
        return new FaceMetrics(
            BinaryPrimitives.ReadUInt16BigEndian(head.AsSpan(18, 2)),
            S16(head, 36),
            S16(head, 38),
            S16(head, 40),
            S16(head, 42),
            typoAscender,
            S16(os2, 70),
            version >= 2 && os2.Length >= 90 ? S16(os2, 88) : typoAscender);
    }
}
