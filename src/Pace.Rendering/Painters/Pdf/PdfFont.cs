using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Pace.Rendering.Layout;
using Pace.Rendering.Text;

namespace Pace.Rendering.Painters.Pdf;

/// <summary>
/// One embedded face as a composite font (ISO 32000-1 §9.7): Type0 with Identity-H encoding, so a content stream
/// names glyphs by two-byte codes (CIDs); a CIDFontType2 with the advance of every code used; the TrueType program with
/// only those glyphs, renumbered (<see cref="GlyphRenumberer"/>), and a CIDToGIDMap from codes to them; and a ToUnicode
/// map, so the text can be selected, searched and read aloud.
/// </summary>
/// <remarks>
/// A code stands for one glyph drawn for one string of characters. Usually that is the glyph's own number; but when
/// the font draws two characters with one glyph (Lato: '-', U+00AD and U+2010; space and no-break space), the second
/// gets a code of its own past the font's glyphs, mapped to the same glyph, so each extracts as written — before, the
/// first character drawn gave the glyph its meaning for the whole document. The subset's name carries a tag hashed from
/// the program and both maps (§9.6.4): another glyph set, another name, so merged documents keep their fonts apart.
/// </remarks>
internal sealed class PdfFont
{
    /// <summary>
    /// The tables a PDF viewer reads from an embedded TrueType program (ISO 32000-1 §9.9) — outlines, metrics, hinting
    /// and names; a chart's own font may carry many more (colour, variations, vertical metrics) that would only add bytes.
    /// </summary>
    private static readonly HashSet<string> Embedded = new(StringComparer.Ordinal)
    {
        "cmap", "cvt ", "fpgm", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name", "OS/2", "post", "prep",
    };

    private readonly Typeface _font;
    private readonly Dictionary<(ushort Glyph, string Characters), ushort> _codes = [];
    private readonly Dictionary<char, ushort> _plain = [];

    /// <summary>
    /// The plain codes of Latin characters (up to U+024F), plus one (0: not yet drawn): a chart is mostly these, and a
    /// page's tens of thousands of glyphs looked up in <see cref="_plain"/> one by one were a measurable part of painting.
    /// </summary>
    private readonly int[] _latin = new int[0x250];
    private readonly HashSet<char> _sharedPlain = [];
    private readonly Dictionary<ushort, ushort> _firstCode = [];
    private readonly List<(ushort Code, ushort Glyph, string Characters)> _entries = [];
    private int _nextCode;

    /// <summary>A font, with the resource name content streams use for it.</summary>
    public PdfFont(Typeface font, string resourceName)
    {
        _font = font;
        ResourceName = resourceName;

        // A CFF font is a CIDFontType0, which has no CIDToGIDMap: a code is the glyph's CID, so there are no codes past
        // the glyphs to give a shared glyph; such characters are marked as /ActualText instead (see Claim).
        _nextCode = font.HasCffOutlines ? ushort.MaxValue + 1 : Math.Max(1, font.GlyphCount);
    }

    /// <summary>The name under /Font in every page's resources, e.g. <c>F1</c>.</summary>
    public string ResourceName { get; }

    /// <summary>The object number of the Type0 font; set by <see cref="Write"/>, reserved earlier by the painter.</summary>
    public int Reference { get; set; }

    /// <summary>
    /// Gives glyph <paramref name="index"/> of a run that is not plain its code, for <paramref name="characters"/> (the
    /// run's <see cref="GlyphRun.CharactersOf"/>); <paramref name="mapped"/> is false when the ToUnicode map cannot say
    /// them — a box for a missing character, or a font with no codes left to give a shared glyph — and the caller must
    /// mark them as /ActualText.
    /// </summary>
    public ushort Claim(GlyphRun run, int index, string characters, out bool mapped)
    {
        var code = Code(run.Glyphs[index], characters);
        mapped = !run.IsBox && (characters.Length == 0 || _codes.GetValueOrDefault((run.Glyphs[index], characters), ushort.MaxValue) == code);
        return code;
    }

