using System.Runtime.InteropServices;
using HarfBuzzSharp;
using HbBuffer = HarfBuzzSharp.Buffer;

namespace Pace.Rendering.Text;

/// <summary>
/// A font as HarfBuzz shapes it: contextual forms, ligatures, mark positioning and right-to-left order, from the
/// font's own GSUB and GPOS tables. One per typeface, made immutable once, so many threads shape with it at once.
/// </summary>
/// <remarks>Not disposable: it lives as long as its typeface, and HarfBuzzSharp frees the native font when it is collected.</remarks>
#pragma warning disable CA1001 // The native font is owned for the typeface's lifetime; see remarks.
internal sealed class HarfBuzzFont
#pragma warning restore CA1001
{
    private readonly Font _font;

    /// <summary>Loads the font program into native memory that lives as long as HarfBuzz's face.</summary>
    public HarfBuzzFont(byte[] program)
    {
        // Not Blob.FromStream: it hands HarfBuzz a pointer into a managed array that is pinned only while the blob is
        // made (https://github.com/mono/SkiaSharp/issues/3472), and HarfBuzz reads the font's tables lazily, later. After a garbage collection it
        // read moved or reused memory: in a full test run, Arabic came out unshaped, as isolated letters with wrong
        // advances. The copy here is freed by HarfBuzz's release callback when the face lets go of the blob.
        var native = Marshal.AllocHGlobal(program.Length);
        Marshal.Copy(program, 0, native, program.Length);
        using var blob = new Blob(native, program.Length, MemoryMode.ReadOnly, () => Marshal.FreeHGlobal(native));
        blob.MakeImmutable();
        var face = new Face(blob, 0);
        face.MakeImmutable();
        _font = new Font(face);
        _font.SetFunctionsOpenType();

        // Positions come out in font units: the scale is the face's units per em.
        var upem = face.UnitsPerEm;
        _font.SetScale(upem, upem);
    }

    /// <summary>Shapes part of a text in one direction; glyphs come back in visual (left-to-right) order.</summary>
    /// <param name="text">The whole line, so shaping sees the context around the run.</param>
    /// <param name="start">The run's first UTF-16 index.</param>
    /// <param name="length">The run's length in UTF-16 code units.</param>
    /// <param name="rightToLeft">Whether the run is right-to-left (an odd bidi level).</param>
    public ShapedGlyph[] Shape(string text, int start, int length, bool rightToLeft)
    {
        using var buffer = new HbBuffer();
        buffer.AddUtf16(text, start, length);
        buffer.Direction = rightToLeft ? HarfBuzzSharp.Direction.RightToLeft : HarfBuzzSharp.Direction.LeftToRight;
        buffer.GuessSegmentProperties();
        _font.Shape(buffer);
        var infos = buffer.GetGlyphInfoSpan();
        var positions = buffer.GetGlyphPositionSpan();
        var glyphs = new ShapedGlyph[infos.Length];
        for (var i = 0; i < glyphs.Length; i++)
        {
            glyphs[i] = new ShapedGlyph(
                (ushort)infos[i].Codepoint,
                (int)infos[i].Cluster,
                positions[i].XAdvance,
                positions[i].XOffset,
                positions[i].YOffset);
        }

        return glyphs;
    }
}

/// <summary>One glyph as HarfBuzz placed it, in font units; <see cref="Cluster"/> is the UTF-16 index of the text it stands for.</summary>
internal readonly record struct ShapedGlyph(ushort Glyph, int Cluster, int Advance, int XOffset, int YOffset);
