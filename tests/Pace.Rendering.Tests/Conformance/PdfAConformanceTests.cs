using System.Buffers.Binary;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using UglyToad.PdfPig.Graphics.Operations.TextShowing;
using UglyToad.PdfPig.Graphics.Operations.TextState;
using Pace.Rendering.Painters.Pdf;
using UglyToad.PdfPig.Tokens;

namespace Pace.Rendering.Tests.Conformance;

/// <summary>
/// PDF/A-2b (ISO 19005-2, level B), clause by clause, for what Pace writes: each test names the clause it checks
/// (docs/rendering.md lists them). There is no veraPDF here; these read the file back with PdfPig and by hand.
/// </summary>
public sealed partial class PdfAConformanceTests
{
    private static IEnumerable<string> Examples => TestCharts.Examples;

    [TestCaseSource(nameof(Examples))]
    public void Clause_6_1_2_the_header_is_pdf_1_7_then_a_comment_of_four_high_bytes(string example)
    {
        var bytes = Render(example);
        Assert.Multiple(() =>
        {
            Assert.That(Encoding.ASCII.GetString(bytes, 0, 10), Is.EqualTo("%PDF-1.7\n%"));
            Assert.That(bytes.Skip(10).Take(4), Is.All.GreaterThan(127));
        });
    }

    [TestCaseSource(nameof(Examples))]
    public void Clause_6_1_3_the_trailer_has_an_id_from_the_content_and_nothing_follows_the_end(string example)
    {
        var first = Render(example);
        var again = Render(example);
        var other = Render(TestCharts.Examples.First(e => e != example));
        using var pdf = new PdfObjects(first);
        var id = pdf.Document.Structure.Trailer.Identifier;
        Assert.Multiple(() =>
        {
            Assert.That(id, Has.Count.EqualTo(2));
            Assert.That(id.Select(IdBytes), Is.All.Length.EqualTo(16));
            Assert.That(IdBytes(id[0]), Is.EqualTo(IdBytes(id[1])), "a new file: both halves alike");
            Assert.That(again, Is.EqualTo(first), "the same input, the same bytes, the same identifier");
            using var otherPdf = new PdfObjects(other);
            Assert.That(IdBytes(otherPdf.Document.Structure.Trailer.Identifier[0]), Is.Not.EqualTo(IdBytes(id[0])), "another chart, another identifier");
            Assert.That(pdf.Document.IsEncrypted, Is.False, "no /Encrypt");
            Assert.That(Encoding.ASCII.GetString(first[^6..]), Is.EqualTo("%%EOF\n"), "nothing after %%EOF but one end of line");
        });
    }

