using UglyToad.PdfPig;

namespace Pace.Cli.Tests;

/// <summary><c>pace render --paper a4|a3|letter</c>: the option wins over the chart's <c>paper:</c>; anything else is a usage error.</summary>
public class RenderPaperTests
{
    [Test]
    public void Paper_sets_the_page_size_and_wins_over_the_chart()
    {
        var dir = PaceTool.TempFolder();
        var chart = Path.Combine(dir, "c.pace.yaml");
        File.WriteAllText(chart, File.ReadAllText(PaceTool.Example("technical-wholesaler.pace.yaml")) + "paper: letter\n");
        var byChart = PaceTool.Run("render", chart, "-o", Path.Combine(dir, "letter.pdf"));
        var byOption = PaceTool.Run("render", chart, "--paper", "a3", "-o", Path.Combine(dir, "a3.pdf"));
        Assert.Multiple(() =>
        {
            Assert.That(byChart.Exit, Is.Zero, byChart.Err);
            Assert.That(byOption.Exit, Is.Zero, byOption.Err);
        });
        using var letter = PdfDocument.Open(Path.Combine(dir, "letter.pdf"));
        using var a3 = PdfDocument.Open(Path.Combine(dir, "a3.pdf"));
        Assert.Multiple(() =>
        {
            Assert.That((letter.GetPage(1).Width, letter.GetPage(1).Height), Is.EqualTo((792.0, 612.0)));
            Assert.That(a3.GetPage(1).Width, Is.EqualTo(1190.55).Within(0.001));
            Assert.That(a3.GetPage(1).Height, Is.EqualTo(841.89).Within(0.001));
        });
    }

    [Test]
    public void An_unknown_paper_is_a_usage_error_and_nothing_is_written()
    {
        var dir = PaceTool.TempFolder();
        var run = PaceTool.Run("render", PaceTool.Example("technical-wholesaler.pace.yaml"), "--paper", "a5", "-o", Path.Combine(dir, "x.pdf"));
        Assert.Multiple(() =>
        {
            Assert.That(run.Exit, Is.EqualTo(2));
            Assert.That(run.Err, Does.Contain("--paper must be a4, a3 or letter"));
            Assert.That(Directory.GetFiles(dir), Is.Empty);
        });
    }
}
