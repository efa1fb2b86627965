using Pace.Rendering.Text;

namespace Pace.Rendering.Painters;

/// <summary>
/// Empties the charstrings of every glyph a document does not use in an OpenType font with CFF outlines, keeping every
/// glyph slot (numbers, CIDs, advances and cmap stay as they are): the CFF counterpart of <see cref="GlyphSubsetter"/>.
/// An unused glyph becomes a lone <c>endchar</c>. Subroutines are kept whole (a used charstring may call any of them,
/// and following the calls would mean interpreting hostile charstrings); the table is written again in one fixed order
/// with every offset recomputed, so no offset of the original survives into the new table. Anything unexpected returns
/// the font unchanged: correct, just larger.
/// </summary>
internal static class CffSubsetter
{
    /// <summary>Type 2 <c>endchar</c>: a glyph that draws nothing, at the default width.</summary>
    private static readonly byte[] Empty = [14];

    /// <summary>The font with only the given glyphs' charstrings (and .notdef's) kept; the font itself when it has no usable CFF table.</summary>
    public static byte[] Subset(byte[] font, IEnumerable<ushort> used)
    {
        var tables = Sfnt.Read(font);
        return tables is not null && Table(font, used) is { } table
            ? Sfnt.Write([.. tables.Select(t => t.Tag == "CFF " ? (t.Tag, table) : t)])
            : font;
    }

    /// <summary>The font's CFF table alone with only the given glyphs' charstrings kept; <see langword="null"/> when it has none.</summary>
    public static byte[]? Table(byte[] font, IEnumerable<ushort> used)
    {
        var tables = Sfnt.Directory(font);
        if (tables?.FirstOrDefault(t => t.Tag == "CFF ") is not { Tag: not null } cff)
        {
            return null;
        }

        var table = font.AsSpan(cff.Offset, cff.Length).ToArray();
        try
        {
            return SubsetTable(CffFont.Read(table), [.. used]);
        }
        catch (InvalidDataException)
        {
            return table;
        }
    }

    /// <summary>The CFF table with unused charstrings emptied.</summary>
    internal static byte[] SubsetTable(CffFont cff, HashSet<ushort> used)
    {
        var source = cff.Table;
        var charStrings = new byte[cff.CharStrings.Count][];
        for (var glyph = 0; glyph < charStrings.Length; glyph++)
        {
            var (offset, length) = cff.CharStrings.Item(glyph);
            charStrings[glyph] = glyph == 0 || used.Contains((ushort)glyph) ? source.AsSpan(offset, length).ToArray() : Empty;
        }

        var newCharStrings = CffIndex.Write(charStrings);

        // Sizes first (offsets are five-byte integers, so a DICT's size does not depend on their values), then places.
        var privates = cff.Privates.Select(p => PrivateDict(source, p, 0)).ToList();
        var privateStarts = new long[privates.Count];
        var fontDicts = FontDictIndex(cff, privates, privateStarts);
        var top = TopDict(cff, default);
        var (names, _, strings, globals) = cff.Heads;
        long at = cff.HeaderSize + names.Whole(source).Length + CffIndex.Write([top]).Length + strings.Whole(source).Length + globals.Whole(source).Length;
        var charset = Place(ref at, cff.Charset);
        var encoding = Place(ref at, cff.Encoding);
        var fdSelect = Place(ref at, cff.FdSelect);
        var charStringsAt = at;
        at += newCharStrings.Length;
        var fdArrayAt = at;
        at += fontDicts.Length;
        for (var i = 0; i < privates.Count; i++)
        {
            privateStarts[i] = at;
            at += privates[i].Length + (cff.Privates[i].Subrs?.Whole(source).Length ?? 0);
        }

        var places = new Places(charset, encoding, fdSelect, charStringsAt, fdArrayAt, privates.Count > 0 ? (privates[0].Length, privateStarts[0]) : default);
        // CffFont.Read bounds the parts by the table's size; this guards the cast whatever a future reader lets through.
        if (at > Array.MaxLength)
        {
            throw new InvalidDataException("its CFF table is damaged (the subset would not fit in memory)");
        }

        using var output = new MemoryStream((int)at);
        output.Write(source, 0, cff.HeaderSize);
        output.Write(names.Whole(source));
        output.Write(CffIndex.Write([TopDict(cff, places)]));
        output.Write(strings.Whole(source));
        output.Write(globals.Whole(source));
        foreach (var part in new[] { cff.Charset, cff.Encoding, cff.FdSelect })
        {
            if (part is var (start, length))
            {
                output.Write(source, start, length);
            }
        }

        output.Write(newCharStrings);
        output.Write(FontDictIndex(cff, privates, privateStarts));
        for (var i = 0; i < privates.Count; i++)
        {
            output.Write(PrivateDict(source, cff.Privates[i], privates[i].Length));
            if (cff.Privates[i].Subrs is { } subrs)
            {
                output.Write(subrs.Whole(source));
            }
        }

        return output.ToArray();
    }

    private static long Place(ref long at, (int Start, int Length)? part)
    {
        var start = part is null ? 0 : at;
        at += part?.Length ?? 0;
        return start;
    }

    /// <summary>The Top DICT with its offsets at their new places (zero while sizes are worked out).</summary>
    private static byte[] TopDict(CffFont cff, Places places)
    {
        var replaced = new Dictionary<int, long[]> { [CffDict.CharStrings] = [places.CharStrings] };
        if (cff.Charset is not null)
        {
            replaced[CffDict.Charset] = [places.Charset];
        }

        if (cff.Encoding is not null)
        {
            replaced[CffDict.Encoding] = [places.Encoding];
        }

        if (cff.FontDicts.Count > 0)
        {
            replaced[CffDict.FdArray] = [places.FdArray];
            replaced[CffDict.FdSelect] = [places.FdSelect];
        }
        else
        {
            replaced[CffDict.Private] = [places.Private.Size, places.Private.Start];
        }

        return CffDict.Write(cff.Table, cff.Top, replaced);
    }

    /// <summary>The FDArray INDEX, each Font DICT pointing at its Private DICT's new place; empty for a name-keyed font.</summary>
    private static byte[] FontDictIndex(CffFont cff, List<byte[]> privates, long[] starts) =>
        cff.FontDicts.Count == 0 ? [] : CffIndex.Write([.. cff.FontDicts.Select((dict, i) =>
            CffDict.Write(cff.Table, dict, new Dictionary<int, long[]> { [CffDict.Private] = [privates[i].Length, starts[i]] }))]);

    /// <summary>A Private DICT whose local Subrs follow it directly (the offset is the DICT's own size).</summary>
    private static byte[] PrivateDict(byte[] source, CffPrivate dict, long size) =>
        CffDict.Write(source, dict.Entries, dict.Subrs is null ? new Dictionary<int, long[]>() : new Dictionary<int, long[]> { [CffDict.Subrs] = [size] });

    private readonly record struct Places(long Charset, long Encoding, long FdSelect, long CharStrings, long FdArray, (long Size, long Start) Private);
}
