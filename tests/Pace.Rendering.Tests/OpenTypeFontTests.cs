using System.Buffers.Binary;
using System.Globalization;
using Pace.Rendering.Rules;
using Pace.Validation;
using SkiaSharp;

namespace Pace.Rendering.Tests;

/// <summary>
/// Fonts a chart names beyond TrueType: OpenType with CFF outlines, name-keyed (Arabic) and CID-keyed (Japanese, each
/// glyph's CID its number + 100, so a reader that took CIDs for glyph numbers would draw nothing), and a face of a .ttc
/// collection (Bold as face 0, Regular as face 1). The CFF fonts are the TrueType test fonts with the same outlines
/// converted (tools/make-cff-test-fonts.py), so every picture of the CFF chart must match the TrueType one.
/// </summary>
public sealed class OpenTypeFontTests
{
    private const string ArabicText = "رضا العملاء";
    private const string JapaneseText = "顧客満足度と注文処理";

    private static readonly CheckOptions Options = CheckOptions.Default with { Validator = ChartValidator.Default.With(new GlyphCoverageRule()) };

    private string _folder = null!;

    private static string Fonts => Path.Combine(TestContext.CurrentContext.TestDirectory, "Multilingual", "fonts");

    [SetUp]
    public void CopyFonts()
    {
        _folder = Directory.CreateTempSubdirectory("pace-otf-").FullName;
        Directory.CreateDirectory(Path.Combine(_folder, "fonts"));
        foreach (var file in Directory.GetFiles(Fonts))
        {
            File.Copy(file, Path.Combine(_folder, "fonts", Path.GetFileName(file)));
        }
    }

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_folder, recursive: true);

    /// <summary>The CFF fonts and the collection, as a chart names them.</summary>
    internal const string CffFonts = "    - {regular: fonts/NotoSansArabic-Regular-cff.otf, bold: fonts/NotoSansArabic.ttc}\n    - {regular: fonts/NotoSansJP-Regular-cid.otf}\n";

    /// <summary>The same outlines as TrueType fonts.</summary>
    private const string TrueTypeFonts = "    - {regular: fonts/NotoSansArabic-Regular.ttf, bold: fonts/NotoSansArabic-Bold.ttf}\n    - {regular: fonts/NotoSansJP-Regular.ttf}\n";

    /// <summary>Checks a chart in the temporary folder with Arabic (regular and bold) and Japanese text in the fonts given.</summary>
    internal static CheckResult Check(string folder, string fonts, string name = "a")
    {
        var path = Path.Combine(folder, name + ".pace.yaml");
        File.WriteAllText(path, "pace: 1\norganization: " + ArabicText + "\ntitle: " + JapaneseText + "\ndate: 2026-11-16\n"
            + "people:\n  - {id: ana, name: Ana, role: " + ArabicText + "}\njourney: [" + ArabicText + ", " + JapaneseText + "]\n"
            + "processes:\n  - name: " + ArabicText + "\n    input: متوسط الطلب\n    outcome: " + JapaneseText + "\n    owner: ana\n"
            + "    kpis:\n      - {name: " + JapaneseText + ", unit: \"%\", target: 85, cadence: month, timing: lagging, focus: output}\n"
            + (fonts.Length > 0 ? "theme:\n  fonts:\n" + fonts : string.Empty));
        return new ChartChecker(Options).CheckFile(path);
    }

    private string Pdf(string fonts, string name)
    {
        var check = Check(_folder, fonts, name);
        Assert.That(check.Diagnostics.Where(d => d.Code == "PACE022"), fonts.Length > 0 ? Is.Empty : Is.Not.Empty, "every character has a font that loads, unless none is named");
        var path = Path.Combine(_folder, name + ".pdf");
        File.WriteAllBytes(path, ChartRenderer.RenderPages(check)[0]);
        return path;
    }

    [Test]
    public void Pdffonts_lists_each_cff_font_and_the_collection_face_embedded_as_a_subset()
    {
        var (code, output) = PdfOutputTests.Run("pdffonts", Pdf(CffFonts, "cff"));
        var lines = output.Split('\n').Where(l => l.Contains('+', StringComparison.Ordinal)).ToList();
        string Line(string font) => lines.Single(l => l.Contains("+" + font + " ", StringComparison.Ordinal));

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.Zero, output);
            Assert.That(Line("NotoSansArabic-Regular-cff"), Does.Contain("CID Type 0C").And.Contain("yes yes yes"), output);
            Assert.That(Line("NotoSansJP-Regular-cid"), Does.Contain("CID Type 0C").And.Contain("yes yes yes"), output);
            Assert.That(Line("NotoSansArabic-0"), Does.Contain("CID TrueType").And.Contain("yes yes yes"), "bold: takes the bold face, #0, of the collection");
        });
    }

    [Test]
    public void Pdftotext_gives_the_arabic_and_japanese_text_back_and_qpdf_finds_no_fault()
    {
        var pdf = Pdf(CffFonts, "cff");
        var text = PdfOutputTests.PdfToText(File.ReadAllBytes(pdf));
        var (code, check) = PdfOutputTests.Run("qpdf", "--check", pdf);

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain(JapaneseText).And.Contain(ArabicText).And.Contain("متوسط الطلب"));
            Assert.That(code, Is.Zero, check);
            Assert.That(check, Does.Contain("No syntax or stream encoding errors"));
        });
    }

    [Test]
    public void Two_characters_drawn_with_one_glyph_of_a_cff_font_both_extract()
    {
        // The test font's cmap given 処 the glyph of と, as a Latin font gives '-' and U+2010 one glyph: a CFF font has no
        // code left for the second character, so it must be drawn with /ActualText or it extracts as the first.
        var path = Path.Combine(_folder, "fonts", "NotoSansJP-Regular-cid.otf");
        var font = File.ReadAllBytes(path);
        ShareGlyph(font, '処', '\u3068');
        File.WriteAllBytes(path, font);
        var japanese = Text.Typeface.Load("jp", font, shaped: true);
        Assert.That(japanese.Glyph('処'), Is.EqualTo(japanese.Glyph('\u3068')), "the two characters share a glyph");

        var text = PdfOutputTests.PdfToText(File.ReadAllBytes(Pdf(CffFonts, "shared")));

        Assert.That(text, Does.Contain(JapaneseText));
    }

    /// <summary>Points a character's one-character segment of a format-4 cmap at another character's glyph.</summary>
    private static void ShareGlyph(byte[] font, char character, char glyphOf)
    {
        var cmap = Text.Sfnt.Directory(font)!.Single(t => t.Tag == "cmap").Offset;
        var subtables = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(cmap + 2));
        for (var i = 0; i < subtables; i++)
        {
            var at = cmap + (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(cmap + 4 + (8 * i) + 4));
            if (BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(at)) != 4)
            {
                continue;
            }

            var segments = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(at + 6)) / 2;
            int Field(int array, int segment) => at + 14 + (array * 2 * segments) + (array > 0 ? 2 : 0) + (2 * segment);
            int Start(int segment) => BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(Field(1, segment)));
            int Delta(int segment) => BinaryPrimitives.ReadInt16BigEndian(font.AsSpan(Field(2, segment)));
            var target = Enumerable.Range(0, segments).Single(s => Start(s) == character);
            var source = Enumerable.Range(0, segments).Single(s => Start(s) == glyphOf);
            var glyph = (glyphOf + Delta(source)) & 0xFFFF;
            BinaryPrimitives.WriteInt16BigEndian(font.AsSpan(Field(2, target)), (short)(glyph - character));
        }
    }

    [Test]
    public void MuPDF_draws_the_cid_keyed_font_by_cid_and_the_name_keyed_one_by_glyph_number()
    {
        var (code, trace) = PdfOutputTests.Run("mutool", "draw", "-F", "trace", "-o", "-", Pdf(CffFonts, "cff"), "1");
        var japanese = Text.Typeface.Load("jp", File.ReadAllBytes(Path.Combine(Fonts, "NotoSansJP-Regular-cid.otf")), shaped: true);
        var expected = "<g unicode=\"顧\" glyph=\"" + japanese.Cids![japanese.Glyph('顧')].ToString(CultureInfo.InvariantCulture) + "\"";

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.Zero, trace);
            Assert.That(japanese.Cids[japanese.Glyph('顧')], Is.EqualTo(japanese.Glyph('顧') + 100), "the test font's CIDs are not its glyph numbers");
            Assert.That(trace, Does.Contain(expected));
        });
    }

    /// <summary>
    /// Poppler, MuPDF and Ghostscript each draw the CFF chart as they draw the TrueType one: far fewer pixels differ
    /// between the two than between the TrueType one and the chart with no fonts named (boxes where the text was).
    /// </summary>
    [TestCase("pdftoppm")]
    [TestCase("mutool")]
    [TestCase("gs")]
    public void Each_pdf_reader_draws_the_cff_chart_as_it_draws_the_truetype_one(string reader)
    {
        var trueType = Draw(reader, Pdf(TrueTypeFonts, "ttf"));
        var cff = Draw(reader, Pdf(CffFonts, "cff"));
        var none = Draw(reader, Pdf(string.Empty, "none"));
        var (sameOutlines, noFont) = (Differing(trueType, cff), Differing(trueType, none));

        Assert.Multiple(() =>
        {
            Assert.That(noFont, Is.GreaterThan(500), "the script text is a visible part of the page");
            Assert.That(sameOutlines, Is.LessThan(noFont / 5), $"{reader}: {sameOutlines} pixels differ from the TrueType chart, {noFont} without fonts");
        });
    }

    [Test]
    public void The_png_draws_the_cff_fonts_as_the_truetype_ones()
    {
        static byte[] Png(CheckResult check) => ChartRenderer.RenderPages(check, RenderOptions.Default with { Format = OutputFormat.Png, PngDpi = 72 })[0];
        using var trueType = SKBitmap.Decode(Png(Check(_folder, TrueTypeFonts, "ttf")));
        using var cff = SKBitmap.Decode(Png(Check(_folder, CffFonts, "cff")));
        using var none = SKBitmap.Decode(Png(Check(_folder, string.Empty, "none")));
        byte[] Gray(SKBitmap bitmap) => [.. bitmap.Pixels.Select(p => (byte)((p.Red + p.Green + p.Blue) / 3))];
        var (sameOutlines, noFont) = (Differing(Gray(trueType), Gray(cff)), Differing(Gray(trueType), Gray(none)));

        Assert.Multiple(() =>
        {
            Assert.That(noFont, Is.GreaterThan(500));
            Assert.That(sameOutlines, Is.LessThan(noFont / 5), $"{sameOutlines} pixels differ from the TrueType chart, {noFont} without fonts");
        });
    }

    /// <summary>
    /// The SVG writes plain runs (the Japanese) as text in an embedded font, here the CFF one as an OpenType data URI
    /// (unused charstrings emptied, as in the PDF); shaped runs (the Arabic) as their glyphs' outlines, which Skia reads from the CFF.
    /// </summary>
    [Test]
    public void The_svg_embeds_the_cff_font_as_an_opentype_data_uri_and_draws_shaped_cff_runs_as_outlines()
    {
        var svg = System.Text.Encoding.UTF8.GetString(ChartRenderer.RenderPages(Check(_folder, CffFonts), RenderOptions.Default with { Format = OutputFormat.Svg })[0]);
        var fonts = System.Text.RegularExpressions.Regex.Matches(svg, "data:font/otf;base64,([A-Za-z0-9+/=]+)\\) format\\(\"opentype\"\\)").Select(m => Convert.FromBase64String(m.Groups[1].Value)).ToList();
        var japanese = File.ReadAllBytes(Path.Combine(Fonts, "NotoSansJP-Regular-cid.otf"));
        var arabic = System.Text.RegularExpressions.Regex.Match(svg, "<path role=\"img\" aria-label=\"" + ArabicText + "\"[^>]* d=\"([^\"]*)\"");

        Assert.Multiple(() =>
        {
            Assert.That(fonts, Has.Count.EqualTo(1), "the Japanese CFF font");
            Assert.That(fonts.Select(f => Text.Typeface.Load("f", f, shaped: false).Glyph('注')), Has.All.EqualTo(Text.Typeface.Load("j", japanese, shaped: false).Glyph('注')), "loads again, glyphs unchanged");
            Assert.That(fonts.Select(f => Text.Typeface.Load("f", f, shaped: false).Cids), Has.All.Not.Null, "still CID-keyed");
            Assert.That(arabic.Success, Is.True, "the Arabic is drawn as outlines labelled with its text");
            Assert.That(arabic.Groups[1].Value, Does.Contain("C").Or.Contain("Q"), "with curves: the CFF outlines");
        });
    }

    [Test]
    public void A_face_of_a_collection_is_chosen_by_number_after_a_hash()
    {
        var check = Check(_folder, "    - {regular: \"fonts/NotoSansArabic.ttc#1\", bold: \"fonts/NotoSansArabic.ttc#0\"}\n    - {regular: fonts/NotoSansJP-Regular.ttf}\n");
        var path = Path.Combine(_folder, "n.pdf");
        File.WriteAllBytes(path, ChartRenderer.RenderPages(check)[0]);
        var (_, output) = PdfOutputTests.Run("pdffonts", path);

        Assert.Multiple(() =>
        {
            Assert.That(check.Diagnostics.Where(d => d.Code == "PACE022"), Is.Empty);
            Assert.That(output, Does.Contain("+NotoSansArabic-1 ").And.Contain("+NotoSansArabic-0 "));
        });
    }

    [Test]
    public void A_font_file_named_as_regular_and_as_bold_is_embedded_once()
    {
        var check = Check(_folder, "    - {regular: fonts/NotoSansArabic-Regular.ttf, bold: fonts/NotoSansArabic-Regular.ttf}\n    - {regular: fonts/NotoSansJP-Regular.ttf}\n");
        var path = Path.Combine(_folder, "once.pdf");
        File.WriteAllBytes(path, ChartRenderer.RenderPages(check)[0]);
        var (_, output) = PdfOutputTests.Run("pdffonts", path);

        Assert.That(output.Split('\n').Count(l => l.Contains("+NotoSansArabic-Regular ", StringComparison.Ordinal)), Is.EqualTo(1), output);
    }

    private static byte[] Draw(string reader, string pdf)
    {
        var image = pdf + "." + reader + ".pgm";
        var (code, output) = reader switch
        {
            "pdftoppm" => PdfOutputTests.Run("pdftoppm", "-gray", "-r", "72", "-f", "1", "-l", "1", "-singlefile", pdf, image[..^4]),
            "mutool" => PdfOutputTests.Run("mutool", "draw", "-q", "-r", "72", "-c", "gray", "-o", image, pdf, "1"),
            _ => PdfOutputTests.Run("gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pgmraw", "-r72", "-dFirstPage=1", "-dLastPage=1", "-sOutputFile=" + image, pdf),
        };
        Assert.That(code, Is.Zero, output);
        return Pixels(File.ReadAllBytes(image));
    }

    /// <summary>The pixels of a binary PGM (P5, 8 bits): after three header numbers and one whitespace byte.</summary>
    private static byte[] Pixels(byte[] pgm)
    {
        var (at, numbers) = (2, 0);
        while (numbers < 3)
        {
            while (char.IsWhiteSpace((char)pgm[at]))
            {
                at++;
            }

            while (char.IsAsciiDigit((char)pgm[at]))
            {
                at++;
            }

            numbers++;
        }

        return pgm[(at + 1)..];
    }

    /// <summary>How many pixels differ by more than a quarter of the grey scale; every pixel of a size mismatch counts.</summary>
    private static int Differing(byte[] a, byte[] b) =>
        a.Zip(b).Count(p => Math.Abs(p.First - p.Second) > 64) + Math.Abs(a.Length - b.Length);
}
