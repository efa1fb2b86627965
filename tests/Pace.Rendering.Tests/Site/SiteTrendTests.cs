using Pace.Analysis;
using Pace.Rendering.Layout;
using Pace.Rendering.Site;

namespace Pace.Rendering.Tests.Site;

/// <summary>The site's trend line reads the trend as the PDF's card does: the same points, the same count.</summary>
[TestFixture]
public sealed class SiteTrendTests
{
    [Test]
    public void No_trend_yet_counts_the_points_since_the_gap_as_the_pdf_does_not_every_actual()
    {
        // Order intake with W42 and W43 left out: four actuals, of which two (W44, W45) follow the gap.
        var path = Path.Combine(TestContext.CurrentContext.TestDirectory, "examples", "technical-wholesaler.pace.yaml");
        var source = File.ReadAllText(path).Replace("          2026-W42: 26300\n          2026-W43: 25900\n", string.Empty, StringComparison.Ordinal);
        var check = ChartChecker.Default.CheckText(source, path);
        var kpi = check.Chart!.Processes.SelectMany(p => p.Kpis).Single(k => k.Name == "Order intake");
        Assert.That(kpi.Actuals, Has.Count.EqualTo(4), "the gap is in the chart");
        var reading = KpiStanding.Of(kpi, check.Chart.Date).Trend;
        Assert.That(reading.Points, Is.EqualTo(2));
        var expected = TrendsPage.TrendText(reading, Labels.For(check.Language));
        Assert.That(expected, Does.Contain("(2/" + TrendAnalysis.MinimumPoints));

        var site = SitePublisher.Build([check], new SiteOptions { Downloads = SiteDownloads.None });
        var page = SitePages.Parse(site, "technical-wholesaler/trends.html");
        var card = page.QuerySelectorAll("article.card").Single(a => a.QuerySelector("h2")!.TextContent == "Order intake");
        Assert.That(card.QuerySelector("p.trend")!.TextContent, Is.EqualTo(expected));
        Assert.That(card.QuerySelector("p.trend")!.ClassList, Does.Contain("none"));
    }
}