    [TestCaseSource(nameof(Examples))]
    public void Clauses_6_1_7_and_6_1_9_streams_and_objects_are_spelled_as_pdf_a_wants(string example)
    {
        var latin = Encoding.Latin1.GetString(Render(example));
        var streams = StreamObject().Matches(latin);
        Assert.Multiple(() =>
        {
            Assert.That(streams, Is.Not.Empty);
            foreach (Match stream in streams)
            {
                var dictionary = stream.Groups["dict"].Value;
                var length = int.Parse(LengthKey().Match(dictionary).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                var start = stream.Index + stream.Length;
                Assert.That(latin.AsSpan(start + length, 17).ToString(), Is.EqualTo("\nendstream\nendobj"), $"object {stream.Groups["n"].Value}: /Length is the data's length, endstream after an EOL");
                Assert.That(dictionary, Does.Not.Match(@"/(F|FFilter|FDecodeParms|DL)\b"), "6.1.7.1: no external stream keys");
                Assert.That(dictionary, Does.Not.Contain("LZW"), "6.1.7.2: no LZW");
                Assert.That(stream.Index == 0 || latin[stream.Index - 1] == '\n', Is.True, "6.1.9: an EOL before the object number");
            }
        });
    }

    [Test]
    public void Clause_6_1_13_info_strings_are_cut_below_32767_bytes_and_xmp_says_the_same()
    {
        var name = string.Concat(Enumerable.Repeat("Acmé ", 9000));
        var chart = TestCharts.Example("technical-wholesaler") with { Organization = name, Title = name };
        using var pdf = new PdfObjects(ChartRenderer.RenderPages(chart)[0]);
        var info = pdf.Dictionary(pdf.Document.Structure.Trailer.Info!)!;
        var xml = Xmp(pdf);
        XNamespace dc = "http://purl.org/dc/elements/1.1/";
        var title = pdf.Text(info, "Title")!;
        Assert.Multiple(() =>
        {
            Assert.That(PdfSyntax.StringBytes(pdf.Text(info, "Keywords")!), Is.LessThanOrEqualTo(PdfSyntax.MaxStringBytes));
            foreach (var value in new[] { title, pdf.Text(info, "Author")!, pdf.Text(info, "Subject")! })
            {
                Assert.That(2 + (2 * value.Length), Is.InRange(32000, 32766), "UTF-16 with its byte order mark, cut just short of the limit");
                Assert.That(value, Does.EndWith("\u2026"));
            }

            Assert.That(xml.Descendants(dc + "title").Single().Value, Is.EqualTo(title), "6.6.3: XMP in step");
            Assert.That(xml.Descendants(dc + "creator").Single().Value, Is.EqualTo(pdf.Text(info, "Author")));
        });
    }

    [TestCase("Acme \U0001F44D\U0001F3FD ")]
    [TestCase("Ac\u0301me ")]
    [TestCase("\U0001F468\u200D\U0001F469\u200D\U0001F467")]
    [TestCase("ab")]
    public void Clause_6_1_13_a_long_string_is_cut_between_whole_characters(string unit)
    {
        var original = string.Concat(Enumerable.Repeat(unit, 40001 / unit.Length));
        var value = PdfSyntax.Bounded(original);
        var kept = value[..^1];
        Assert.Multiple(() =>
        {
            Assert.That(PdfSyntax.StringBytes(value), Is.InRange(PdfSyntax.MaxStringBytes - 40, PdfSyntax.MaxStringBytes));
            Assert.That(value, Does.EndWith("\u2026"));
            Assert.That(original, Does.StartWith(kept));
            Assert.That(System.Globalization.StringInfo.ParseCombiningCharacters(original), Does.Contain(kept.Length), "the cut is where a character (grapheme cluster) begins");
        });
    }

    [Test]
    public void Clause_6_1_13_bounding_drops_what_xml_cannot_hold_and_keeps_short_text()
    {
        Assert.Multiple(() =>
        {
            Assert.That(PdfSyntax.Bounded("a\u0001b\uFFFEc\uD800d\tline\r\nbreak"), Is.EqualTo("abcd line  break"));
            Assert.That(PdfSyntax.Bounded("Van lead naar deal"), Is.EqualTo("Van lead naar deal"));
            Assert.That(PdfSyntax.Bounded(null), Is.Empty);
        });
    }

    [TestCaseSource(nameof(Examples))]
    public void Clause_6_1_13_no_name_integer_or_page_outside_the_limits(string example)
    {
        using var pdf = new PdfObjects(Render(example));
        Assert.Multiple(() =>
        {
            foreach (var (reference, token) in pdf.All())
            {
                foreach (var leaf in Leaves(token))
                {
                    if (leaf is NameToken n)
                    {
                        Assert.That(Encoding.UTF8.GetByteCount(n.Data), Is.LessThanOrEqualTo(127), $"object {reference.ObjectNumber}: name /{n.Data}");
                    }
                    else if (leaf is NumericToken { HasDecimalPlaces: false } i)
                    {
                        Assert.That(i.Long, Is.InRange(int.MinValue, int.MaxValue), $"object {reference.ObjectNumber}");
                    }
                }
            }

            foreach (var page in pdf.Document.GetPages())
            {
                Assert.That(page.Width, Is.InRange(3, 14400));
                Assert.That(page.Height, Is.InRange(3, 14400));
            }
        });
    }

    [TestCaseSource(nameof(Examples))]
    public void Clause_6_2_3_one_srgb_output_intent_with_an_rgb_display_profile(string example)
    {
        using var pdf = new PdfObjects(Render(example));
        var intents = pdf.Get<ArrayToken>(pdf.Catalog, "OutputIntents")!;
        var intent = pdf.Dictionary(intents[0])!;
        var profile = (StreamToken)pdf.Resolve(intent.Data["DestOutputProfile"]);
        var icc = PdfObjects.Data(profile);
        Assert.Multiple(() =>
        {
            Assert.That(intents.Length, Is.EqualTo(1));
            Assert.That(pdf.Name(intent, "Type"), Is.EqualTo("OutputIntent"));
            Assert.That(pdf.Name(intent, "S"), Is.EqualTo("GTS_PDFA1"));
            Assert.That(pdf.Text(intent, "OutputConditionIdentifier"), Is.EqualTo("sRGB IEC61966-2.1"));
            Assert.That(pdf.Number(profile.StreamDictionary, "N"), Is.EqualTo(3), "three components");
            Assert.That(BinaryPrimitives.ReadUInt32BigEndian(icc), Is.EqualTo(icc.Length), "the profile's own size field");
            Assert.That(Encoding.ASCII.GetString(icc, 36, 4), Is.EqualTo("acsp"), "an ICC profile");
            Assert.That(Encoding.ASCII.GetString(icc, 12, 4), Is.AnyOf("mntr", "prtr"), "an output or display profile");
            Assert.That(Encoding.ASCII.GetString(icc, 16, 4), Is.EqualTo("RGB "), "6.2.4.3: DeviceRGB needs an RGB intent");
            Assert.That(icc[8], Is.LessThan(5), "ICC version below 5");
        });
    }

    [TestCaseSource(nameof(Examples))]
    public void Clause_6_2_4_3_pages_paint_in_device_rgb_or_gray_only(string example)
    {
        using var pdf = new PdfObjects(Render(example));
        var operators = pdf.Document.GetPages().SelectMany(p => p.Operations).Select(o => o.Operator).ToHashSet();
        Assert.Multiple(() =>
        {
            Assert.That(operators, Does.Contain("rg"));
            Assert.That(operators, Has.None.AnyOf("k", "K", "cs", "CS", "sc", "SC", "scn", "SCN"), "no CMYK and no other colour space");
        });
    }

    [Test]
    public void Clause_6_2_8_an_image_and_its_mask_do_not_interpolate()
    {
        var folder = Path.Combine(Path.GetTempPath(), "pace-pdfa-logo-" + Environment.ProcessId);
        Directory.CreateDirectory(folder);
        try
        {
            using (var bitmap = new SkiaSharp.SKBitmap(new SkiaSharp.SKImageInfo(30, 10, SkiaSharp.SKColorType.Rgba8888, SkiaSharp.SKAlphaType.Unpremul)))
            {
                bitmap.Erase(new SkiaSharp.SKColor(10, 20, 30, 100));
                using var data = bitmap.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100);
                File.WriteAllBytes(Path.Combine(folder, "logo.png"), data.ToArray());
            }

            using var pdf = new PdfObjects(ChartRenderer.RenderPages(TestCharts.CheckedWithLogo("technical-wholesaler", folder))[0]);
            var images = pdf.All().Select(o => o.Token).OfType<StreamToken>().Where(s => pdf.Name(s.StreamDictionary, "Subtype") == "Image").ToList();
            Assert.Multiple(() =>
            {
                Assert.That(images, Has.Count.EqualTo(2), "the logo and its soft mask");
                foreach (var image in images)
                {
                    Assert.That(pdf.Get<BooleanToken>(image.StreamDictionary, "Interpolate")?.Data ?? false, Is.False);
                    Assert.That(image.StreamDictionary.ContainsKey(NameToken.Create("Alternates")) || image.StreamDictionary.ContainsKey(NameToken.Create("OPI")), Is.False);
                }
            });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void Clauses_6_2_5_6_2_10_graphics_states_only_set_opacity()
    {
        // The palette is opaque today; a translucent colour is what would bring a graphics state in.
        var page = new Layout.LayoutPage(200, 100, [new Layout.BoxElement(new Layout.Rect(10, 10, 50, 20), new Layout.Rgb(200, 0, 0, 128))]);
        using var output = new MemoryStream();
        Painters.PdfPainter.Write(new Layout.LayoutDocument([page], new Layout.DocumentInfo("t", "a", "s", "k", DateTimeOffset.UnixEpoch)), output, CancellationToken.None);
        using var pdf = new PdfObjects(output.ToArray());
        var states = pdf.All().Select(o => o.Token).OfType<DictionaryToken>().Where(d => pdf.Name(d, "Type") == "ExtGState").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(states, Has.Count.EqualTo(1));
            Assert.That(states[0].Data.Keys, Is.EquivalentTo(new[] { "Type", "ca", "CA" }), "no TR, TR2, HTP, SMask or blend mode");
        });
    }

