using System.Buffers.Binary;
using Pace.Rendering.Layout;
using Pace.Rendering.Text;

namespace Pace.Rendering.Painters;

/// <summary>
/// The font an SVG page embeds for one typeface: only the glyphs of the characters the page writes as text, renumbered
/// (<see cref="GlyphRenumberer"/>), with a character map of just those characters. Why not the zeroed font the PDF once
/// embedded: it keeps the whole character map and a slot per glyph, 45 KB of base64 a face on acme's page 1, where this
/// is a few KB.
/// </summary>
internal static class SvgFonts
{
    /// <summary>A font for the characters, each mapped to its glyph; the zeroed font if renumbering fails or the outlines are CFF.</summary>
    public static byte[] Subset(Typeface font, IReadOnlyDictionary<char, ushort> characters)
    {
        // CFF outlines keep every glyph slot and the font's own cmap; only the unused charstrings are emptied.
        if (font.HasCffOutlines)
        {
            return CffSubsetter.Subset(font.Data, characters.Values);
        }

        if (GlyphRenumberer.Renumber(font.Data, characters.Values, tag => tag != "cmap") is not var (data, numbers) || Sfnt.Read(data) is not { } tables)
        {
            return GlyphSubsetter.Subset(font.Data, characters.Values);
        }

        var map = characters.ToDictionary(c => c.Key, c => numbers[c.Value]);
        return Sfnt.Write([.. tables, ("cmap", Cmap4(map))]);
    }

    /// <summary>A cmap with one format 4 subtable (Windows, Unicode BMP): a segment per character, then the closing one.</summary>
    private static byte[] Cmap4(IReadOnlyDictionary<char, ushort> map)
    {
        var chars = map.Keys.Order().ToList();
        var segments = chars.Count + 1;
        var length = 16 + (8 * segments);
        var table = new byte[4 + 8 + length];
        var span = table.AsSpan();
        BinaryPrimitives.WriteUInt16BigEndian(span[2..], 1); // one encoding record
        BinaryPrimitives.WriteUInt16BigEndian(span[4..], 3); // Windows
        BinaryPrimitives.WriteUInt16BigEndian(span[6..], 1); // Unicode BMP
        BinaryPrimitives.WriteUInt32BigEndian(span[8..], 12);
        var sub = span[12..];
        BinaryPrimitives.WriteUInt16BigEndian(sub, 4);
        BinaryPrimitives.WriteUInt16BigEndian(sub[2..], (ushort)length);
        BinaryPrimitives.WriteUInt16BigEndian(sub[6..], (ushort)(2 * segments));
        var power = 1;
        var log = 0;
        while (power * 2 <= segments)
        {
            power *= 2;
            log++;
        }

        BinaryPrimitives.WriteUInt16BigEndian(sub[8..], (ushort)(2 * power));
        BinaryPrimitives.WriteUInt16BigEndian(sub[10..], (ushort)log);
        BinaryPrimitives.WriteUInt16BigEndian(sub[12..], (ushort)((2 * segments) - (2 * power)));
        int ends = 14, starts = ends + (2 * segments) + 2, deltas = starts + (2 * segments), offsets = deltas + (2 * segments);
        for (var i = 0; i < segments; i++)
        {
            var c = i < chars.Count ? chars[i] : '\uFFFF';
            var glyph = i < chars.Count ? map[c] : 0;
            BinaryPrimitives.WriteUInt16BigEndian(sub[(ends + (2 * i))..], c);
            BinaryPrimitives.WriteUInt16BigEndian(sub[(starts + (2 * i))..], c);
            BinaryPrimitives.WriteUInt16BigEndian(sub[(deltas + (2 * i))..], (ushort)((glyph - c) & 0xFFFF));
            BinaryPrimitives.WriteUInt16BigEndian(sub[(offsets + (2 * i))..], 0);
        }

        // The closing segment maps U+FFFF to glyph 0: delta 1 (0xFFFF + 1 wraps to 0).
        BinaryPrimitives.WriteUInt16BigEndian(sub[(deltas + (2 * chars.Count))..], 1);
        return table;
    }
}
