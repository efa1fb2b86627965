using UglyToad.PdfPig;

namespace Pace.Rendering.Tests;

/// <summary>One meaning of a page selection for every format.</summary>
public sealed class PageSelectionTests
{
    [TestCase(OutputFormat.Png)]
    [TestCase(OutputFormat.Svg)]
    public void An_image_of_any_page_is_that_page(OutputFormat format)
    {
        var chart = TestCharts.Example("acme-software");
        var all = ChartRenderer.RenderPages(TestCharts.Checked(chart), new RenderOptions { Format = format, PngDpi = 30 });
        var third = ChartRenderer.RenderPages(TestCharts.Checked(chart), new RenderOptions { Format = format, PngDpi = 30, Pages = PageSelection.Page(3) });
        using var stream = new MemoryStream();
        ChartRenderer.Render(TestCharts.Checked(chart), stream, new RenderOptions { Format = format, PngDpi = 30, Pages = PageSelection.Page(3) });
        Assert.Multiple(() =>
        {
            Assert.That(all, Has.Count.EqualTo(8));
            Assert.That(third, Has.Count.EqualTo(1));
            Assert.That(third[0], Is.EqualTo(all[2]));
            Assert.That(stream.ToArray(), Is.EqualTo(all[2]), "a single image file is the first selected page");
        });
    }

    [Test]
    public void A_pdf_holds_the_selected_pages()
    {
        var chart = TestCharts.Example("acme-software");
        using var pdf = PdfDocument.Open(ChartRenderer.RenderPages(TestCharts.Checked(chart), new RenderOptions { Pages = PageSelection.Range(2, 3) })[0]);
        Assert.Multiple(() =>
        {
            Assert.That(pdf.NumberOfPages, Is.EqualTo(2));
            Assert.That(pdf.GetPage(1).Text, Does.Contain("Mensen en focus"));
        });
    }

    [Test]
    public void A_page_after_the_last_is_refused_with_the_page_count()
    {
        var chart = TestCharts.Example("acme-software");
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => ChartRenderer.RenderPages(TestCharts.Checked(chart), new RenderOptions { Format = OutputFormat.Png, Pages = PageSelection.Page(9) }));
        Assert.That(e!.ActualValue, Is.EqualTo(8));
        Assert.Throws<ArgumentOutOfRangeException>(() => PageSelection.Page(0));
    }

    [Test]
    public void Render_files_writes_one_file_a_page_for_a_page_placeholder()
    {
        var folder = Directory.CreateTempSubdirectory("pace-pages-").FullName;
        try
        {
            var chart = TestCharts.Example("acme-software");
            var written = ChartRenderer.RenderFiles(TestCharts.Checked(chart), Path.Combine(folder, "acme-{page}.png"), new RenderOptions { Format = OutputFormat.Png, PngDpi = 20 });
            Assert.Multiple(() =>
            {
                Assert.That(written.Select(Path.GetFileName), Is.EqualTo(new[] { "acme-1.png", "acme-2.png", "acme-3.png", "acme-4.png", "acme-5.png", "acme-6.png", "acme-7.png", "acme-8.png" }));
                Assert.That(Directory.GetFiles(folder).Select(Path.GetFileName).Order(), Is.EqualTo(written.Select(Path.GetFileName)), "no temporary file left");
                Assert.Throws<ArgumentException>(() => ChartRenderer.RenderFiles(TestCharts.Checked(chart), Path.Combine(folder, "acme-{page}.pdf")));
            });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
