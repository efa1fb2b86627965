using Pace.Rendering.Layout;
using Pace.Rendering.Text;

namespace Pace.Rendering.Tests;

/// <summary>Whatever the text, the layout keeps every run inside its cell and every cell on the page.</summary>
public sealed class LayoutGeometryTests
{
    private static IEnumerable<TestCaseData> Generated()
    {
        var seed = 1000;
        for (var processes = 4; processes <= 9; processes++)
        {
            foreach (var maxLength in new[] { 1, 12, 60, 500 })
            {
                yield return new TestCaseData(seed++, processes, maxLength, false);
            }

            yield return new TestCaseData(seed++, processes, 500, true);
        }
    }

    [TestCaseSource(nameof(Generated))]
    public void Every_text_run_lies_inside_its_cell_and_every_cell_inside_the_page(int seed, int processes, int maxLength, bool exotic)
    {
        var chart = TestCharts.Generated(seed, processes, maxLength, exotic);
        var document = ChartRenderer.Lay(chart, RenderOptions.Default, CancellationToken.None);
        AssertContained(document);
    }

    [TestCaseSource(nameof(Generated))]
    public void The_chart_is_one_page_with_one_number_disc_per_process(int seed, int processes, int maxLength, bool exotic)
    {
        var chart = TestCharts.Generated(seed, processes, maxLength, exotic);
        var page = ChartRenderer.Lay(chart, RenderOptions.Default, CancellationToken.None).Pages[0];
        var numbers = page.Texts.Where(t => t.Cell.Right < ChartPage.ProcessX && int.TryParse(t.Text, out _)).Select(t => t.Text).ToList();
        Assert.That(numbers, Is.EqualTo(Enumerable.Range(1, processes).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }

    [TestCase(PaperSize.A4, 841.89f, 595.28f)]
    [TestCase(PaperSize.A3, 1190.55f, 841.89f)]
    [TestCase(PaperSize.Letter, 792f, 612f)]
    public void Nine_processes_with_long_texts_fit_every_paper_size(PaperSize paper, float width, float height)
    {
        foreach (var (seed, maxLength, exotic) in new[] { (41, 60, false), (42, 200, false), (43, 500, true) })
        {
            var chart = TestCharts.Generated(seed, 9, maxLength, exotic);
            var document = ChartRenderer.Lay(chart, RenderOptions.Default with { Paper = paper }, CancellationToken.None);
            AssertContained(document);
            var numbers = document.Pages[0].Texts.Where(t => t.Cell.Right < ChartPage.ProcessX && int.TryParse(t.Text, out _)).ToList();
            Assert.Multiple(() =>
            {
                Assert.That(numbers, Has.Count.EqualTo(9), "all nine processes on the chart page");
                foreach (var page in document.Pages)
                {
                    Assert.That(page.Width * page.Scale, Is.EqualTo(width).Within(0.001), "width in points");
                    Assert.That(page.Height * page.Scale, Is.EqualTo(height).Within(0.001), "height in points");
                }
            });
        }
    }

    [TestCase(PaperSize.A3, 1191, 842, "420mm", "297mm")]
    [TestCase(PaperSize.Letter, 792, 612, "279.4mm", "215.9mm")]
    public void Png_and_svg_have_the_papers_size(PaperSize paper, int pixels, int rows, string width, string height)
    {
        var chart = TestCharts.Example("technical-wholesaler");
        var png = ChartRenderer.RenderPages(TestCharts.Checked(chart), new RenderOptions { Format = OutputFormat.Png, PngDpi = 72, Paper = paper, Pages = PageSelection.Page(1) })[0];
        var svg = System.Xml.Linq.XDocument.Parse(System.Text.Encoding.UTF8.GetString(ChartRenderer.RenderPages(TestCharts.Checked(chart), new RenderOptions { Format = OutputFormat.Svg, Paper = paper, Pages = PageSelection.Page(1) })[0])).Root!;
        using var bitmap = SkiaSharp.SKBitmap.Decode(png);
        Assert.Multiple(() =>
        {
            Assert.That((bitmap.Width, bitmap.Height), Is.EqualTo((pixels, rows)), "72 dpi: a pixel a point");
            Assert.That((svg.Attribute("width")?.Value, svg.Attribute("height")?.Value), Is.EqualTo((width, height)));
        });
    }

    [Test]
    public void The_paper_option_wins_over_the_chart_and_the_chart_over_a4()
    {
        var chart = TestCharts.Example("technical-wholesaler");
        float Points(Chart c, RenderOptions o) => ChartRenderer.Lay(c, o, CancellationToken.None).Pages[0] is var p ? p.Width * p.Scale : 0;
        Assert.Multiple(() =>
        {
            Assert.That(Points(chart, RenderOptions.Default), Is.EqualTo(841.89f).Within(0.001));
            Assert.That(Points(chart with { Paper = PaperSize.Letter }, RenderOptions.Default), Is.EqualTo(792f));
            Assert.That(Points(chart with { Paper = PaperSize.Letter }, RenderOptions.Default with { Paper = PaperSize.A3 }), Is.EqualTo(1190.55f).Within(0.001));
        });
    }

    [TestCaseSource(typeof(TestCharts), nameof(TestCharts.Examples))]
    public void Examples_stay_inside_their_cells_too(string example)
    {
        AssertContained(ChartRenderer.Lay(TestCharts.Example(example), RenderOptions.Default, CancellationToken.None));
    }

    [Test]
    public void Long_texts_shrink_but_not_below_the_readable_minimum()
    {
        var chart = TestCharts.Generated(7, 9, 500);
        var texts = ChartRenderer.Lay(chart, RenderOptions.Default, CancellationToken.None).Pages[0].Texts.ToList();
        Assert.Multiple(() =>
        {
            // Badges are deliberately small print; nothing is smaller, and names never go under the readable minimum.
            Assert.That(texts.Min(t => t.Size), Is.GreaterThanOrEqualTo(5.5f));
            var names = texts.Where(t => t.Cell.X == ChartPage.ProcessX && t.Face == FontFace.Bold).ToList();
            Assert.That(names, Is.Not.Empty);
            Assert.That(names.Min(t => t.Size), Is.GreaterThanOrEqualTo(TextFitter.ReadableMinimum));
            Assert.That(texts.Any(t => t.Text.EndsWith('\u2026')), Is.True, "500-character names must be cut with an ellipsis");
        });
    }

    [Test]
    public void Findings_and_trends_pages_flow_over_several_pages_without_overflow()
    {
        var chart = TestCharts.Generated(11, 9, 200) with { People = null };
        var findings = new Findings(Enumerable.Range(0, 60).Select(i =>
            new Diagnostic("PACE999", Severity.Warning, TestCharts.RandomText(new Random(i), 40 + (i * 7), exotic: true), [], $"processes[{i % 9}]", null)));
        var document = ChartRenderer.Lay(chart, chart.Language ?? ChartLanguage.English, findings, RenderOptions.Default, CancellationToken.None);
        AssertContained(document);
        var findingsPages = document.Pages.Count(p => p.Texts.Any(t => t.Text == "PACE999"));
        Assert.Multiple(() =>
        {
            Assert.That(findingsPages, Is.GreaterThan(1));
            Assert.That(document.Pages.SelectMany(p => p.Texts).Count(t => t.Text == "PACE999"), Is.EqualTo(60), "every finding appears once");
        });
    }

    [TestCase("acme-software", "nl")]
    [TestCase("acme-software", "en")]
    [TestCase("brightleaf-foods", "en")]
    public void Findings_messages_wrap_whole_inside_their_column_clear_of_the_location(string example, ChartLanguage language)
    {
        var chart = TestCharts.Example(example);
        var labels = Labels.For(language);
        var diagnostics = Validation.ChartValidator.Default.Validate(chart, new Validation.ValidationOptions { Language = language });
        var page = ChartRenderer.Lay(TestCharts.Checked(chart, language), RenderOptions.Default, CancellationToken.None).Pages[^1];
        var texts = page.Texts.ToList();
        var messageHeading = labels.Message.ToUpperInvariant();
        var locationHeading = labels.Location.ToUpperInvariant();
        var messageX = texts.Single(t => t.Text == messageHeading).X;
        var locationX = texts.Single(t => t.Text == locationHeading).X;
        var messages = texts.Where(t => t.Cell.X == messageX && t.Face == FontFace.Regular).ToList();
        var locations = texts.Where(t => t.Cell.X == locationX && t.Face == FontFace.Regular).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(diagnostics, Is.Not.Empty);
            Assert.That(messages, Has.Count.GreaterThan(diagnostics.Count), "long messages take more than one line");
            Assert.That(messages.Select(t => t.Size), Is.All.EqualTo(8f), "wrapped at full size, not shrunk");
            foreach (var line in messages)
            {
                Assert.That(line.Bounds.Right, Is.LessThanOrEqualTo(locationX - 10), $"'{line.Text}' runs into the location column");
                Assert.That(line.Text, Does.Not.EndWith("\u2026"), "no message is cut");
            }

            // Nothing is lost in wrapping: the lines, rejoined, are the messages.
            Assert.That(string.Join(" ", messages.Select(t => t.Text)), Is.EqualTo(string.Join(" ", diagnostics.Select(d => TextSanitizer.Clean(d.MessageIn(language))))));

            // Each finding's location (file:line:column) stands on the first line of its message.
            var files = locations.Where(t => t.Size == 8f).ToList();
            Assert.That(files, Has.Count.EqualTo(diagnostics.Count));
            Assert.That(files.All(f => messages.Any(m => Math.Abs(m.Baseline - f.Baseline) < 0.01f)), Is.True);
        });
    }

    internal static void AssertContained(LayoutDocument document)
    {
        var content = new Page(document.Pages[0].Width, document.Pages[0].Height).Content;
        Assert.Multiple(() =>
        {
            foreach (var (page, number) in document.Pages.Select((p, i) => (p, i + 1)))
            {
                foreach (var text in page.Texts)
                {
                    Assert.That(text.Cell.Contains(text.Bounds), Is.True, $"page {number}: '{text.Text}' {text.Bounds} leaves its cell {text.Cell}");
                    Assert.That(content.Contains(text.Cell), Is.True, $"page {number}: the cell {text.Cell} of '{text.Text}' leaves the page's printable area");
                    Assert.That(text.Bounds.Width, Is.EqualTo(Fonts.Measure(text.Text, text.Face, text.Size)).Within(0.01), "bounds are the measured width");
                }

                foreach (var box in page.Elements.OfType<BoxElement>())
                {
                    Assert.That(content.Contains(box.Bounds), Is.True, $"page {number}: box {box.Bounds} leaves the printable area");
                }
            }
        });
    }
}
