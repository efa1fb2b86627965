using System.Buffers.Binary;

namespace Pace.Rendering.Text;

/// <summary>
/// One loaded OpenType font, TrueType or CFF outlines: its character → glyph map, glyph advances and metrics, read from the font's own tables
/// (cmap, hmtx, hhea, head, OS/2, maxp). No Skia here: measuring and the PDF painter never load Skia's native library,
/// which saves its start-up in `pace validate` and in PDF renders (docs/performance.md).
/// </summary>
internal sealed class Typeface
{
    private readonly ushort[] _bmp;
    private readonly IReadOnlyDictionary<int, ushort> _astral;
    private readonly ushort[] _advances;
    private readonly ushort[] _bmpAdvances;
    private HarfBuzzFont? _shaper;

    private Typeface(string name, byte[] data, byte[]? program, ushort[] bmp, IReadOnlyDictionary<int, ushort> astral, ushort[] advances, FaceMetrics metrics, CffFont? cff)
    {
        Name = name;
        HasCffOutlines = cff is not null;
        Cids = cff?.Cids;
        Data = data;
        Program = program;
        _bmp = bmp;
        _astral = astral;
        _advances = advances;
        Metrics = metrics;

        // The advance of each BMP character, looked up once here: measuring runs per character, many times a layout.
        _bmpAdvances = new ushort[bmp.Length];
        for (var c = 0; c < bmp.Length; c++)
        {
            _bmpAdvances[c] = bmp[c] == 0 ? (ushort)0 : advances[bmp[c]];
        }
    }

    /// <summary>A name for the font in a PDF or SVG: letters, digits and hyphens only, e.g. <c>Lato-Bold</c>.</summary>
    public string Name { get; }

    /// <summary>The font file as painters embed it or hand it to Skia: the OpenType layout tables dropped (<see cref="FontStripper"/>).</summary>
    public byte[] Data { get; }

    /// <summary>
    /// The font file whole, layout tables included, when text in this font is shaped with HarfBuzz (a font a chart
    /// names); <see langword="null"/> for the bundled fonts, which draw one glyph per character at its advance.
    /// </summary>
    public byte[]? Program { get; }

    /// <summary>Whether runs in this font are shaped (ligatures, contextual forms, marks, right-to-left).</summary>
    public bool Shapes => Program is not null;

    /// <summary>Whether the outlines are PostScript (a 'CFF ' table), not TrueType (glyf); painters embed those differently.</summary>
    public bool HasCffOutlines { get; }

    /// <summary>
    /// For a CID-keyed CFF font, the CID of each glyph (a PDF names its glyphs by CID); <see langword="null"/> when glyphs
    /// are named by their number (TrueType and name-keyed CFF).
    /// </summary>
    public IReadOnlyList<ushort>? Cids { get; }

    /// <summary>The whole-font metrics.</summary>
    public FaceMetrics Metrics { get; }

    /// <summary>Font units per em.</summary>
    public float UnitsPerEm => Metrics.UnitsPerEm;

    /// <summary>The number of glyphs.</summary>
    public int GlyphCount => _advances.Length;

    /// <summary>The glyph of a code point; 0 (.notdef) when the font lacks it.</summary>
    public ushort Glyph(int codePoint) =>
        codePoint is >= 0 and <= 0xFFFF ? _bmp[codePoint] : _astral.TryGetValue(codePoint, out var glyph) ? glyph : (ushort)0;

    /// <summary>Whether the font has a glyph for a code point.</summary>
    public bool Has(int codePoint) => Glyph(codePoint) != 0;

    /// <summary>The advance of a BMP character's glyph in font units; 0 when the font lacks it (or draws it with no advance).</summary>
    public int CharacterAdvance(char c) => _bmpAdvances[c];

    /// <summary>The advance of a glyph in font units.</summary>
    public int Advance(ushort glyph) => glyph < _advances.Length ? _advances[glyph] : 0;

    /// <summary>The HarfBuzz font that shapes runs in this face; created on first use.</summary>
    internal HarfBuzzFont Shaper => LazyInitializer.EnsureInitialized(ref _shaper, () => new HarfBuzzFont(Program ?? Data));

