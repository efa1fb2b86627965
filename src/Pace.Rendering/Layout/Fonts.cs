using System.Buffers.Binary;
using SkiaSharp;

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

    /// <summary>Lato Regular.</summary>
    public static SKTypeface Regular => RegularFace.Value.Typeface;

    /// <summary>Lato Bold.</summary>
    public static SKTypeface Bold => BoldFace.Value.Typeface;

    /// <summary>The units per em of the faces (both share it); painters draw at this size and scale down.</summary>
    public static float UnitsPerEm => RegularFace.Value.UnitsPerEm;

    /// <summary>The typeface of a face.</summary>
    public static SKTypeface Typeface(FontFace face) => Get(face).Typeface;

    /// <summary>Distance from a line's top to its baseline, for a font size.</summary>
    public static float Ascent(float size) => RegularFace.Value.AscentRatio * size;

    /// <summary>The font file as Skia loaded it (layout tables stripped), for the PDF painter to subset.</summary>
    public static byte[] Data(FontFace face) => Get(face).Data;

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

    /// <summary>One loaded face with its character → glyph and character → advance tables.</summary>
    private sealed class Face
    {
        private Face(byte[] data, SKTypeface typeface, ushort[] glyphs, int[] advances, float unitsPerEm, float ascentRatio)
        {
            Data = data;
            Typeface = typeface;
            Glyphs = glyphs;
            Advances = advances;
            UnitsPerEm = unitsPerEm;
            AscentRatio = ascentRatio;
        }

        public byte[] Data { get; }

        public SKTypeface Typeface { get; }

        public ushort[] Glyphs { get; }

        public int[] Advances { get; }

        public float UnitsPerEm { get; }

        public float AscentRatio { get; }

        public static Face Load(string file)
        {
            var name = "Pace.Rendering.Fonts." + file;
            using var stream = typeof(Fonts).Assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"The embedded font {name} is missing from the assembly.");
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var bytes = FontStripper.Strip(buffer.ToArray());
            using var data = SKData.CreateCopy(bytes);
            var typeface = SKTypeface.FromData(data)
                ?? throw new InvalidOperationException($"The embedded font {name} could not be read.");

            // The glyph of every BMP character, read from the cmap table (fast), else asked of Skia once per character.
            using var font = new SKFont(typeface, typeface.UnitsPerEm);
            var glyphs = Cmap.ReadBmp(typeface.GetTableData(0x636D6170u)) ?? AskSkia(font);

            // hhea holds the number of long metrics; hmtx the advances (glyphs past the last share its advance).
            var hhea = typeface.GetTableData(0x68686561u);
            var hmtx = typeface.GetTableData(0x686D7478u);
            var metrics = BinaryPrimitives.ReadUInt16BigEndian(hhea.AsSpan(34, 2));
            var advances = new int[0x10000];
            for (var c = 0; c < advances.Length; c++)
            {
                if (glyphs[c] != 0)
                {
                    var index = Math.Min(glyphs[c], metrics - 1);
                    advances[c] = BinaryPrimitives.ReadUInt16BigEndian(hmtx.AsSpan(4 * index, 2));
                }
            }

            var ascent = -font.Metrics.Ascent / typeface.UnitsPerEm;
            return new Face(bytes, typeface, glyphs, advances, typeface.UnitsPerEm, ascent);
        }

        /// <summary>Asks Skia for every BMP character once; surrogates map to NUL, which the font lacks.</summary>
        private static ushort[] AskSkia(SKFont font)
        {
            var chars = new char[0x10000];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = char.IsSurrogate((char)i) ? '\0' : (char)i;
            }

            return font.GetGlyphs(new string(chars));
        }
    }
}
