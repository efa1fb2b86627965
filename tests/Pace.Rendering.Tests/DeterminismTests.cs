namespace Pace.Rendering.Tests;

/// <summary>Identical input gives identical bytes, in every format — so a chart in git diffs only when it changed.</summary>
public sealed class DeterminismTests
{
    [Test]
    public void Two_renders_are_byte_identical_in_every_format([Values] OutputFormat format, [ValueSource(typeof(TestCharts), nameof(TestCharts.Examples))] string example)
    {
        var options = new RenderOptions { Format = format, PngDpi = 50 };
        var first = ChartRenderer.RenderPages(TestCharts.Checked(TestCharts.Example(example)), options);
        var second = ChartRenderer.RenderPages(TestCharts.Checked(TestCharts.Example(example)), options);
        Assert.That(second, Has.Count.EqualTo(first.Count));
        for (var i = 0; i < first.Count; i++)
        {
            Assert.That(second[i], Is.EqualTo(first[i]), $"page {i + 1} differs");
        }
    }

    [Test]
    public void Renders_in_parallel_match_a_render_alone()
    {
        var chart = TestCharts.Example("acme-software");
        var alone = ChartRenderer.RenderPages(chart)[0];
        var parallel = new byte[8][];
        Parallel.For(0, parallel.Length, i => parallel[i] = ChartRenderer.RenderPages(chart)[0]);
        Assert.That(parallel, Is.All.EqualTo(alone));
    }

    [Test]
    public void Render_writes_the_same_pdf_as_render_pages()
    {
        var chart = TestCharts.Example("technical-wholesaler");
        using var stream = new MemoryStream();
        ChartRenderer.Render(chart, stream);
        Assert.That(stream.ToArray(), Is.EqualTo(ChartRenderer.RenderPages(chart)[0]));
    }

    [Test]
    public void Render_writes_the_first_page_for_images()
    {
        var chart = TestCharts.Example("technical-wholesaler");
        var options = new RenderOptions { Format = OutputFormat.Svg };
        using var stream = new MemoryStream();
        ChartRenderer.Render(TestCharts.Checked(chart), stream, options);
        var pages = ChartRenderer.RenderPages(TestCharts.Checked(chart), options);
        Assert.Multiple(() =>
        {
            Assert.That(stream.ToArray(), Is.EqualTo(pages[0]));
            Assert.That(pages, Has.Count.EqualTo(4), "chart, people, scorecard, trends");
            Assert.That(System.Text.Encoding.UTF8.GetString(pages[0]), Does.Contain("<svg").And.Contain("From quote to confirmed order"));
        });
    }

    [Test]
    public void Png_size_follows_the_resolution()
    {
        var png = ChartRenderer.RenderPages(TestCharts.Checked(TestCharts.Example("brightleaf-foods")), new RenderOptions { Format = OutputFormat.Png, PngDpi = 100 })[0];
        using var bitmap = SkiaSharp.SKBitmap.Decode(png);
        Assert.Multiple(() =>
        {
            // A4 is 297 × 210 mm: 11.69 × 8.27 inches.
            Assert.That(bitmap.Width, Is.EqualTo(1169));
            Assert.That(bitmap.Height, Is.EqualTo(827));
        });
    }

    [Test]
    public void Language_option_overrides_the_chart_language()
    {
        var chart = TestCharts.Example("technical-wholesaler");
        var english = ChartRenderer.RenderPages(chart)[0];
        var dutch = ChartRenderer.RenderPages(TestCharts.Checked(chart, ChartLanguage.Dutch))[0];
        Assert.Multiple(() =>
        {
            Assert.That(PdfOutputTests.Text(english), Does.Contain("Page 1 of"));
            Assert.That(PdfOutputTests.Text(dutch), Does.Contain("Pagina 1 van"));
        });
    }

    [Test]
    public void A_cancelled_render_throws()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.Throws<OperationCanceledException>(() => ChartRenderer.RenderPages(TestCharts.Checked(TestCharts.Example("acme-software")), null, cts.Token));
    }

    [TestCase(0f)]
    [TestCase(-5f)]
    [TestCase(5000f)]
    [TestCase(float.NaN)]
    public void A_nonsense_resolution_is_refused(float dpi) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ChartRenderer.RenderPages(TestCharts.Checked(TestCharts.Example("acme-software")), new RenderOptions { Format = OutputFormat.Png, PngDpi = dpi }));
}