    /// <summary>Loads a font from its bytes.</summary>
    /// <param name="name">The name to give it (sanitised here).</param>
    /// <param name="bytes">The font file.</param>
    /// <param name="shaped">Whether its runs are shaped with HarfBuzz (fonts a chart names).</param>
    /// <exception cref="InvalidDataException">The bytes are no TrueType font this renderer can use; the message says why.</exception>
    public static Typeface Load(string name, byte[] bytes, bool shaped)
    {
        try
        {
            return Read(name, bytes, shaped);
        }
        catch (Exception e) when (e is ArgumentException or IndexOutOfRangeException or OverflowException)
        {
            // A table shorter than its own header says: the font is damaged, whichever read noticed it.
            throw new InvalidDataException("it is damaged", e);
        }
    }

    private static Typeface Read(string name, byte[] bytes, bool shaped)
    {
        if (FontCollection.Is(bytes))
        {
            throw new InvalidDataException("it is a font collection; name a .ttc or .otc file by that extension, with #N for face N");
        }

        var data = FontStripper.Strip(bytes);
        // Where the tables lie; only the few read here are copied (not the outlines, most of the file).
        var tables = (Sfnt.Directory(data) ?? throw new InvalidDataException("it is not a TrueType or OpenType font"))
            .GroupBy(t => t.Tag, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        byte[] Table(string tag, int minimum) =>
            tables.TryGetValue(tag, out var table) && table.Length >= minimum
                ? data.AsSpan(table.Offset, table.Length).ToArray()
                : throw new InvalidDataException($"it has no usable {tag.TrimEnd()} table");

        if (tables.ContainsKey("CFF2"))
        {
            throw new InvalidDataException("it has CFF2 (variable PostScript) outlines; name a static .otf or a .ttf build of the font");
        }

        var cff = tables.ContainsKey("glyf") && tables.ContainsKey("loca") ? null
            : tables.ContainsKey("CFF ") ? CffFont.Read(Table("CFF ", 4))
            : throw new InvalidDataException("it has no outlines (neither glyf nor CFF)");

        var cmap = Table("cmap", 4);
        var bmp = Cmap.ReadBmp(cmap) ?? throw new InvalidDataException("it has no Unicode character map (cmap format 4)");
        var astral = Cmap.ReadAstral(cmap);
        var hhea = Table("hhea", 36);
        var maxp = Table("maxp", 6);
        var glyphCount = BinaryPrimitives.ReadUInt16BigEndian(maxp.AsSpan(4, 2));
        if (cff is not null && cff.CharStrings.Count != glyphCount)
        {
            throw new InvalidDataException("its CFF table and maxp disagree on the number of glyphs");
        }

        var longMetrics = Math.Min(BinaryPrimitives.ReadUInt16BigEndian(hhea.AsSpan(34, 2)), glyphCount);
        var hmtx = Table("hmtx", 4 * Math.Max(1, (int)longMetrics));
        if (longMetrics == 0)
        {
            throw new InvalidDataException("it has no glyph advances (hhea)");
        }

        // Glyphs past the last long metric share its advance.
        var advances = new ushort[glyphCount];
        for (var g = 0; g < glyphCount; g++)
        {
            advances[g] = BinaryPrimitives.ReadUInt16BigEndian(hmtx.AsSpan(4 * Math.Min(g, longMetrics - 1), 2));
        }

        // A map pointing past the last glyph would make every painter draw garbage: such characters count as missing.
        for (var c = 0; c < bmp.Length; c++)
        {
            if (bmp[c] >= glyphCount)
            {
                bmp[c] = 0;
            }
        }

        var metrics = FaceMetrics.Read(Table("head", 54), Table("OS/2", 72));
        if (metrics.UnitsPerEm is < 16 or > 16384)
        {
            throw new InvalidDataException("its units per em are out of range");
        }

        return new Typeface(SafeName(name), data, shaped ? bytes : null, bmp, astral.Where(a => a.Value < glyphCount).ToDictionary(), advances, metrics, cff);
    }

    /// <summary>A PDF- and CSS-safe name: ASCII letters, digits and hyphens, at most 40 characters, never empty.</summary>
    private static string SafeName(string name)
    {
        var safe = new string([.. name.Where(c => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-').Take(40)]);
        return safe.Length > 0 ? safe : "Font";
    }
}
