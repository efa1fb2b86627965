using System.Buffers.Binary;

namespace Pace.Rendering.Text;

/// <summary>
/// The structure of an OpenType font's 'CFF ' table (Adobe technical note 5176): where each part lies, read and checked
/// once when the font is loaded, so a damaged or hostile table is a PACE022 finding then, not a crash when a page is
/// painted. Charstrings and subroutines are never interpreted here: the subsetter keeps the subroutines whole and only
/// swaps whole charstrings, so no recursion in them is ever followed.
/// </summary>
internal sealed class CffFont
{
    /// <summary>The most Font DICTs a CID-keyed font may have: FDSelect names one with a byte, and 255 keeps a byte free to check against.</summary>
    private const int MaxFontDicts = 255;

    private CffFont(byte[] table)
    {
        Table = table;
    }

    /// <summary>The table's bytes.</summary>
    public byte[] Table { get; }

    /// <summary>The header's size (normally 4).</summary>
    public int HeaderSize { get; private init; }

    /// <summary>Name, Top DICT, String and Global Subr INDEXes, in file order.</summary>
    public (CffIndex Names, CffIndex TopDicts, CffIndex Strings, CffIndex GlobalSubrs) Heads { get; private init; }

    /// <summary>The Top DICT's entries.</summary>
    public List<CffEntry> Top { get; private init; } = [];

    /// <summary>The CharStrings INDEX: one charstring a glyph.</summary>
    public CffIndex CharStrings { get; private init; } = null!;

    /// <summary>The charset, encoding and FDSelect data, where the font has its own (not a predefined one).</summary>
    public (int Start, int Length)? Charset { get; private init; }

    /// <inheritdoc cref="Charset"/>
    public (int Start, int Length)? Encoding { get; private init; }

    /// <inheritdoc cref="Charset"/>
    public (int Start, int Length)? FdSelect { get; private init; }

    /// <summary>The Font DICTs of a CID-keyed font (none otherwise).</summary>
    public List<List<CffEntry>> FontDicts { get; private init; } = [];

    /// <summary>The Private DICT of the Top DICT (name-keyed) or of each Font DICT, with its local Subrs INDEX if any.</summary>
    public List<CffPrivate> Privates { get; private init; } = [];

    /// <summary>For a CID-keyed font, the CID of each glyph (its charset); <see langword="null"/> for a name-keyed one.</summary>
    public ushort[]? Cids { get; private init; }

    /// <summary>Reads and checks a CFF table.</summary>
    /// <exception cref="InvalidDataException">Anything that does not fit; the message says it is damaged, and which part.</exception>
    public static CffFont Read(byte[] table)
    {
        if (table.Length < 4 || table[0] != 1 || table[2] < 4 || table[2] > table.Length)
        {
            throw CffIndex.Damaged("header");
        }

        var names = CffIndex.Read(table, table[2], "Name INDEX");
        var tops = CffIndex.Read(table, names.End, "Top DICT INDEX");
        var strings = CffIndex.Read(table, tops.End, "String INDEX");
        var globals = CffIndex.Read(table, strings.End, "Global Subr INDEX");
        if (names.Count != 1 || tops.Count != 1)
        {
            throw new InvalidDataException("its CFF table holds more than one font, which OpenType does not allow");
        }

        var (topStart, topLength) = tops.Item(0);
        var top = CffDict.Read(table, topStart, topLength, "Top DICT");
        if ((CffDict.Integers(top, CffDict.CharstringType, 1, "Top DICT") ?? [2])[0] != 2 || top.Any(e => e.Operator == CffDict.SyntheticBase))
        {
            throw new InvalidDataException("its CFF table uses Type 1 charstrings or a synthetic font, which Pace does not embed");
        }

        var charStrings = CffIndex.Read(table, Offset(CffDict.Integers(top, CffDict.CharStrings, 1, "Top DICT")?[0] ?? -1), "CharStrings INDEX");
        var glyphs = charStrings.Count;
        var cidKeyed = top.Any(e => e.Operator == CffDict.Ros);
        var charsetAt = CffDict.Integers(top, CffDict.Charset, 1, "Top DICT")?[0] ?? 0;
        ((int, int)? charset, ushort[]? cids) = charsetAt is >= 0 and <= 2 && !cidKeyed ? default : ReadCharset(table, Offset(charsetAt), glyphs, cidKeyed);
        var encodingAt = CffDict.Integers(top, CffDict.Encoding, 1, "Top DICT")?[0] ?? 0;
        (int, int)? encoding = encodingAt is 0 or 1 || cidKeyed ? null : ReadEncoding(table, Offset(encodingAt));
        var privates = new List<CffPrivate>();
        var fontDicts = new List<List<CffEntry>>();
        (int, int)? fdSelect = null;
        if (cidKeyed)
        {
            var fdArray = CffIndex.Read(table, Offset(CffDict.Integers(top, CffDict.FdArray, 1, "Top DICT")?[0] ?? -1), "FDArray");
            if (fdArray.Count is 0 or > MaxFontDicts)
            {
                throw CffIndex.Damaged("FDArray");
            }

            for (var i = 0; i < fdArray.Count; i++)
            {
                var (at, length) = fdArray.Item(i);
                var dict = CffDict.Read(table, at, length, "Font DICT");
                fontDicts.Add(dict);
                privates.Add(ReadPrivate(table, dict));
            }

            // Each Font DICT has a Private DICT (and Subrs) of its own; 255 Font DICTs sharing one large Private DICT and
            // Subrs INDEX would be written 255 times over by the subset. Together they must fit in the table.
            var privateBytes = 0L;
            foreach (var dict in fontDicts)
            {
                var sizeAndOffset = CffDict.Integers(dict, CffDict.Private, 2, "Private DICT")!;
                privateBytes += sizeAndOffset[0];
            }

            privateBytes += privates.Sum(p => p.Subrs is { } subrs ? (long)subrs.End - subrs.Start : 0L);
            if (privateBytes > table.Length)
            {
                throw CffIndex.Damaged("Private DICTs and subroutines that add up to more than the whole table");
            }

            fdSelect = ReadFdSelect(table, Offset(CffDict.Integers(top, CffDict.FdSelect, 1, "Top DICT")?[0] ?? -1), glyphs, fdArray.Count);
        }
        else
        {
            privates.Add(ReadPrivate(table, top));
        }

        return new CffFont(table)
        {
            HeaderSize = table[2],
            Heads = (names, tops, strings, globals),
            Top = top,
            CharStrings = charStrings,
            Charset = charset,
            Encoding = encoding,
            FdSelect = fdSelect,
            FontDicts = fontDicts,
            Privates = privates,
            Cids = cids,
        };

        int Offset(long value) => value >= 0 && value < table.Length ? (int)value : throw CffIndex.Damaged("an offset in the Top DICT");
    }