    [TestCaseSource(nameof(Examples))]
    public void Clause_6_2_11_fonts_are_embedded_with_widths_the_program_agrees_with_and_never_draw_notdef(string example)
    {
        using var pdf = new PdfObjects(Render(example));
        var fonts = Fonts(pdf).ToList();
        Assert.That(fonts, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            foreach (var font in fonts)
            {
                Assert.That(font.Encoding, Is.EqualTo("Identity-H"), "6.2.11.3.1");
                Assert.That(font.Subtype, Is.EqualTo("CIDFontType2"));
                Assert.That(font.HasGidMap, Is.True, $"{font.Name}: 6.2.11.3.2, a CIDToGIDMap");
                Assert.That(font.Program, Is.Not.Null, $"{font.Name}: 6.2.11.4.1, the program embedded");
                foreach (var (cid, width) in font.Widths)
                {
                    var glyph = font.Gid(cid);
                    Assert.That(glyph, Is.LessThan(font.Program!.GlyphCount), $"{font.Name}: CID {cid} is in the program (6.2.11.4.1)");
                    Assert.That(width, Is.EqualTo(font.Program.Advance(glyph) * 1000.0 / font.Program.UnitsPerEm).Within(0.5), $"{font.Name}: width of CID {cid} (6.2.11.5)");
                }
            }

            // 6.2.11.8: no string a page shows names a code whose glyph is .notdef.
            foreach (var page in pdf.Document.GetPages())
            {
                PdfFont? current = null;
                foreach (var operation in page.Operations)
                {
                    if (operation is SetFontAndSize tf)
                    {
                        current = fonts.Single(f => f.Resource == tf.Font.Data);
                    }

                    byte[]? shown = operation switch
                    {
                        ShowText tj => tj.Bytes.ToArray(),
                        ShowTextsWithPositioning tj => [.. tj.Array.SelectMany(t => t is HexToken h ? h.Bytes.ToArray() : t is StringToken s ? s.GetBytes() : [])],
                        _ => null,
                    };
                    for (var i = 0; shown is not null && i + 1 < shown.Length; i += 2)
                    {
                        Assert.That(current!.Gid((shown[i] << 8) | shown[i + 1]), Is.Not.Zero, $"page {page.Number}: .notdef drawn");
                    }
                }
            }
        });
    }

    [TestCaseSource(nameof(Examples))]
    public void Clauses_6_6_2_and_6_6_4_xmp_metadata_claims_pdf_a_2b_with_the_schema_of_pdf_ua(string example)
    {
        using var pdf = new PdfObjects(Render(example));
        var stream = (StreamToken)pdf.Resolve(pdf.Catalog.Data["Metadata"]);
        var packet = Encoding.UTF8.GetString(PdfObjects.Data(stream));
        var xml = Xmp(pdf);
        XNamespace pdfaid = "http://www.aiim.org/pdfa/ns/id/";
        XNamespace schema = "http://www.aiim.org/pdfa/ns/schema#";
        Assert.Multiple(() =>
        {
            Assert.That(pdf.Name(stream.StreamDictionary, "Type"), Is.EqualTo("Metadata"));
            Assert.That(pdf.Name(stream.StreamDictionary, "Subtype"), Is.EqualTo("XML"));
            Assert.That(stream.StreamDictionary.ContainsKey(NameToken.Filter), Is.False, "left readable to tools that do not inflate");
            Assert.That(packet, Does.StartWith("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"), "no bytes or encoding attribute");
            Assert.That(packet, Does.EndWith("<?xpacket end=\"w\"?>"));
            Assert.That(xml.Descendants(pdfaid + "part").Single().Value, Is.EqualTo("2"));
            Assert.That(xml.Descendants(pdfaid + "conformance").Single().Value, Is.EqualTo("B"));
            Assert.That(xml.Descendants(schema + "namespaceURI").Select(e => e.Value), Does.Contain("http://www.aiim.org/pdfua/ns/id/"), "6.6.2.3: pdfuaid is not predefined, so it is described");
        });
    }

    [TestCaseSource(nameof(Examples))]
    public void Clause_6_6_3_info_and_xmp_say_the_same(string example)
    {
        using var pdf = new PdfObjects(Render(example));
        var info = pdf.Dictionary(pdf.Document.Structure.Trailer.Info!)!;
        var xml = Xmp(pdf);
        string Value(string ns, string name) => xml.Descendants(XNamespace.Get(ns) + name).Single().Value;
        const string dc = "http://purl.org/dc/elements/1.1/", xap = "http://ns.adobe.com/xap/1.0/", pdfNs = "http://ns.adobe.com/pdf/1.3/";
        Assert.Multiple(() =>
        {
            Assert.That(Value(dc, "title"), Is.EqualTo(pdf.Text(info, "Title")));
            Assert.That(Value(dc, "creator"), Is.EqualTo(pdf.Text(info, "Author")));
            Assert.That(Value(dc, "description"), Is.EqualTo(pdf.Text(info, "Subject")));
            Assert.That(Value(pdfNs, "Keywords"), Is.EqualTo(pdf.Text(info, "Keywords")));
            Assert.That(Value(pdfNs, "Producer"), Is.EqualTo(pdf.Text(info, "Producer")));
            Assert.That(Value(xap, "CreatorTool"), Is.EqualTo(pdf.Text(info, "Creator")));
            Assert.That(Instant(Value(xap, "CreateDate")), Is.EqualTo(PdfDate(pdf.Text(info, "CreationDate")!)));
            Assert.That(Instant(Value(xap, "ModifyDate")), Is.EqualTo(PdfDate(pdf.Text(info, "ModDate")!)));
        });
    }

    [TestCaseSource(nameof(Examples))]
    public void Clauses_6_1_to_6_10_no_forbidden_key_anywhere(string example)
    {
        using var pdf = new PdfObjects(Render(example));
        string[] forbidden = ["JavaScript", "JS", "AA", "OpenAction", "Launch", "Encrypt", "EmbeddedFiles", "AF", "OCProperties", "XFA", "AcroForm", "NeedsRendering", "Alternates", "OPI", "PS", "Ref", "TR", "TR2", "HTP", "Interpolate"];
        Assert.Multiple(() =>
        {
            foreach (var (reference, token) in pdf.All())
            {
                foreach (var key in Keys(token))
                {
                    Assert.That(forbidden, Does.Not.Contain(key), $"object {reference.ObjectNumber}");
                }
            }
        });
    }

    private static byte[] Render(string example) => ChartRenderer.RenderPages(TestCharts.Example(example))[0];

    /// <summary>
    /// The XMP packet, read as UTF-8 (XML's default when, as PDF/A wants, the packet declares no encoding; PdfPig's own
    /// reader takes it for Latin-1).
    /// </summary>
    internal static XDocument Xmp(PdfObjects pdf) =>
        XDocument.Parse(Encoding.UTF8.GetString(PdfObjects.Data((StreamToken)pdf.Resolve(pdf.Catalog.Data["Metadata"]))));

    private static byte[] IdBytes(IToken token) => token switch
    {
        HexToken h => [.. h.Bytes],
        StringToken s => s.GetBytes(),
        _ => [],
    };

    private static DateTimeOffset Instant(string xmp) => DateTimeOffset.Parse(xmp, System.Globalization.CultureInfo.InvariantCulture);

    private static DateTimeOffset PdfDate(string pdf) =>
        DateTimeOffset.ParseExact(pdf[2..16] + pdf[16..].Replace("'", string.Empty, StringComparison.Ordinal), "yyyyMMddHHmmsszzz", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Every token inside a token, depth first (a stream's dictionary, not its data).</summary>
    private static IEnumerable<IToken> Leaves(IToken token) => token switch
    {
        DictionaryToken d => d.Data.Keys.Select(k => (IToken)NameToken.Create(k)).Concat(d.Data.Values.SelectMany(Leaves)),
        ArrayToken a => a.Data.SelectMany(Leaves),
        StreamToken s => Leaves(s.StreamDictionary),
        _ => [token],
    };

    /// <summary>Every dictionary key inside a token.</summary>
    private static IEnumerable<string> Keys(IToken token) => token switch
    {
        DictionaryToken d => d.Data.Keys.Concat(d.Data.Values.SelectMany(Keys)),
        ArrayToken a => a.Data.SelectMany(Keys),
        StreamToken s => Keys(s.StreamDictionary),
        _ => [],
    };

    private static IEnumerable<PdfFont> Fonts(PdfObjects pdf)
    {
        var resources = pdf.Dictionary(pdf.Document.GetPage(1).Dictionary.Data["Resources"])!;
        var fonts = pdf.Get<DictionaryToken>(resources, "Font")!;
        foreach (var (resource, reference) in fonts.Data)
        {
            var type0 = pdf.Dictionary(reference)!;
            var cid = pdf.Dictionary(pdf.Get<ArrayToken>(type0, "DescendantFonts")![0])!;
            var descriptor = pdf.Get<DictionaryToken>(cid, "FontDescriptor")!;
            var program = pdf.Get<StreamToken>(descriptor, "FontFile2");
            var hasMap = cid.TryGet(NameToken.Create("CIDToGIDMap"), out var gidMap);
            var map = hasMap && pdf.Resolve(gidMap!) is StreamToken s ? PdfObjects.Data(s) : null;
            yield return new PdfFont(resource, pdf.Name(type0, "BaseFont")!, pdf.Name(type0, "Encoding")!, pdf.Name(cid, "Subtype")!,
                program is null ? null : new FontProgram(PdfObjects.Data(program)), hasMap, map, Widths(pdf, pdf.Get<ArrayToken>(cid, "W")!));
        }
    }

    /// <summary>The /W array as CID → width: <c>c [w1 w2 …]</c> and <c>cfirst clast w</c> runs.</summary>
    private static Dictionary<int, double> Widths(PdfObjects pdf, ArrayToken w)
    {
        var widths = new Dictionary<int, double>();
        for (var i = 0; i < w.Length;)
        {
            var first = ((NumericToken)w[i]).Int;
            if (pdf.Resolve(w[i + 1]) is ArrayToken run)
            {
                for (var k = 0; k < run.Length; k++)
                {
                    widths[first + k] = ((NumericToken)run[k]).Double;
                }

                i += 2;
            }
            else
            {
                for (var c = first; c <= ((NumericToken)w[i + 1]).Int; c++)
                {
                    widths[c] = ((NumericToken)w[i + 2]).Double;
                }

                i += 3;
            }
        }

        return widths;
    }

    private sealed record PdfFont(string Resource, string Name, string Encoding, string Subtype, FontProgram? Program, bool HasGidMap, byte[]? Map, Dictionary<int, double> Widths)
    {
        /// <summary>The glyph a CID draws: through the CIDToGIDMap stream, or the CID itself for /Identity.</summary>
        public int Gid(int cid) => Map is null ? cid : 2 * cid + 1 < Map.Length ? (Map[2 * cid] << 8) | Map[(2 * cid) + 1] : 0;
    }

    [GeneratedRegex(@"(?<n>\d+) 0 obj\n<<(?<dict>(?:(?!>>\nstream\n).)*)>>\nstream\n", RegexOptions.Singleline)]
    private static partial Regex StreamObject();

    [GeneratedRegex(@"/Length (\d+)")]
    private static partial Regex LengthKey();
}
