using Pace.Analysis;
using Pace.Rendering.Layout;
using Pace.Validation;
using SkiaSharp;

namespace Pace.Rendering.Tests;

/// <summary>What goes on which page, decided from the chart: journey, dimensions, pages present, banner, theme.</summary>
public sealed class ChartContentTests
{
    private static LayoutDocument Lay(Chart chart, RenderOptions? options = null) => ChartRenderer.Lay(chart, options ?? RenderOptions.Default, CancellationToken.None);

    private static string[] Words(LayoutPage page) => [.. page.Texts.Select(t => t.Text)];

    [Test]
    public void Acme_has_chart_people_FACe_matrix_scorecard_and_trends_pages_and_a_findings_page_with_its_five_warnings_and_two_FACe_notes()
    {
        // The full rule set finds two target misses (PACE018), two miss streaks (PACE020) and a stale number (PACE023)
        // in acme's actuals, and two notes on its FACe: Bram in two seats (PACE035) and the open IT seat (PACE031).
        var document = Lay(TestCharts.Example("acme-software"));
        Assert.That(document.Pages, Has.Count.EqualTo(8));
        var findings = Words(document.Pages[7]);
        Assert.Multiple(() =>
        {
            Assert.That(Words(document.Pages[1]), Does.Contain("Mensen en focus"));
            Assert.That(Words(document.Pages[2]), Does.Contain(FaceLabels.Dutch.FaceTitle));
            Assert.That(Words(document.Pages[3]), Does.Contain(FaceLabels.Dutch.MatrixTitle));
            Assert.That(Words(document.Pages[4]), Does.Contain("Scorecard"));
            Assert.That(Words(document.Pages[5]), Does.Contain("Trends"));
            Assert.That(Words(document.Pages[6]), Does.Contain("Trends"));
            Assert.That(findings, Does.Contain("Bevindingen"));
            Assert.That(findings.Count(w => w.StartsWith("PACE", StringComparison.Ordinal)), Is.EqualTo(7));
            Assert.That(findings.Count(w => w is "PACE031" or "PACE035"), Is.EqualTo(2));
            Assert.That(findings.Count(w => w == "PACE018"), Is.EqualTo(2));
            Assert.That(findings.Count(w => w == "PACE020"), Is.EqualTo(2));
            Assert.That(findings.Count(w => w == "PACE023"), Is.EqualTo(1));
            Assert.That(findings.Count(w => w == "waarschuwing"), Is.EqualTo(5), "all five are warnings");
            Assert.That(document.Pages.Select(p => Words(p).Contains("5 waarschuwingen, 2 tips")), Is.All.True, "every footer counts them");
        });
    }

    [Test]
    public void The_wholesaler_is_clean_so_it_has_no_findings_page()
    {
        var document = Lay(TestCharts.Example("technical-wholesaler"));
        Assert.Multiple(() =>
        {
            Assert.That(document.Pages, Has.Count.EqualTo(4));
            Assert.That(Words(document.Pages[2]), Does.Contain("Scorecard"));
            Assert.That(Words(document.Pages[3]), Does.Contain("Trends"));
            Assert.That(document.Pages.SelectMany(Words), Does.Not.Contain("Findings"));
            Assert.That(document.Pages.SelectMany(Words).Where(w => w.StartsWith("PACE", StringComparison.Ordinal)), Is.Empty);
            Assert.That(document.Pages.Select(p => Words(p).Contains("No findings")), Is.All.True, "every footer says so");
        });
    }

    [Test]
    public void Without_actuals_there_is_no_scorecard_and_no_trends_page()
    {
        // Brightleaf has no actuals, and one warning: Tom Verbeek reports six KPIs (PACE011).
        var document = Lay(TestCharts.Example("brightleaf-foods"));
        Assert.That(document.Pages, Has.Count.EqualTo(3));
        var findings = Words(document.Pages[2]);
        Assert.Multiple(() =>
        {
            Assert.That(document.Pages.Select(p => p.Texts.Any(t => t.Text is "Trends" or "Scorecard")), Is.All.False);
            Assert.That(findings, Does.Contain("Findings"));
            Assert.That(findings.Where(w => w.StartsWith("PACE", StringComparison.Ordinal)), Is.EqualTo(new[] { "PACE011" }));
            Assert.That(document.Pages.Select(p => Words(p).Contains("1 warning")), Is.All.True);
        });
    }

    [Test]
    public void Findings_add_a_page_and_show_in_every_footer_and_the_banner_on_page_one()
    {
        var chart = TestCharts.Example("brightleaf-foods");
        var broken = chart with { Processes = [.. chart.Processes.Take(3)] };
        var document = Lay(broken, new RenderOptions { FindingsBanner = true });
        Assert.Multiple(() =>
        {
            Assert.That(document.Pages, Has.Count.EqualTo(3));
            Assert.That(Words(document.Pages[2]), Does.Contain("PACE001"));
            Assert.That(document.Pages.Select(p => Words(p).Contains("1 error")), Is.All.True);
            Assert.That(Words(document.Pages[0]).Any(w => w.StartsWith("Rendered despite 1 error", StringComparison.Ordinal)), Is.True);
        });
    }

