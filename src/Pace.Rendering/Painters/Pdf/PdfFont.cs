using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using Pace.Rendering.Layout;
using Pace.Rendering.Text;

namespace Pace.Rendering.Painters.Pdf;

/// <summary>
/// One embedded face as a composite font (ISO 32000-1 §9.7): Type0 with Identity-H encoding, so a content stream
/// names glyphs by their two-byte glyph number; a CIDFontType2 with the advance of every glyph used; the TrueType
/// program with only those glyphs, renumbered (<see cref="GlyphRenumberer"/>); and a ToUnicode map, so the text can be
/// selected, searched and read aloud.
/// </summary>
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
    private readonly Dictionary<ushort, string> _used = [];

    /// <summary>A font, with the resource name content streams use for it.</summary>
    public PdfFont(Typeface font, string resourceName)
    {
        _font = font;
        ResourceName = resourceName;
    }

    /// <summary>The name under /Font in every page's resources, e.g. <c>F1</c>.</summary>
    public string ResourceName { get; }

    /// <summary>The object number of the Type0 font; set by <see cref="Write"/>, reserved earlier by the painter.</summary>
    public int Reference { get; set; }

    /// <summary>
    /// Records the characters glyph <paramref name="index"/> of a run draws for the ToUnicode map; false when the map
    /// cannot say them — the glyph already stands for other characters (a box for a missing character, a form shared by
    /// two letters) — and the caller must mark them as /ActualText.
    /// </summary>
    public bool Claim(GlyphRun run, int index)
    {
        var characters = run.CharactersOf(index);
        var glyph = run.Glyphs[index];
        if (!_used.TryGetValue(glyph, out var known) || known.Length == 0)
        {
            _used[glyph] = characters;
            return !run.IsBox;
        }

        return !run.IsBox && (known == characters || characters.Length == 0);
    }

    /// <summary>
    /// Appends glyphs of a run as a hex string for <c>Tj</c> or <c>TJ</c>, remembering each glyph, with the characters it
    /// draws, for the font program and the ToUnicode map.
    /// </summary>
    public void Encode(StringBuilder sb, GlyphRun run, int from, int count)
    {
        const string hex = "0123456789ABCDEF";
        sb.Append('<');
        for (var i = from; i < from + count; i++)
        {
            var glyph = run.Glyphs[i];

            // The characters are worked out once per glyph, not per drawing: a page draws thousands of glyphs.
            if (!_used.TryGetValue(glyph, out var known) || known.Length == 0)
            {
                _used[glyph] = run.IsPlain ? run.Text[i].ToString() : run.CharactersOf(i);
            }

            sb.Append(hex[glyph >> 12]).Append(hex[(glyph >> 8) & 0xF]).Append(hex[(glyph >> 4) & 0xF]).Append(hex[glyph & 0xF]);
        }

        sb.Append('>');
    }

    /// <summary>Writes the font's objects; call after every page's content has been encoded.</summary>
    public void Write(PdfFileWriter file, string subsetTag)
    {
        // Glyphs are collected per character drawn (a hash lookup each); sorted once here, as /W and the CMap want them.
        var used = _used.OrderBy(u => u.Key).ToList();
        var metrics = _font.Metrics;
        double Scale(float units) => units * 1000.0 / metrics.UnitsPerEm;
        var name = "/" + subsetTag + "+" + _font.Name;

        // The program holds only the used glyphs, renumbered; content streams keep the font's own glyph numbers as CIDs,
        // and a CIDToGIDMap (two bytes a CID, deflated to a few hundred) maps them to the new ones.
        var renumbered = GlyphRenumberer.Renumber(_font.Data, _used.Keys, Embedded.Contains);
        var cidFont = file.Reserve();
        var descriptor = file.Reserve();
        var program = file.Reserve();
        var toUnicode = file.Reserve();
        var map = renumbered is null ? 0 : file.Reserve();

        file.Object(Reference, $"<</Type /Font /Subtype /Type0 /BaseFont {name} /Encoding /Identity-H /DescendantFonts [{cidFont} 0 R] /ToUnicode {toUnicode} 0 R>>");
        file.Object(cidFont, $"<</Type /Font /Subtype /CIDFontType2 /BaseFont {name} /CIDSystemInfo <</Registry (Adobe) /Ordering (Identity) /Supplement 0>> /CIDToGIDMap {(renumbered is null ? "/Identity" : map + " 0 R")} /FontDescriptor {descriptor} 0 R /DW 0 /W [{Widths(used, Scale)}]>>");
        file.Object(descriptor, "<</Type /FontDescriptor /FontName " + name + " /Flags 4"
            + $" /FontBBox [{PdfSyntax.Number(Scale(metrics.XMin))} {PdfSyntax.Number(Scale(metrics.YMin))} {PdfSyntax.Number(Scale(metrics.XMax))} {PdfSyntax.Number(Scale(metrics.YMax))}]"
            + $" /ItalicAngle 0 /Ascent {PdfSyntax.Number(Scale(metrics.TypoAscender))} /Descent {PdfSyntax.Number(Scale(metrics.TypoDescender))}"
            + $" /CapHeight {PdfSyntax.Number(Scale(metrics.CapHeight))} /StemV 0 /FontFile2 {program} 0 R>>");
        var subset = renumbered?.Font ?? GlyphSubsetter.Subset(_font.Data, _used.Keys);
        file.Stream(program, $" /Length1 {subset.Length}", subset);
        file.Stream(toUnicode, string.Empty, Encoding.ASCII.GetBytes(UnicodeMap(used)));
        if (renumbered is { NewNumbers: var numbers })
        {
            var last = used.Count == 0 ? 0 : used[^1].Key;
            var bytes = new byte[2 * (last + 1)];
            for (var cid = 0; cid <= last; cid++)
            {
                BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(2 * cid), numbers[cid]);
            }

            file.Stream(map, string.Empty, bytes);
        }
    }

    /// <summary>The /W array: each used glyph's advance in thousandths of an em, consecutive glyphs grouped.</summary>
    private string Widths(List<KeyValuePair<ushort, string>> used, Func<float, double> scale)
    {
        var sb = new StringBuilder();
        var last = -2;
        foreach (var (glyph, _) in used)
        {
            if (glyph != last + 1)
            {
                if (last >= 0)
                {
                    sb.Append("] ");
                }

                sb.Append(glyph).Append(" [");
            }
            else
            {
                sb.Append(' ');
            }

            sb.Append(PdfSyntax.Number(scale(_font.Advance(glyph))));
            last = glyph;
        }

        return last >= 0 ? sb.Append(']').ToString() : string.Empty;
    }

    /// <summary>A ToUnicode CMap (Adobe technical note 5411) with one bfchar line per used glyph, 100 to a block.</summary>
    private static string UnicodeMap(List<KeyValuePair<ushort, string>> used)
    {
        var sb = new StringBuilder()
            .Append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
            .Append("/CIDSystemInfo <</Registry (Adobe) /Ordering (UCS) /Supplement 0>> def\n")
            .Append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
            .Append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        foreach (var block in used.Where(u => u.Key != 0 && u.Value.Length > 0).Chunk(100))
        {
            sb.Append(block.Length).Append(" beginbfchar\n");
            foreach (var (glyph, c) in block)
            {
                sb.Append('<').Append(glyph.ToString("X4", CultureInfo.InvariantCulture)).Append("> <")
                  .Append(Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(c))).Append(">\n");
            }

            sb.Append("endbfchar\n");
        }

        return sb.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n").ToString();
    }
}