    /// <summary>
    /// Whether every character of a plain run gets a code of its own that ToUnicode maps back to it. Not when a glyph
    /// already drawn for one character is drawn for another and no code is left to give it — always so in a CFF font,
    /// whose codes are its CIDs or glyph numbers: the caller then draws the run glyph by glyph with /ActualText where
    /// needed, so that a hyphen drawn with the glyph of U+2010 still extracts as '-'.
    /// </summary>
    public bool MapsPlain(GlyphRun run)
    {
        if (_nextCode <= ushort.MaxValue && _sharedPlain.Count == 0)
        {
            return true;
        }

        for (var i = 0; i < run.Glyphs.Length; i++)
        {
            PlainCode(run.Glyphs[i], run.Text[i]);
            if (_sharedPlain.Contains(run.Text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Appends the codes of glyphs of a plain run as a literal string for <c>Tj</c> or <c>TJ</c>.</summary>
    public void Encode(PdfBuffer sb, GlyphRun run, int from, int count)
    {
        sb.Append('(');
        for (var i = from; i < from + count; i++)
        {
            // A plain run draws character i with glyph i, the font's own for it: one lookup by character, no string.
            sb.AppendCode(PlainCode(run.Glyphs[i], run.Text[i]));
        }

        sb.Append(')');
    }

    /// <summary>Appends one code as a literal string for <c>Tj</c>.</summary>
    public static void Encode(PdfBuffer sb, ushort code) => sb.Append('(').AppendCode(code).Append(')');

    /// <summary>Writes the font's objects; call after every page's content has been encoded.</summary>
    public void Write(PdfFileWriter file)
    {
        // Codes are handed out as glyphs are drawn (a hash lookup each); sorted once here, as /W and the CMap want them.
        var entries = _entries.OrderBy(e => e.Code).ToList();
        var glyphs = entries.Select(e => e.Glyph).Distinct().ToList();
        var metrics = _font.Metrics;
        double Scale(float units) => units * 1000.0 / metrics.UnitsPerEm;

        if (_font.HasCffOutlines)
        {
            WriteCff(file, entries, glyphs, Scale);
            return;
        }

        // The program holds only the used glyphs, renumbered; the CIDToGIDMap (two bytes a code, deflated to a few
        // hundred) leads from each code to its glyph's new number.
        var renumbered = GlyphRenumberer.Renumber(_font.Data, glyphs, Embedded.Contains);
        var subset = renumbered?.Font ?? GlyphSubsetter.Subset(_font.Data, glyphs);
        var map = new byte[2 * ((entries.Count == 0 ? 0 : entries[^1].Code) + 1)];
        foreach (var (code, glyph, _) in entries)
        {
            BinaryPrimitives.WriteUInt16BigEndian(map.AsSpan(2 * code), renumbered is { NewNumbers: var numbers } ? numbers[glyph] : glyph);
        }

        var unicode = Encoding.ASCII.GetBytes(UnicodeMap(entries));
        var name = "/" + SubsetTag(subset, map, unicode) + "+" + _font.Name;
        var cidFont = file.Reserve();
        var descriptor = file.Reserve();
        var program = file.Reserve();
        var toUnicode = file.Reserve();
        var gidMap = file.Reserve();
        file.Object(Reference, $"<</Type /Font /Subtype /Type0 /BaseFont {name} /Encoding /Identity-H /DescendantFonts [{cidFont} 0 R] /ToUnicode {toUnicode} 0 R>>");
        file.Object(cidFont, $"<</Type /Font /Subtype /CIDFontType2 /BaseFont {name} /CIDSystemInfo <</Registry (Adobe) /Ordering (Identity) /Supplement 0>> /CIDToGIDMap {gidMap} 0 R /FontDescriptor {descriptor} 0 R /DW 0 /W [{Widths(entries, Scale)}]>>");
        file.Object(descriptor, Descriptor(name, Scale) + $" /FontFile2 {program} 0 R>>");
        file.Stream(program, $" /Length1 {subset.Length}", subset);
        file.Stream(toUnicode, string.Empty, unicode);
        file.Stream(gidMap, string.Empty, map);
    }

    /// <summary>
    /// A font with CFF outlines: a CIDFontType0 whose program is the bare CFF table (FontFile3 /CIDFontType0C, allowed by
    /// PDF/A-2), not the OpenType file (/OpenType). Why: poppler 22 draws a CID-keyed CFF inside an OpenType file by glyph
    /// number instead of CID and so drops every glyph (seen with pdftoppm; MuPDF and Ghostscript drew it), while the bare
    /// table is drawn right by all three; it is also smaller, without cmap, hmtx and name. A name-keyed CFF needs no
    /// conversion, since a PDF takes the codes of such a font as glyph numbers; a CID-keyed one gets CIDs as codes.
    /// </summary>
    private void WriteCff(PdfFileWriter file, List<(ushort Code, ushort Glyph, string Characters)> entries, List<ushort> glyphs, Func<float, double> scale)
    {
        var subset = CffSubsetter.Table(_font.Data, glyphs) ?? [];
        var unicode = Encoding.ASCII.GetBytes(UnicodeMap(entries));
        var name = "/" + SubsetTag(subset, [], unicode) + "+" + _font.Name;
        var cidFont = file.Reserve();
        var descriptor = file.Reserve();
        var program = file.Reserve();
        var toUnicode = file.Reserve();
        file.Object(Reference, $"<</Type /Font /Subtype /Type0 /BaseFont {name} /Encoding /Identity-H /DescendantFonts [{cidFont} 0 R] /ToUnicode {toUnicode} 0 R>>");
        file.Object(cidFont, $"<</Type /Font /Subtype /CIDFontType0 /BaseFont {name} /CIDSystemInfo <</Registry (Adobe) /Ordering (Identity) /Supplement 0>> /FontDescriptor {descriptor} 0 R /DW 0 /W [{Widths(entries, scale)}]>>");
        file.Object(descriptor, Descriptor(name, scale) + $" /FontFile3 {program} 0 R>>");
        file.Stream(program, " /Subtype /CIDFontType0C", subset);
        file.Stream(toUnicode, string.Empty, unicode);
    }

    /// <summary>The font descriptor up to the font program's key (ISO 32000-1 §9.8).</summary>
    private string Descriptor(string name, Func<float, double> scale)
    {
        var metrics = _font.Metrics;
        return "<</Type /FontDescriptor /FontName " + name + " /Flags 4"
            + $" /FontBBox [{PdfSyntax.Number(scale(metrics.XMin))} {PdfSyntax.Number(scale(metrics.YMin))} {PdfSyntax.Number(scale(metrics.XMax))} {PdfSyntax.Number(scale(metrics.YMax))}]"
            + $" /ItalicAngle 0 /Ascent {PdfSyntax.Number(scale(metrics.TypoAscender))} /Descent {PdfSyntax.Number(scale(metrics.TypoDescender))}"
            + $" /CapHeight {PdfSyntax.Number(scale(metrics.CapHeight))} /StemV 0";
    }

    /// <summary>
    /// The code of a glyph drawn for some characters: the glyph's own number the first time it is drawn, a new code past
    /// the font's glyphs when it is drawn for other characters; a glyph drawn for none (the second glyph of a cluster)
    /// takes the glyph's first code. When the codes run out (a font of 65,536 glyphs) the first code is shared.
    /// </summary>
    private ushort Code(ushort glyph, string characters)
    {
        if (_codes.TryGetValue((glyph, characters), out var code))
        {
            return code;
        }

        if (_firstCode.TryGetValue(glyph, out var first) && (characters.Length == 0 || _nextCode > ushort.MaxValue))
        {
            return first;
        }

        code = _firstCode.ContainsKey(glyph) ? (ushort)_nextCode++ : _font.Cids is { } cids && glyph < cids.Count ? cids[glyph] : glyph;
        _firstCode.TryAdd(glyph, code);
        _codes[(glyph, characters)] = code;
        _entries.Add((code, glyph, characters));
        return code;
    }

    /// <summary>The code of a character of a plain run, whose glyph is the font's own for it.</summary>
    private ushort PlainCode(ushort glyph, char c)
    {
        if (c < _latin.Length && _latin[c] != 0)
        {
            return (ushort)(_latin[c] - 1);
        }

        if (!_plain.TryGetValue(c, out var code))
        {
            var characters = c.ToString();
            code = Code(glyph, characters);
            _plain.Add(c, code);
            if (!_codes.ContainsKey((glyph, characters)))
            {
                // The glyph's first code, shared: ToUnicode says the first character, not this one.
                _sharedPlain.Add(c);
            }
        }

        if (c < _latin.Length)
        {
            _latin[c] = code + 1;
        }

        return code;
    }

    /// <summary>Six capital letters from a hash of what makes the subset (ISO 32000-1 §9.6.4): the same input, the same tag.</summary>
    private static string SubsetTag(byte[] program, byte[] map, byte[] unicode)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(program);
        hash.AppendData(map);
        hash.AppendData(unicode);
        var bytes = hash.GetHashAndReset();
        return string.Create(6, bytes, (tag, b) =>
        {
            for (var i = 0; i < tag.Length; i++)
            {
                tag[i] = (char)('A' + (b[i] % 26));
            }
        });
    }

    /// <summary>The /W array: each code's advance in thousandths of an em, consecutive codes grouped.</summary>
    private string Widths(List<(ushort Code, ushort Glyph, string Characters)> entries, Func<float, double> scale)
    {
        var sb = new StringBuilder();
        var last = -2;
        foreach (var (code, glyph, _) in entries)
        {
            if (code != last + 1)
            {
                if (last >= 0)
                {
                    sb.Append("] ");
                }

                sb.Append(code).Append(" [");
            }
            else
            {
                sb.Append(' ');
            }

            sb.Append(PdfSyntax.Number(scale(_font.Advance(glyph))));
            last = code;
        }

        return last >= 0 ? sb.Append(']').ToString() : string.Empty;
    }

    /// <summary>A ToUnicode CMap (Adobe technical note 5411) with one bfchar line per code that stands for characters, 100 to a block.</summary>
    private static string UnicodeMap(List<(ushort Code, ushort Glyph, string Characters)> entries)
    {
        var sb = new StringBuilder()
            .Append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
            .Append("/CIDSystemInfo <</Registry (Adobe) /Ordering (UCS) /Supplement 0>> def\n")
            .Append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
            .Append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        foreach (var block in entries.Where(e => e.Glyph != 0 && e.Characters.Length > 0).Chunk(100))
        {
            sb.Append(block.Length).Append(" beginbfchar\n");
            foreach (var (code, _, characters) in block)
            {
                sb.Append('<').Append(code.ToString("X4", CultureInfo.InvariantCulture)).Append("> <")
                  .Append(Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(characters))).Append(">\n");
            }

            sb.Append("endbfchar\n");
        }

        return sb.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n").ToString();
    }
}