    private static CffPrivate ReadPrivate(byte[] table, List<CffEntry> dict)
    {
        var sizeAndOffset = CffDict.Integers(dict, CffDict.Private, 2, "Private DICT") ?? throw CffIndex.Damaged("no Private DICT");
        var (size, start) = (sizeAndOffset[0], sizeAndOffset[1]);
        if (size < 0 || start < 0 || start + size > table.Length)
        {
            throw CffIndex.Damaged("Private DICT");
        }

        var entries = CffDict.Read(table, (int)start, (int)size, "Private DICT");
        var subrs = CffDict.Integers(entries, CffDict.Subrs, 1, "Private DICT")?[0] is { } relative
            ? CffIndex.Read(table, relative is > 0 && start + relative < table.Length ? (int)(start + relative) : -1, "local Subrs")
            : null;
        return new CffPrivate(entries, subrs);
    }

    /// <summary>Where a charset lies and, for a CID-keyed font, each glyph's CID (glyph 0 is always CID 0).</summary>
    private static ((int, int), ushort[]?) ReadCharset(byte[] table, int start, int glyphs, bool cidKeyed)
    {
        var ids = new ushort[glyphs];
        var at = start + 1;
        var format = table[start];
        for (var glyph = 1; glyph < glyphs;)
        {
            if (format == 0)
            {
                ids[glyph++] = Card16(table, at, "charset");
                at += 2;
                continue;
            }

            var first = Card16(table, at, "charset");
            var left = format switch
            {
                1 => at + 2 < table.Length ? table[at + 2] : throw CffIndex.Damaged("charset"),
                2 => Card16(table, at + 2, "charset"),
                _ => throw CffIndex.Damaged("charset format"),
            };
            at += format == 1 ? 3 : 4;
            for (var k = 0; k <= left && glyph < glyphs; k++)
            {
                ids[glyph++] = (ushort)(first + k);
            }
        }

        return ((start, at - start), cidKeyed ? ids : null);
    }

    private static (int, int) ReadEncoding(byte[] table, int start)
    {
        var format = table[start];
        var count = start + 1 < table.Length ? table[start + 1] : throw CffIndex.Damaged("Encoding");
        var length = 2 + ((format & 0x7F) switch { 0 => count, 1 => 2 * count, _ => throw CffIndex.Damaged("Encoding format") });
        if ((format & 0x80) != 0)
        {
            var supplements = start + length < table.Length ? table[start + length] : throw CffIndex.Damaged("Encoding");
            length += 1 + (3 * supplements);
        }

        return start + length <= table.Length ? (start, length) : throw CffIndex.Damaged("Encoding");
    }

    private static (int, int) ReadFdSelect(byte[] table, int start, int glyphs, int fontDicts)
    {
        var format = table[start];
        if (format == 0)
        {
            return start + 1 + glyphs <= table.Length && table.AsSpan(start + 1, glyphs).IndexOfAnyInRange((byte)fontDicts, byte.MaxValue) < 0
                ? (start, 1 + glyphs)
                : throw CffIndex.Damaged("FDSelect");
        }

        var ranges = format == 3 ? Card16(table, start + 1, "FDSelect") : throw CffIndex.Damaged("FDSelect format");
        var length = 3 + (3 * ranges) + 2;
        if (start + length > table.Length || Card16(table, start + 3, "FDSelect") != 0 || Card16(table, start + length - 2, "FDSelect") != glyphs)
        {
            throw CffIndex.Damaged("FDSelect");
        }

        for (var i = 0; i < ranges; i++)
        {
            if (table[start + 5 + (3 * i)] >= fontDicts)
            {
                throw CffIndex.Damaged("FDSelect");
            }
        }

        return (start, length);
    }

    private static ushort Card16(byte[] table, int at, string what) =>
        at >= 0 && at + 2 <= table.Length ? BinaryPrimitives.ReadUInt16BigEndian(table.AsSpan(at)) : throw CffIndex.Damaged(what);
}

/// <summary>A Private DICT's entries and its local Subrs INDEX, if it has one.</summary>
/// <param name="Entries">The DICT's entries.</param>
/// <param name="Subrs">Its local subroutines.</param>
internal sealed record CffPrivate(List<CffEntry> Entries, CffIndex? Subrs);
