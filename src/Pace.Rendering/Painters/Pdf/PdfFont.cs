using System.Globalization;
using System.Text;
using Pace.Rendering.Layout;

namespace Pace.Rendering.Painters.Pdf;

/// <summary>
/// One embedded face as a composite font (ISO 32000-1 §9.7): Type0 with Identity-H encoding, so a content stream
/// names glyphs by their two-byte glyph number; a CIDFontType2 with the advance of every glyph used; the TrueType
/// program with only those glyphs' outlines (<see cref="GlyphSubsetter"/>); and a ToUnicode map, so the text can be
/// selected, searched and read aloud.
/// </summary>
internal sealed class PdfFont
{
    private readonly FontFace _face;
    private readonly Dictionary<ushort, char> _used = [];

    /// <summary>A face, with the resource name content streams use for it.</summary>
    public PdfFont(FontFace face, string resourceName)
    {
        _face = face;
        ResourceName = resourceName;
    }

    /// <summary>The name under /Font in every page's resources, e.g. <c>F1</c>.</summary>
    public string ResourceName { get; }

    /// <summary>The object number of the Type0 font; set by <see cref="Write"/>, reserved earlier by the painter.</summary>
    public int Reference { get; set; }

    /// <summary>Appends the glyph numbers of a text as a hex string for <c>Tj</c>, remembering each glyph for the font program.</summary>
    public void Encode(StringBuilder sb, string text)
    {
        const string hex = "0123456789ABCDEF";
        sb.Append('<');
        foreach (var c in text)
        {
            var glyph = Fonts.Glyph(c, _face);
            _used.TryAdd(glyph, c);
            sb.Append(hex[glyph >> 12]).Append(hex[(glyph >> 8) & 0xF]).Append(hex[(glyph >> 4) & 0xF]).Append(hex[glyph & 0xF]);
        }

        sb.Append('>');
    }

    /// <summary>Writes the font's objects; call after every page's content has been encoded.</summary>
    public void Write(PdfFileWriter file, string subsetTag)
    {
        // Glyphs are collected per character drawn (a hash lookup each); sorted once here, as /W and the CMap want them.
        var used = _used.OrderBy(u => u.Key).ToList();
        var metrics = Fonts.Metrics(_face);
        double Scale(float units) => units * 1000.0 / metrics.UnitsPerEm;
        var name = "/" + subsetTag + "+" + Fonts.Name(_face);

        var cidFont = file.Reserve();
        var descriptor = file.Reserve();
        var program = file.Reserve();
        var toUnicode = file.Reserve();

        file.Object(Reference, $"<</Type /Font /Subtype /Type0 /BaseFont {name} /Encoding /Identity-H /DescendantFonts [{cidFont} 0 R] /ToUnicode {toUnicode} 0 R>>");
        file.Object(cidFont, $"<</Type /Font /Subtype /CIDFontType2 /BaseFont {name} /CIDSystemInfo <</Registry (Adobe) /Ordering (Identity) /Supplement 0>> /CIDToGIDMap /Identity /FontDescriptor {descriptor} 0 R /DW 0 /W [{Widths(used, Scale)}]>>");
        file.Object(descriptor, "<</Type /FontDescriptor /FontName " + name + " /Flags 4"
            + $" /FontBBox [{PdfSyntax.Number(Scale(metrics.XMin))} {PdfSyntax.Number(Scale(metrics.YMin))} {PdfSyntax.Number(Scale(metrics.XMax))} {PdfSyntax.Number(Scale(metrics.YMax))}]"
            + $" /ItalicAngle 0 /Ascent {PdfSyntax.Number(Scale(metrics.TypoAscender))} /Descent {PdfSyntax.Number(Scale(metrics.TypoDescender))}"
            + $" /CapHeight {PdfSyntax.Number(Scale(metrics.CapHeight))} /StemV 0 /FontFile2 {program} 0 R>>");
        var subset = GlyphSubsetter.Subset(Fonts.Data(_face), _used.Keys);
        file.Stream(program, $" /Length1 {subset.Length}", subset);
        file.Stream(toUnicode, string.Empty, Encoding.ASCII.GetBytes(UnicodeMap(used)));
    }

    /// <summary>The /W array: each used glyph's advance in thousandths of an em, consecutive glyphs grouped.</summary>
    private string Widths(List<KeyValuePair<ushort, char>> used, Func<float, double> scale)
    {
        var sb = new StringBuilder();
        var last = -2;
        foreach (var (glyph, c) in used)
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

            sb.Append(PdfSyntax.Number(scale(Fonts.Advance(c, _face))));
            last = glyph;
        }

        return last >= 0 ? sb.Append(']').ToString() : string.Empty;
    }

    /// <summary>A ToUnicode CMap (Adobe technical note 5411) with one bfchar line per used glyph, 100 to a block.</summary>
    private static string UnicodeMap(List<KeyValuePair<ushort, char>> used)
    {
        var sb = new StringBuilder()
            .Append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
            .Append("/CIDSystemInfo <</Registry (Adobe) /Ordering (UCS) /Supplement 0>> def\n")
            .Append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
            .Append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        foreach (var block in used.Where(u => u.Key != 0).Chunk(100))
        {
            sb.Append(block.Length).Append(" beginbfchar\n");
            foreach (var (glyph, c) in block)
            {
                sb.Append('<').Append(glyph.ToString("X4", CultureInfo.InvariantCulture)).Append("> <")
                  .Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append(">\n");
            }

            sb.Append("endbfchar\n");
        }

        return sb.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n").ToString();
    }
}
