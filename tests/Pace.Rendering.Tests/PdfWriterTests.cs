using System.Text;
using Pace.Rendering.Layout;
using Pace.Rendering.Painters;
using Pace.Rendering.Painters.Pdf;
using Pace.Rendering.Text;
using UglyToad.PdfPig;

namespace Pace.Rendering.Tests;

/// <summary>
/// Pace writes its PDFs itself (Painters/Pdf): text lands exactly where the layout put it, translucent colours and the
/// logo come through, and values are spelled the same way every time.
/// </summary>
public sealed class PdfWriterTests
{
    [TestCaseSource(typeof(TestCharts), nameof(TestCharts.Examples))]
    public void Every_line_of_text_starts_where_the_layout_put_it(string example)
    {
        var document = ChartRenderer.Lay(TestCharts.Example(example), RenderOptions.Default, CancellationToken.None);
        using var output = new MemoryStream();
        PdfPainter.Write(document, output, CancellationToken.None);
        using var pdf = PdfDocument.Open(output.ToArray());
        Assert.Multiple(() =>
        {
            for (var i = 0; i < document.Pages.Count; i++)
            {
                var page = document.Pages[i];
                var letters = pdf.GetPage(i + 1).Letters;
                var texts = page.Texts.Where(t => t.Text.Length > 0 && t.Text[0] != ' ').ToList();
                Assert.That(letters, Has.Count.EqualTo(page.Texts.Sum(t => t.Text.Length)), $"page {i + 1}: one glyph per character");
                foreach (var text in texts)
                {
                    // PDF y grows upwards from the page's bottom; the layout's grows downwards from its top.
                    var first = letters.FirstOrDefault(l => Math.Abs(l.StartBaseLine.X - text.X) < 0.01 && Math.Abs((page.Height - l.StartBaseLine.Y) - text.Baseline) < 0.01);
                    Assert.That(first?.Value, Is.EqualTo(text.Text[..1]), $"page {i + 1}: '{text.Text}' at ({text.X}, {text.Baseline})");
                    Assert.That(first?.PointSize, Is.EqualTo(text.Size).Within(0.01), $"page {i + 1}: size of '{text.Text}'");
                }
            }
        });
    }

    [Test]
    public void The_last_glyph_of_a_line_ends_at_the_measured_width()
    {
        var document = ChartRenderer.Lay(TestCharts.Example("acme-software"), RenderOptions.Default, CancellationToken.None);
        using var output = new MemoryStream();
        PdfPainter.Write(document, output, CancellationToken.None);
        using var pdf = PdfDocument.Open(output.ToArray());
        var page = document.Pages[0];
        var text = page.Texts.First(t => t.Text == "Acme Software B.V.");
        var letters = pdf.GetPage(1).Letters.Where(l => Math.Abs((page.Height - l.StartBaseLine.Y) - text.Baseline) < 0.01).ToList();
        Assert.That(letters[^1].EndBaseLine.X, Is.EqualTo(text.X + Fonts.Measure(text.Text, text.Face, text.Size)).Within(0.01));
    }

    [Test]
    public void A_box_filled_and_stroked_is_its_inset_outline_painted_once()
    {
        var opaque = Operators(new BoxElement(new Rect(10, 10, 50, 20), new Rgb(255, 0, 0), new Rgb(0, 0, 255), StrokeWidth: 1, Radius: 4));
        var translucent = Operators(new BoxElement(new Rect(10, 10, 50, 20), new Rgb(255, 0, 0, 128), new Rgb(0, 0, 255), StrokeWidth: 1, Radius: 4));
        Assert.Multiple(() =>
        {
            // Inset by half the stroke: the outline starts at x + 0.5 + (4 − 0.5), y + 0.5.
            Assert.That(Count(opaque, " m\n"), Is.EqualTo(1), opaque);
            Assert.That(opaque, Does.Contain("14 10.5 m\n").And.Contain("\nB\n").And.Not.Contain("\nf\n").And.Not.Contain("\nS\n"));
            Assert.That(Count(translucent, " m\n"), Is.EqualTo(2), "a translucent fill under its stroke is two paths: " + translucent);
            Assert.That(translucent, Does.Contain("14 10 m\n").And.Contain("14 10.5 m\n").And.Contain("\nf\n").And.Contain("\nS\n"));
        });
    }

