using System.Buffers.Binary;

namespace Pace.Rendering.Text;

/// <summary>
/// Reads a font's character → glyph map for the whole BMP from its <c>cmap</c> table (format 4, Unicode BMP).
/// Why: asking Skia for the glyphs of all 65,536 characters took ~5 ms a face at every start of the process
/// (measured, bench/ and docs/performance.md), for a font that maps a few hundred; reading the segments is
/// microseconds. Anything unexpected returns <see langword="null"/>, and the caller asks Skia instead.
/// </summary>
internal static class Cmap
{
    /// <summary>The glyph of every BMP character (0 where the font has none), or <see langword="null"/> without a usable format 4 subtable.</summary>
    public static ushort[]? ReadBmp(ReadOnlySpan<byte> cmap)
    {
        if (cmap.Length < 4)
        {
            return null;
        }

        // Prefer Windows Unicode BMP (3,1), then any Unicode-platform (0,*) subtable, as FreeType does for BMP text.
        var count = BinaryPrimitives.ReadUInt16BigEndian(cmap[2..]);
        var chosen = -1;
        var rank = int.MaxValue;
        for (var i = 0; i < count && 4 + (8 * (i + 1)) <= cmap.Length; i++)
        {
            var record = cmap.Slice(4 + (8 * i), 8);
            var platform = BinaryPrimitives.ReadUInt16BigEndian(record);
            var encoding = BinaryPrimitives.ReadUInt16BigEndian(record[2..]);
            var offset = BinaryPrimitives.ReadUInt32BigEndian(record[4..]);
            var thisRank = (platform, encoding) switch
            {
                (3, 1) => 0,
                (0, _) => 1,
                _ => int.MaxValue,
            };
            if (thisRank < rank && offset + 4L <= cmap.Length && BinaryPrimitives.ReadUInt16BigEndian(cmap[(int)offset..]) == 4)
            {
                (chosen, rank) = ((int)offset, thisRank);
            }
        }

        return chosen < 0 ? null : ReadFormat4(cmap[chosen..]);
    }

    /// <summary>
    /// The glyphs of characters beyond the BMP (CJK extensions, historic scripts) from a format 12 subtable — Windows
    /// UCS-4 (3,10) or Unicode full repertoire (0,4 / 0,6); empty when the font has none. At most 100,000 characters are
    /// read, so a hostile table cannot make the map huge.
    /// </summary>
    public static Dictionary<int, ushort> ReadAstral(ReadOnlySpan<byte> cmap)
    {
        var map = new Dictionary<int, ushort>();
        if (cmap.Length < 4)
        {
            return map;
        }

        var count = BinaryPrimitives.ReadUInt16BigEndian(cmap[2..]);
        for (var i = 0; i < count && 4 + (8 * (i + 1)) <= cmap.Length; i++)
        {
            var record = cmap.Slice(4 + (8 * i), 8);
            var platform = BinaryPrimitives.ReadUInt16BigEndian(record);
            var encoding = BinaryPrimitives.ReadUInt16BigEndian(record[2..]);
            var offset = BinaryPrimitives.ReadUInt32BigEndian(record[4..]);
            if (!((platform == 3 && encoding == 10) || (platform == 0 && encoding is 4 or 6)) || offset + 16L > cmap.Length
                || BinaryPrimitives.ReadUInt16BigEndian(cmap[(int)offset..]) != 12)
            {
                continue;
            }

            var table = cmap[(int)offset..];
            var groups = BinaryPrimitives.ReadUInt32BigEndian(table[12..]);
            for (var g = 0L; g < groups && 16 + (12 * (g + 1)) <= table.Length && map.Count < 100_000; g++)
            {
                var group = table.Slice((int)(16 + (12 * g)), 12);
                var start = BinaryPrimitives.ReadUInt32BigEndian(group);
                var end = Math.Min(BinaryPrimitives.ReadUInt32BigEndian(group[4..]), 0x10FFFF);
                var glyph = BinaryPrimitives.ReadUInt32BigEndian(group[8..]);
                for (var c = Math.Max(start, 0x10000); c <= end && map.Count < 100_000; c++)
                {
                    var id = glyph + (c - start);
                    if (id is > 0 and <= 0xFFFF)
                    {
                        map[(int)c] = (ushort)id;
                    }
                }
            }

            break;
        }

        return map;
    }

    private static ushort[]? ReadFormat4(ReadOnlySpan<byte> table)
    {
        if (table.Length < 14)
        {
            return null;
        }

        var length = Math.Min(BinaryPrimitives.ReadUInt16BigEndian(table[2..]), table.Length);
        table = table[..length];
        var segments = BinaryPrimitives.ReadUInt16BigEndian(table[6..]) / 2;
        var ends = 14;
        var starts = ends + (2 * segments) + 2;
        var deltas = starts + (2 * segments);
        var rangeOffsets = deltas + (2 * segments);
        if (rangeOffsets + (2 * segments) > table.Length)
        {
            return null;
        }

        var glyphs = new ushort[0x10000];
        for (var s = 0; s < segments; s++)
        {
            int end = BinaryPrimitives.ReadUInt16BigEndian(table[(ends + (2 * s))..]);
            int start = BinaryPrimitives.ReadUInt16BigEndian(table[(starts + (2 * s))..]);
            int delta = BinaryPrimitives.ReadInt16BigEndian(table[(deltas + (2 * s))..]);
            int rangeOffset = BinaryPrimitives.ReadUInt16BigEndian(table[(rangeOffsets + (2 * s))..]);
            for (var c = start; c <= end && c <= 0xFFFF; c++)
            {
                int glyph;
                if (rangeOffset == 0)
                {
                    glyph = (c + delta) & 0xFFFF;
                }
                else
                {
                    // The offset counts from the idRangeOffset entry itself into glyphIdArray.
                    var at = rangeOffsets + (2 * s) + rangeOffset + (2 * (c - start));
                    if (at + 2 > table.Length)
                    {
                        return null;
                    }

                    glyph = BinaryPrimitives.ReadUInt16BigEndian(table[at..]);
                    glyph = glyph == 0 ? 0 : (glyph + delta) & 0xFFFF;
                }

                glyphs[c] = (ushort)glyph;
            }
        }

        // Surrogate code units are no characters: they get the glyph of U+0000, as when Skia is asked (see Fonts).
        glyphs.AsSpan(0xD800, 0x800).Fill(glyphs[0]);
        return glyphs;
    }
}