    [Test]
    public void Given_findings_are_shown_instead_of_validating()
    {
        var findings = new Findings([new Diagnostic("APP001", Severity.Warning, "Custom rule says hi", [], string.Empty, null)]);
        var document = ChartRenderer.Lay(TestCharts.Example("technical-wholesaler"), ChartLanguage.English, findings, RenderOptions.Default, CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(Words(document.Pages[^1]), Does.Contain("APP001").And.Contain("Custom rule says hi").And.Contain("whole chart"));
            Assert.That(Words(document.Pages[0]), Does.Contain("1 warning"));
        });
    }

    [Test]
    public void Kpi_cells_follow_better_faster_cheaper_when_dimensions_are_given()
    {
        var process = new CoreProcess
        {
            Kpis =
            [
                new Kpi { Name = "cost", Dimension = Dimension.Cheaper },
                new Kpi { Name = "free" },
                new Kpi { Name = "quality", Dimension = Dimension.Better },
            ],
        };
        Assert.Multiple(() =>
        {
            Assert.That(KpiSlots.Arrange(process, byDimension: true).Select(k => k?.Name), Is.EqualTo(new[] { "quality", "free", "cost" }));
            Assert.That(KpiSlots.Arrange(process, byDimension: false).Select(k => k?.Name), Is.EqualTo(new[] { "cost", "free", "quality" }));
            Assert.That(KpiSlots.Arrange(process with { Kpis = [new Kpi { Name = "only", Dimension = Dimension.Faster }] }, true).Select(k => k?.Name), Is.EqualTo(new[] { null, "only", null }));
        });
    }

    [Test]
    public void Column_headings_are_dimensions_only_when_the_chart_uses_them()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Words(Lay(TestCharts.Example("technical-wholesaler")).Pages[0]), Does.Contain("BETTER").And.Contain("CHEAPER"));
            Assert.That(Words(Lay(TestCharts.Example("brightleaf-foods")).Pages[0]), Does.Contain("KPI 1").And.Not.Contain("BETTER"));
        });
    }

    [Test]
    public void The_journey_is_a_ribbon_of_chevrons_only_when_given()
    {
        var chart = TestCharts.Example("technical-wholesaler");
        Assert.Multiple(() =>
        {
            Assert.That(Lay(chart).Pages[0].Elements.OfType<PathElement>().Count(p => p.Closed && p.Points.Count >= 5), Is.EqualTo(4));
            Assert.That(Lay(chart with { Journey = null }).Pages[0].Elements.OfType<PathElement>().Count(p => p.Closed && p.Points.Count >= 5), Is.Zero);
        });
    }

    [Test]
    public void Owners_show_roster_names_and_roles_else_the_plain_name()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Words(Lay(TestCharts.Example("acme-software")).Pages[0]), Does.Contain("Bram Jansen").And.Contain("Directeur Enthousiaste Klanten"));
            Assert.That(Words(Lay(TestCharts.Example("brightleaf-foods")).Pages[0]), Does.Contain("Chef Lucia Romano"));
        });
    }

    [Test]
    public void The_people_page_counts_kpis_per_person()
    {
        var page = Lay(TestCharts.Example("brightleaf-foods")).Pages[1];
        var tom = PersonLoad.Of(TestCharts.Example("brightleaf-foods")).Single(p => p.DisplayName == "Tom Verbeek");
        Assert.Multiple(() =>
        {
            Assert.That(tom.OwnedProcesses, Has.Count.EqualTo(2));
            Assert.That(tom.ReportedKpis, Has.Count.EqualTo(6));
            Assert.That(Words(page), Does.Contain("6"));
            Assert.That(Words(page).Any(w => w.StartsWith("27 leading", StringComparison.Ordinal) || w.Contains("leading", StringComparison.Ordinal)), Is.True);
        });
    }

    [Test]
    public void A_theme_accent_colours_the_chart_and_a_bad_one_falls_back()
    {
        var chart = TestCharts.Example("technical-wholesaler");
        var red = Lay(chart with { Theme = new Theme { Accent = "#AA0000" } }).Pages[0];
        var bad = Lay(chart with { Theme = new Theme { Accent = "crimson" } }).Pages[0];
        Assert.Multiple(() =>
        {
            Assert.That(red.Elements.OfType<CircleElement>().Any(c => c.Fill == new Rgb(0xAA, 0, 0)), Is.True);
            Assert.That(bad.Elements.OfType<CircleElement>().Any(c => c.Fill == Palette.DefaultAccent), Is.True);
        });
    }

    [Test]
    public void A_logo_is_placed_and_a_missing_or_broken_one_is_skipped()
    {
        var folder = Path.Combine(Path.GetTempPath(), "pace-logo-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            using (var bitmap = new SKBitmap(40, 20))
            {
                bitmap.Erase(SKColors.OrangeRed);
                using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
                File.WriteAllBytes(Path.Combine(folder, "logo.png"), data.ToArray());
            }

            File.WriteAllText(Path.Combine(folder, "broken.png"), "not a png at all, just text");
            var text = File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "examples", "technical-wholesaler.pace.yaml"));
            CheckResult With(string logo)
            {
                var chart = Path.Combine(folder, "chart.pace.yaml");
                File.WriteAllText(chart, text + $"theme:\n  logo: '{logo}'\n");
                return new ChartChecker().CheckFile(chart);
            }

            IEnumerable<ImageElement> Images(string logo) => ChartRenderer.Lay(With(logo), RenderOptions.Default, CancellationToken.None).Pages[0].Elements.OfType<ImageElement>();

            var image = Images("logo.png").Single();
            Assert.Multiple(() =>
            {
                Assert.That(image.Bounds.Width / image.Bounds.Height, Is.EqualTo(2).Within(0.01), "aspect ratio kept");
                Assert.That((image.Image.Width, image.Image.Height), Is.EqualTo((40, 20)), "small enough to embed as it is");
                Assert.That(Images("missing.png"), Is.Empty);
                Assert.That(Images("broken.png"), Is.Empty);
                Assert.That(Images("../../../etc/passwd"), Is.Empty);
                Assert.That(With("broken.png").Diagnostics.Select(d => d.Code), Does.Contain("PACE119"), "said, not silently dropped");
            });

            // And all three formats render with the logo.
            foreach (var format in Enum.GetValues<OutputFormat>())
            {
                var bytes = ChartRenderer.RenderPages(With("logo.png"), new RenderOptions { Format = format, PngDpi = 30 })[0];
                Assert.That(bytes, Is.Not.Empty);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void A_logo_larger_than_its_box_is_embedded_at_600_dpi_of_the_box()
    {
        var folder = Path.Combine(Path.GetTempPath(), "pace-logo-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            using (var bitmap = new SKBitmap(2000, 1000))
            {
                bitmap.Erase(SKColors.OrangeRed);
                using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
                File.WriteAllBytes(Path.Combine(folder, "logo.png"), data.ToArray());
            }

            var chart = Path.Combine(folder, "chart.pace.yaml");
            File.WriteAllText(chart, File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "examples", "technical-wholesaler.pace.yaml")) + "theme:\n  logo: logo.png\n");
            var check = new ChartChecker().CheckFile(chart);
            var image = ChartRenderer.Lay(check, RenderOptions.Default, CancellationToken.None).Pages[0].Elements.OfType<ImageElement>().Single();

            Assert.Multiple(() =>
            {
                Assert.That((check.Logo!.Width, check.Logo.Height), Is.EqualTo((1000, 500)), "the check keeps at most 1024 pixels a side");
                Assert.That((image.Image.Width, image.Image.Height), Is.EqualTo((500, 250)), "36 pt at 600 dpi is 300 pixels: halved once more");
                Assert.That(image.Bounds.Height, Is.EqualTo(36).Within(0.01));
            });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void Exotic_text_renders_in_every_format_with_boxes_for_what_no_font_has()
    {
        var chart = TestCharts.Example("technical-wholesaler") with { Organization = "\u05E9\u05DC\u05D5\u05DD \U0001F680 Ltd.\u0000\u001B[31m" };
        Assert.Multiple(() =>
        {
            foreach (var format in Enum.GetValues<OutputFormat>())
            {
                Assert.That(ChartRenderer.RenderPages(TestCharts.Checked(chart), new RenderOptions { Format = format, PngDpi = 30 })[0], Is.Not.Empty);
            }

            var title = Lay(chart).Pages[0].Texts.First(t => t.Text.Contains("Ltd.", StringComparison.Ordinal));
            Assert.That(title.Text, Is.EqualTo("\u05E9\u05DC\u05D5\u05DD \U0001F680 Ltd.[31m"), "the text is kept as written, controls dropped");
            Assert.That(title.Glyphs.Missing, Is.EqualTo("\u05E9\u05DC\u05D5\u05DD\U0001F680"), "no bundled font has Hebrew or emoji: drawn as boxes");
        });
    }

    [Test]
    public void An_empty_chart_still_renders()
    {
        var pdf = ChartRenderer.RenderPages(new Chart())[0];
        Assert.That(PdfOutputTests.Text(pdf), Does.Contain("Process Accountability Chart").And.Contain("PACE001"));
    }

    [Test]
    public void Far_too_many_processes_still_stay_on_the_page()
    {
        var chart = TestCharts.Generated(5, 30, 40);
        var document = Lay(chart);
        LayoutGeometryTests.AssertContained(document);
        Assert.That(Words(document.Pages[0]), Does.Contain("30"), "every process keeps its number");
    }

    [Test]
    public void A_process_with_too_many_kpis_shows_them_all()
    {
        var chart = TestCharts.Example("technical-wholesaler");
        var first = chart.Processes[0];
        var crowded = chart with { Processes = [first with { Kpis = [.. first.Kpis, new Kpi { Name = "Fourth" }, new Kpi { Name = "Fifth" }] }, .. chart.Processes.Skip(1)] };
        var document = Lay(crowded);
        Assert.That(Words(document.Pages[0]), Does.Contain("Fourth").And.Contain("Fifth"));
        LayoutGeometryTests.AssertContained(document);
    }
}
