using UglyToad.PdfPig;

namespace Pace.Cli.Tests;

/// <summary><c>pace render --page N</c> and <c>-o chart-{page}.png</c>; PACE022 from validate and render alike.</summary>
public class RenderPagesTests
{
    [Test]
    public void A_page_placeholder_writes_every_page_and_page_picks_one()
    {
        var dir = PaceTool.TempFolder();
        var chart = PaceTool.Example("acme-software.pace.yaml");
        var all = PaceTool.Run("render", chart, "--format", "svg", "-o", Path.Combine(dir, "acme-{page}.svg"));
        var third = PaceTool.Run("render", chart, "--format", "png", "--page", "3", "-o", Path.Combine(dir, "third.png"));
        var pdf = PaceTool.Run("render", chart, "--page", "2", "-o", Path.Combine(dir, "people.pdf"));
        Assert.Multiple(() =>
        {
            Assert.That(all.Exit, Is.Zero, all.Err);
            Assert.That(Directory.GetFiles(dir, "acme-*.svg").Select(Path.GetFileName).Order(), Is.EqualTo(new[] { "acme-1.svg", "acme-2.svg", "acme-3.svg", "acme-4.svg", "acme-5.svg", "acme-6.svg", "acme-7.svg", "acme-8.svg" }));
            Assert.That(all.Out, Does.Contain("acme-8.svg"));
            Assert.That(third.Exit, Is.Zero, third.Err);
            Assert.That(File.Exists(Path.Combine(dir, "third.png")), Is.True);
            Assert.That(pdf.Exit, Is.Zero, pdf.Err);
        });
        using var document = PdfDocument.Open(Path.Combine(dir, "people.pdf"));
        Assert.That(document.NumberOfPages, Is.EqualTo(1));
    }

    [Test]
    public void A_page_after_the_last_and_a_placeholder_in_a_pdf_name_are_usage_errors()
    {
        var dir = PaceTool.TempFolder();
        var chart = PaceTool.Example("acme-software.pace.yaml");
        var late = PaceTool.Run("render", chart, "--format", "png", "--page", "9", "-o", Path.Combine(dir, "x.png"));
        var pdf = PaceTool.Run("render", chart, "-o", Path.Combine(dir, "x-{page}.pdf"));
        Assert.Multiple(() =>
        {
            Assert.That(late.Exit, Is.EqualTo(2));
            Assert.That(late.Err, Does.Contain("--page 9: the chart has 8 pages"));
            Assert.That(pdf.Exit, Is.EqualTo(2));
            Assert.That(pdf.Err, Does.Contain("a PDF holds every page in one file"));
            Assert.That(Directory.GetFiles(dir), Is.Empty, "nothing written");
        });
    }

    [Test]
    public void Validate_and_render_report_characters_no_font_has_using_the_configurations_fonts()
    {
        var dir = PaceTool.TempFolder();
        var chart = Path.Combine(dir, "c.pace.yaml");
        File.WriteAllText(chart, File.ReadAllText(PaceTool.Example("technical-wholesaler.pace.yaml")).Replace("title: Process Accountability Chart 2027", "title: ქართული 2027", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(dir, "pace.config.yaml"), "fonts:\n  - {regular: fonts/missing.ttf}\n");
        var validate = PaceTool.Run("validate", chart);
        var render = PaceTool.Run("render", chart, "-o", Path.Combine(dir, "c.pdf"));
        Assert.Multiple(() =>
        {
            Assert.That(validate.Exit, Is.Zero, "warnings only");
            Assert.That(validate.Out, Does.Contain("c.pace.yaml:6:8: warning PACE022: title has characters no font can draw: ქ (U+10E5)"));
            Assert.That(validate.Out, Does.Contain("pace.config.yaml:2:15: warning PACE022: The font file 'fonts/missing.ttf' does not exist"));
            Assert.That(render.Exit, Is.Zero, render.Err);
            Assert.That(render.Err, Does.Contain("warning PACE022: title has characters no font can draw"));
        });
    }
}