    [Test]
    public void A_colour_width_or_font_already_in_force_is_not_set_again()
    {
        var grey = new Rgb(100, 100, 100);
        var text = new TextElement("Pace", 10, 50, FontFace.Regular, 9, grey, new Rect(10, 40, 30, 12), new Rect(10, 40, 30, 12));
        var content = Operators(
            new LineElement(new Point(0, 0), new Point(10, 0), grey, 0.75f),
            new LineElement(new Point(0, 5), new Point(10, 5), grey, 0.75f),
            new BoxElement(new Rect(0, 10, 5, 5), grey, null, 0),
            new BoxElement(new Rect(6, 10, 5, 5), grey, null, 0),
            text,
            text with { Baseline = 60 },
            new BoxElement(new Rect(0, 20, 5, 5), new Rgb(0, 0, 200, 128), null, 0),
            new BoxElement(new Rect(6, 20, 5, 5), new Rgb(0, 0, 200), null, 0));
        Assert.Multiple(() =>
        {
            Assert.That(Count(content, " RG\n"), Is.EqualTo(1), content);
            Assert.That(Count(content, " w\n"), Is.EqualTo(1), content);
            Assert.That(Count(content, " Tf\n"), Is.EqualTo(1), content);
            // Grey once for the boxes and the text; blue inside the translucent box's q … Q, and again after it, since Q
            // brings the grey back.
            Assert.That(Count(content, " rg\n"), Is.EqualTo(3), content);
        });
    }

    [Test]
    public void A_pill_has_no_straight_sides_of_no_length()
    {
        // Height 8, radius 4: the left and right sides have no length, so the outline is two lines and four curves.
        var content = Operators(new BoxElement(new Rect(0, 0, 40, 8), new Rgb(0, 0, 0), null, 0, Radius: 4));
        Assert.Multiple(() =>
        {
            Assert.That(Count(content, " l\n"), Is.EqualTo(2), content);
            Assert.That(Count(content, " c\n"), Is.EqualTo(4), content);
        });
    }

    private static string Operators(params Element[] elements)
    {
        var page = new LayoutPage(200, 100, elements);
        using var operators = PdfPageContent.Build(page, new PdfResources(), new PdfMarks(page));
        return operators.ToString();
    }

    [Test]
    public void A_translucent_colour_paints_through_a_graphics_state_and_does_not_leak()
    {
        var page = new LayoutPage(200, 100, [
            new BoxElement(new Rect(10, 10, 50, 20), new Rgb(200, 0, 0, 128)),
            new BoxElement(new Rect(70, 10, 50, 20), new Rgb(0, 0, 200)),
        ]);
        var resources = new PdfResources();
        using var operators = PdfPageContent.Build(page, resources, new PdfMarks(page));
        var content = operators.ToString();
        Assert.That(content, Does.Contain("q /A128 gs 0.7843 0 0 rg\n10 10 50 20 re\nf\nQ\n0 0 0.7843 rg"));

        using var output = new MemoryStream();
        PdfPainter.Write(new LayoutDocument([page], new DocumentInfo("t", "a", "s", "k", DateTimeOffset.UnixEpoch)), output, CancellationToken.None);
        using var pdf = new Conformance.PdfObjects(output.ToArray());
        var shared = pdf.Dictionary(pdf.Document.GetPage(1).Dictionary.Data["Resources"])!;
        Assert.That(pdf.Get<UglyToad.PdfPig.Tokens.DictionaryToken>(shared, "ExtGState")?.Data.Keys, Is.EqualTo(new[] { "A128" }));
        QpdfAccepts(output.ToArray());
    }

