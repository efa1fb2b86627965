using System.Buffers.Binary;
using Pace.Rendering.Layout;
using Pace.Rendering.Text;

namespace Pace.Rendering.Painters;

/// <summary>
/// A TrueType font cut down to the glyphs a document draws, renumbered 0…n−1 (.notdef first, then in the original
/// order), with a map from each original glyph number to its new one. Why: zeroing unused outlines
/// (<see cref="GlyphSubsetter"/>) keeps a slot in loca and hmtx for every glyph, and the bundled Lato has 3,026 of them
/// since it covers Greek and Cyrillic: about 7 KB more a face in every PDF than the Latin-only font had (measured on the
/// acme chart, 59.6 → 74.6 KB). A PDF keeps the original numbers in its content streams and maps them with a
/// CIDToGIDMap. The character map goes (the PDF never reads it) and glyph names (post format 3). Anything unexpected
/// gives <see langword="null"/>: the caller then embeds the zeroed font instead.
/// </summary>
internal static class GlyphRenumberer
{
    /// <summary>The renumbered font and the new number of each original glyph (0 for glyphs not kept).</summary>
    /// <param name="font">The font file.</param>
    /// <param name="used">The glyphs drawn.</param>
    /// <param name="keep">Which other tables to keep, by tag; every table when <see langword="null"/>.</param>
    public static (byte[] Font, ushort[] NewNumbers)? Renumber(byte[] font, IEnumerable<ushort> used, Func<string, bool>? keep = null)
    {
        // Table slices of the font, not copies: only the small tables kept are copied, at the end.
        var tables = Sfnt.Directory(font);
        ArraySegment<byte>? Segment(string tag)
        {
            foreach (var t in tables ?? [])
            {
                if (t.Tag == tag)
                {
                    return new ArraySegment<byte>(font, t.Offset, t.Length);
                }
            }

            return null;
        }

        byte[]? Table(string tag) => tag is "glyf" or "loca" or "hmtx" ? null : Segment(tag)?.ToArray();
        var glyfSegment = Segment("glyf");
        var locaSegment = Segment("loca");
        var hmtxSegment = Segment("hmtx");
        var (head, maxp, hhea) = (Table("head"), Table("maxp"), Table("hhea"));
        if (tables is null || head is not { Length: >= 54 } || maxp is not { Length: >= 6 } || locaSegment is not { } loca || glyfSegment is not { } glyf || hhea is not { Length: >= 36 } || hmtxSegment is not { } hmtx)
        {
            return null;
        }

        var count = BinaryPrimitives.ReadUInt16BigEndian(maxp.AsSpan(4));
        var longOffsets = BinaryPrimitives.ReadInt16BigEndian(head.AsSpan(50)) == 1;
        var longMetrics = BinaryPrimitives.ReadUInt16BigEndian(hhea.AsSpan(34));
        if (count == 0 || longMetrics == 0 || longMetrics > count || loca.Count < (count + 1) * (longOffsets ? 4 : 2) || hmtx.Count < (4 * longMetrics) + (2 * (count - longMetrics)))
        {
            return null;
        }

        int Offset(int glyph) => longOffsets
            ? (int)BinaryPrimitives.ReadUInt32BigEndian(loca.AsSpan(glyph * 4))
            : BinaryPrimitives.ReadUInt16BigEndian(loca.AsSpan(glyph * 2)) * 2;

        var order = GlyphSubsetter.Closure(glyf, count, Offset, used).Order().ToArray();
        var numbers = new ushort[count];
        for (var i = 0; i < order.Length; i++)
        {
            numbers[order[i]] = (ushort)i;
        }

        using var outlines = new MemoryStream();
        var newLoca = new byte[(order.Length + 1) * 4];
        var newHmtx = new byte[order.Length * 4];
        for (var i = 0; i < order.Length; i++)
        {
            var glyph = order[i];
            BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(i * 4), (uint)outlines.Length);
            var (start, end) = (Offset(glyph), Offset(glyph + 1));
            if (end > start && end <= glyf.Count)
            {
                var data = glyf.AsSpan(start, end - start).ToArray();
                foreach (var at in GlyphSubsetter.ComponentOffsets(data))
                {
                    var component = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(at));
                    BinaryPrimitives.WriteUInt16BigEndian(data.AsSpan(at), component < count ? numbers[component] : (ushort)0);
                }

                outlines.Write(data);
                while (outlines.Length % 4 != 0)
                {
                    outlines.WriteByte(0);
                }
            }

            // Advance and left side bearing: glyphs past the last long metric share its advance and keep their own bearing.
            var advance = hmtx.AsSpan(4 * Math.Min(glyph, longMetrics - 1), 2);
            var bearing = glyph < longMetrics ? hmtx.AsSpan((4 * glyph) + 2, 2) : hmtx.AsSpan((4 * longMetrics) + (2 * (glyph - longMetrics)), 2);
            advance.CopyTo(newHmtx.AsSpan(4 * i));
            bearing.CopyTo(newHmtx.AsSpan((4 * i) + 2));
        }

        BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(order.Length * 4), (uint)outlines.Length);
        var newHead = (byte[])head.Clone();
        BinaryPrimitives.WriteInt16BigEndian(newHead.AsSpan(50), 1);
        var newMaxp = (byte[])maxp.Clone();
        BinaryPrimitives.WriteUInt16BigEndian(newMaxp.AsSpan(4), (ushort)order.Length);
        var newHhea = (byte[])hhea.Clone();
        BinaryPrimitives.WriteUInt16BigEndian(newHhea.AsSpan(34), (ushort)order.Length);
        var replaced = new List<(string Tag, byte[] Data)>();
        foreach (var (tag, offset, length) in tables)
        {
            if (keep is not null && !keep(tag))
            {
                continue;
            }

            switch (tag)
            {
                case "glyf": replaced.Add((tag, outlines.ToArray())); break;
                case "loca": replaced.Add((tag, newLoca)); break;
                case "hmtx": replaced.Add((tag, newHmtx)); break;
                case "head": replaced.Add((tag, newHead)); break;
                case "maxp": replaced.Add((tag, newMaxp)); break;
                case "hhea": replaced.Add((tag, newHhea)); break;
                case "post" when length >= 32:
                    var post = font.AsSpan(offset, 32).ToArray();
                    BinaryPrimitives.WriteUInt32BigEndian(post, 0x00030000);
                    replaced.Add((tag, post));
                    break;
                case "cmap" or "post" or "hdmx" or "LTSH" or "VDMX" or "kern" or "vmtx" or "vhea":
                    break;
                default: replaced.Add((tag, font.AsSpan(offset, length).ToArray())); break;
            }
        }

        return (Sfnt.Write(replaced), numbers);
    }
}
