using System.Buffers.Binary;

namespace Pace.Rendering.Text;

/// <summary>
/// Reads and writes the table directory of an OpenType (sfnt) font, TrueType or CFF flavoured: just enough to drop or
/// replace whole tables. Used to make embedded fonts smaller; it never changes glyph numbering, so text measured before
/// still holds.
/// </summary>
internal static class Sfnt
{
    /// <summary>The sfnt version of a font with CFF outlines, 'OTTO'.</summary>
    public const uint CffFlavour = 0x4F54544F;

    /// <summary>The sfnt version of a font with TrueType outlines.</summary>
    public const uint TrueTypeFlavour = 0x00010000;

    /// <summary>The tables of a TrueType font by tag, in file order; <see langword="null"/> when it is not one.</summary>
    public static List<(string Tag, byte[] Data)>? Read(byte[] font) =>
        Directory(font)?.Select(t => (t.Tag, font.AsSpan(t.Offset, t.Length).ToArray())).ToList();

    /// <summary>
    /// Where each table of a TrueType font lies, without copying any: a PDF keeps a few KB of a 200 KB font, and copying
    /// its glyf table for every document put it on the large-object heap (measured: 1.9 → 3.5 MB allocated per acme PDF).
    /// </summary>
    public static List<(string Tag, int Offset, int Length)>? Directory(byte[] font)
    {
        if (font.Length < 12 || BinaryPrimitives.ReadUInt32BigEndian(font) is not (TrueTypeFlavour or CffFlavour))
        {
            return null;
        }

        var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        if (font.Length < 12 + (16 * count))
        {
            return null;
        }

        // Tables do not overlap, so together they fit in the file; a directory that lists the whole file thousands of
        // times (or a tag twice) is damaged, not a reason to copy gigabytes when the font is stripped or subset.
        var tables = new List<(string, int, int)>(count);
        var total = 0L;
        for (var i = 0; i < count; i++)
        {
            var entry = font.AsSpan(12 + (16 * i), 16);
            var tag = System.Text.Encoding.ASCII.GetString(entry[..4]);
            var offset = BinaryPrimitives.ReadUInt32BigEndian(entry[8..]);
            var length = BinaryPrimitives.ReadUInt32BigEndian(entry[12..]);
            total += length;
            if (offset + (long)length > font.Length || total > font.Length || tables.Exists(t => t.Item1 == tag))
            {
                return null;
            }

            tables.Add((tag, (int)offset, (int)length));
        }

        return tables;
    }

    /// <summary>
    /// Writes tables into a font file: sorted directory, four-byte padding, table checksums and head.checkSumAdjustment
    /// as the format requires (a font a tool rewrites keeps checking out as whole). A font with a 'CFF ' or 'CFF2' table
    /// gets the sfnt version 'OTTO', as OpenType requires of PostScript outlines.
    /// </summary>
    public static byte[] Write(IReadOnlyList<(string Tag, byte[] Data)> tables)
    {
        var sorted = tables.OrderBy(t => t.Tag, StringComparer.Ordinal).ToList();
        var header = 12 + (16 * sorted.Count);
        var output = new byte[header + sorted.Sum(t => (t.Data.Length + 3) & ~3)];
        var span = output.AsSpan();
        BinaryPrimitives.WriteUInt32BigEndian(span, sorted.Any(t => t.Tag is "CFF " or "CFF2") ? CffFlavour : TrueTypeFlavour);
        var power = 1;
        var log = 0;
        while (power * 2 <= sorted.Count)
        {
            power *= 2;
            log++;
        }

        BinaryPrimitives.WriteUInt16BigEndian(span[4..], (ushort)sorted.Count);
        BinaryPrimitives.WriteUInt16BigEndian(span[6..], (ushort)(power * 16));
        BinaryPrimitives.WriteUInt16BigEndian(span[8..], (ushort)log);
        BinaryPrimitives.WriteUInt16BigEndian(span[10..], (ushort)((sorted.Count - power) * 16));
        var offset = header;
        var adjustment = -1;
        for (var i = 0; i < sorted.Count; i++)
        {
            var (tag, data) = sorted[i];
            var entry = span.Slice(12 + (16 * i), 16);
            System.Text.Encoding.ASCII.GetBytes(tag, entry);
            BinaryPrimitives.WriteUInt32BigEndian(entry[4..], Checksum(tag, data));
            BinaryPrimitives.WriteUInt32BigEndian(entry[8..], (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(entry[12..], (uint)data.Length);
            data.CopyTo(span[offset..]);
            adjustment = tag == "head" && data.Length >= 12 ? offset + 8 : adjustment;
            offset += (data.Length + 3) & ~3;
        }

        // The whole file, with the adjustment taken as zero, plus the adjustment sums to 0xB1B0AFBA (OpenType, 'head').
        if (adjustment >= 0)
        {
            BinaryPrimitives.WriteUInt32BigEndian(span[adjustment..], 0);
            BinaryPrimitives.WriteUInt32BigEndian(span[adjustment..], unchecked(0xB1B0AFBA - Checksum(string.Empty, output)));
        }

        return output;
    }

    /// <summary>The table checksum: the sum of big-endian words, zero-padded; head's adjustment field counts as zero.</summary>
    private static uint Checksum(string tag, byte[] data)
    {
        uint sum = 0;
        for (var i = 0; i < data.Length; i += 4)
        {
            if (tag == "head" && i == 8)
            {
                continue;
            }

            uint word = 0;
            for (var k = 0; k < 4; k++)
            {
                word = (word << 8) | (i + k < data.Length ? data[i + k] : 0u);
            }

            sum += word;
        }

        return sum;
    }
}