    [Test]
    public void A_logo_is_embedded_as_an_image_in_its_box_with_its_transparency()
    {
        var png = new LogoImage(40, 20, Enumerable.Repeat<byte[]>([255, 69, 0, 200], 40 * 20).SelectMany(p => p).ToArray(), 40, 20);
        var bounds = new Rect(700, 30, 80, 40);
        var page = new LayoutPage(842, 595, [new ImageElement(bounds, png), new ImageElement(bounds, png)]);
        using var output = new MemoryStream();
        PdfPainter.Write(new LayoutDocument([page], new DocumentInfo("t", "a", "s", "k", DateTimeOffset.UnixEpoch)), output, CancellationToken.None);

        using var pdf = PdfDocument.Open(output.ToArray());
        var images = pdf.GetPage(1).GetImages().ToList();
        var latin = Encoding.Latin1.GetString(output.ToArray());
        Assert.Multiple(() =>
        {
            Assert.That(images, Has.Count.EqualTo(2), "drawn twice");
            Assert.That(images[0].WidthInSamples, Is.EqualTo(40));
            Assert.That(images[0].HeightInSamples, Is.EqualTo(20));
            Assert.That(images[0].BoundingBox.Left, Is.EqualTo(700).Within(0.01));
            Assert.That(images[0].BoundingBox.Top, Is.EqualTo(595 - 30).Within(0.01));
            Assert.That(images[0].BoundingBox.Width, Is.EqualTo(80).Within(0.01));
            Assert.That(Count(latin, "/Subtype /Image /ColorSpace /DeviceRGB"), Is.EqualTo(1), "embedded once");
            Assert.That(latin, Does.Contain("/SMask "), "the alpha channel as a soft mask");
            Assert.That(images[0].TryGetBytesAsMemory(out var samples), Is.True);
            Assert.That(samples.ToArray().Take(6), Is.EqualTo(new byte[] { 255, 69, 0, 255, 69, 0 }), "the logo's colour, unpremultiplied");
        });
        QpdfAccepts(output.ToArray());
    }

    [TestCase(0.0, "0")]
    [TestCase(-0.0001, "0")]
    [TestCase(12.5, "12.5")]
    [TestCase(1.23456, "1.235")]
    [TestCase(-841.99999, "-842")]
    [TestCase(1e7, "10000000")]
    public void Numbers_are_plain_decimals_with_at_most_three_places(double value, string expected) =>
        Assert.That(PdfSyntax.Number(value), Is.EqualTo(expected));

    [Test]
    public void Text_strings_escape_or_switch_to_utf16()
    {
        Assert.Multiple(() =>
        {
            Assert.That(PdfSyntax.Text(@"a (b) \c"), Is.EqualTo(@"(a \(b\) \\c)"));
            Assert.That(PdfSyntax.Text("€ 5"), Is.EqualTo("<FEFF20AC00200035>"));
            Assert.That(PdfSyntax.Date(new DateTimeOffset(2026, 11, 1, 13, 5, 9, TimeSpan.FromHours(1))), Is.EqualTo("(D:20261101120509+00'00')"));
        });
    }

    private static int Count(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;

    private static void QpdfAccepts(byte[] pdf)
    {
        if (!File.Exists("/usr/bin/qpdf"))
        {
            EnvironmentLimit.Skip(Limit.NoDebianPackage, "qpdf (.ci/run installs it)");
        }

        var path = Path.Combine(Path.GetTempPath(), "pace-pdfwriter-" + Guid.NewGuid().ToString("N") + ".pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            var start = new System.Diagnostics.ProcessStartInfo("/usr/bin/qpdf", ["--check", path]) { RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = System.Diagnostics.Process.Start(start)!;
            var report = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.That(process.ExitCode, Is.Zero, report);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
