using System.Buffers.Binary;
using Pace.Rendering.Layout;
using Pace.Rendering.Text;

namespace Pace.Rendering.Painters;

/// <summary>
/// Empties the outlines of every glyph a document does not use, keeping glyph numbers, cmap and advances as
/// they are ("glyph zeroing"). Why: Skia embeds font files whole and does not subset them here; the
/// pre-subset Latin font still carries ~600 outlines a chart never draws. A chart uses perhaps 80, so the
/// embedded font shrinks to a fraction, and every PDF with it. Composite glyphs (accented letters) keep
/// the outlines they are built from. Anything unexpected returns the font unchanged: correct, just larger.
/// </summary>
internal static class GlyphSubsetter
{
    /// <summary>The font with only the given glyphs' outlines (and their components) kept.</summary>
    public static byte[] Subset(byte[] font, IEnumerable<ushort> used)
    {
        var tables = Sfnt.Read(font);
        var head = tables?.FirstOrDefault(t => t.Tag == "head").Data;
        var maxp = tables?.FirstOrDefault(t => t.Tag == "maxp").Data;
        var loca = tables?.FirstOrDefault(t => t.Tag == "loca").Data;
        var glyf = tables?.FirstOrDefault(t => t.Tag == "glyf").Data;
        if (tables is null || head is not { Length: >= 54 } || maxp is not { Length: >= 6 } || loca is null || glyf is null)
        {
            return font;
        }

        var count = BinaryPrimitives.ReadUInt16BigEndian(maxp.AsSpan(4));
        var longOffsets = BinaryPrimitives.ReadInt16BigEndian(head.AsSpan(50)) == 1;
        if (loca.Length < (count + 1) * (longOffsets ? 4 : 2))
        {
            return font;
        }

        int Offset(int glyph) => longOffsets
            ? (int)BinaryPrimitives.ReadUInt32BigEndian(loca.AsSpan(glyph * 4))
            : BinaryPrimitives.ReadUInt16BigEndian(loca.AsSpan(glyph * 2)) * 2;

        var keep = Closure(new ArraySegment<byte>(glyf), count, Offset, used);

        // New glyf with kept outlines only, and a long-format loca pointing into it.
        using var outlines = new MemoryStream();
        var newLoca = new byte[(count + 1) * 4];
        for (var glyph = 0; glyph < count; glyph++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(glyph * 4), (uint)outlines.Length);
            var (start, end) = (Offset(glyph), Offset(glyph + 1));
            if (keep.Contains(glyph) && end > start && end <= glyf.Length)
            {
                outlines.Write(glyf, start, end - start);
                while (outlines.Length % 4 != 0)
                {
                    outlines.WriteByte(0);
                }
            }
        }

        BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(count * 4), (uint)outlines.Length);
        var newHead = (byte[])head.Clone();
        BinaryPrimitives.WriteInt16BigEndian(newHead.AsSpan(50), 1);
        var replaced = tables.Select(t => t.Tag switch
        {
            "glyf" => (t.Tag, outlines.ToArray()),
            "loca" => (t.Tag, newLoca),
            "head" => (t.Tag, newHead),
            _ => t,
        }).ToList();
        return Sfnt.Write(replaced);
    }

    /// <summary>The glyphs to keep: the used ones, .notdef, and every component of a kept composite glyph.</summary>
    internal static HashSet<int> Closure(ArraySegment<byte> glyf, int count, Func<int, int> offset, IEnumerable<ushort> used)
    {
        var keep = new HashSet<int>();
        var pending = new Stack<int>(used.Select(g => (int)g).Where(g => g < count).Append(0));
        while (pending.Count > 0)
        {
            var glyph = pending.Pop();
            if (!keep.Add(glyph))
            {
                continue;
            }

            var (start, end) = (offset(glyph), offset(glyph + 1));
            if (end <= start || end > glyf.Count)
            {
                continue;
            }

            var data = glyf.AsSpan(start, end - start);
            foreach (var at in ComponentOffsets(data))
            {
                var component = BinaryPrimitives.ReadUInt16BigEndian(data[at..]);
                if (component < count && !keep.Contains(component))
                {
                    pending.Push(component);
                }
            }
        }

        return keep;
    }

    /// <summary>Where a composite glyph names the glyphs it is built from (byte offsets of each glyph index); none for a simple glyph.</summary>
    internal static List<int> ComponentOffsets(ReadOnlySpan<byte> glyph)
    {
        var offsets = new List<int>();
        if (glyph.Length < 10 || BinaryPrimitives.ReadInt16BigEndian(glyph) >= 0)
        {
            return offsets;
        }

        const int argsAreWords = 0x1, hasScale = 0x8, moreComponents = 0x20, hasXyScale = 0x40, hasTwoByTwo = 0x80;
        var at = 10;
        int flags;
        do
        {
            if (at + 4 > glyph.Length)
            {
                break;
            }

            flags = BinaryPrimitives.ReadUInt16BigEndian(glyph[at..]);
            offsets.Add(at + 2);
            at += 4 + ((flags & argsAreWords) != 0 ? 4 : 2);
            at += (flags & hasScale) != 0 ? 2 : (flags & hasXyScale) != 0 ? 4 : (flags & hasTwoByTwo) != 0 ? 8 : 0;
        }
        while ((flags & moreComponents) != 0);
        return offsets;
    }
}
