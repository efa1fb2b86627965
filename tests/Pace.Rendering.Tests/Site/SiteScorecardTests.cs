using AngleSharp.Dom;
using NUnit.Framework.Constraints;
using Pace.Analysis;
using Pace.Rendering.Layout;
using Pace.Rendering.Site;

namespace Pace.Rendering.Tests.Site;

/// <summary>The weekly scorecard page: there for a chart with actuals, linked from its pages, saying what the chart says.</summary>
[TestFixture]
public sealed class SiteScorecardTests
{
    private static IReadOnlyDictionary<string, byte[]> Site => SitePages.Examples3;

    private static IEnumerable<string> WithActuals => ["acme-software", "technical-wholesaler"];

    [Test]
    public void Only_a_chart_with_actuals_has_a_scorecard_page_and_every_page_of_it_links_there()
    {
        foreach (var check in SitePages.Examples())
        {
            var folder = Path.GetFileName(check.Path!)[..^".pace.yaml".Length];
            var hasActuals = check.Chart!.Processes.Any(p => p.Kpis.Any(k => Series.Fitting(k).Count > 0));
            Assert.That(Site.ContainsKey($"{folder}/{ScorecardHtmlPage.File}"), Is.EqualTo(hasActuals), folder);
            var links = SitePages.Parse(Site, $"{folder}/index.html").QuerySelectorAll("nav.pages a")
                .Where(a => a.GetAttribute("href") == ScorecardHtmlPage.File).Select(a => a.TextContent).ToList();
            Assert.That(links, Is.EqualTo(hasActuals ? new[] { Labels.For(check.Language).ScorecardTitle } : Array.Empty<string>()), folder);
        }

        Assert.That(WithActuals.Select(f => $"{f}/{ScorecardHtmlPage.File}"), Is.SubsetOf(Site.Keys), "the examples this fixture reads have actuals");
    }

    [TestCaseSource(nameof(WithActuals))]
    public void Each_row_shows_the_KPIs_latest_actuals_their_status_words_and_its_target(string folder)
    {
        var check = SitePages.Examples().Single(c => Path.GetFileName(c.Path!) == folder + ".pace.yaml");
        var chart = check.Chart!;
        var labels = Labels.For(check.Language);
        var kpis = chart.Processes.SelectMany((p, i) => p.Kpis.Select(k => (Header: $"{i + 1} \u00B7 {k.Name}", Kpi: k)))
            .Where(x => Series.Fitting(x.Kpi).Count > 0).ToDictionary(x => x.Header, x => x.Kpi);
        var document = SitePages.Parse(Site, $"{folder}/{ScorecardHtmlPage.File}");
        var rows = document.QuerySelectorAll("table.scorecard > tbody > tr");
        Assert.That(rows.Select(r => r.QuerySelector("th[scope=row]")!.TextContent), Is.EquivalentTo(kpis.Keys), "a row per KPI with actuals");

        foreach (var row in rows)
        {
            var kpi = kpis[row.QuerySelector("th[scope=row]")!.TextContent];
            Assert.That(row.QuerySelector("td.tgt")!.TextContent, Is.EqualTo(NumberFormatter.BriefTarget(kpi, labels)), kpi.Name);
            Assert.That(row.QuerySelectorAll("td.cell"), Has.Length.EqualTo(ScorecardModel.Columns), kpi.Name);

            // The value cells are the KPI's latest actuals, oldest first: period, number and the status word of each.
            var cells = row.QuerySelectorAll("td.value");
            var actuals = Series.Fitting(kpi).TakeLast(cells.Length).ToList();
            Assert.That(cells, Is.Not.Empty, kpi.Name);
            for (var i = 0; i < cells.Length; i++)
            {
                Assert.That(cells[i].QuerySelector(".vh")!.TextContent.Trim(), Is.EqualTo(PeriodLabel.Meeting(actuals[i].Period, check.Language)), kpi.Name);
                Assert.That(cells[i].LastChild!.TextContent, Is.EqualTo(NumberFormatter.Compact(actuals[i].Value, check.Language)), kpi.Name);
                var status = PeriodToDate.Of(kpi, actuals[i], chart.Date).Status;
                var word = cells[i].QuerySelector("svg[role=img] title")?.TextContent;
                Assert.That(word, Is.EqualTo(status == KpiStatus.Unknown ? null : labels.StatusWord(status)), $"{kpi.Name} {actuals[i].Period}");
            }

            // The trend's arrow is coloured for better or worse; the words say which.
            var reading = KpiStanding.Of(kpi, chart.Date).Trend;
            var trend = row.QuerySelector("td.trend .vh")!.TextContent;
            var site = SiteLabels.For(check.Language);
            Assert.That(trend, reading.Trend is Trend.Rising or Trend.Falling ? Does.EndWith(", " + (reading.Improving == true ? site.Improving : site.Worsening)) : Does.Not.Contain(","), kpi.Name);

            var stale = KpiStanding.Of(kpi, chart.Date).Stale is not null;
            Assert.That(row.QuerySelectorAll("td.stale svg title").Select(t => t.TextContent), stale ? Has.Some.EqualTo(labels.Stale) : (IResolveConstraint)Is.Empty, kpi.Name);
        }
    }

    [TestCaseSource(nameof(WithActuals))]
    public void The_agenda_lists_every_red_amber_and_stale_KPI_with_its_mark_in_words(string folder)
    {
        var check = SitePages.Examples().Single(c => Path.GetFileName(c.Path!) == folder + ".pace.yaml");
        var labels = Labels.For(check.Language);
        var standings = check.Chart!.Processes.SelectMany(p => p.Kpis).Where(k => Series.Fitting(k).Count > 0)
            .Select(k => KpiStanding.Of(k, check.Chart.Date)).ToList();
        var expected = standings.Count(s => s.Stale is null && s.Status == KpiStatus.Red)
            + standings.Count(s => s.Stale is null && s.Status == KpiStatus.Amber)
            + standings.Count(s => s.Stale is not null);
        var items = SitePages.Parse(Site, $"{folder}/{ScorecardHtmlPage.File}").QuerySelectorAll("ul.agenda > li");
        Assert.That(items, Has.Length.EqualTo(expected));
        Assert.That(items.Select(li => li.QuerySelector("svg title")?.TextContent), Is.All.AnyOf(labels.OffTarget, labels.WithinTolerance, labels.Stale));
        Assert.That(expected, Is.GreaterThan(0), "the examples have something on the agenda, so the list is tested");
    }

    [Test]
    public void The_scorecard_of_a_chart_whose_texts_are_HTML_keeps_them_as_text()
    {
        var text = "<b onclick=x>\"&amp;</b>";
        var site = SitePublisher.Build([TestCharts.Checked(SiteEscapingTests.HostileChart(text))], new SiteOptions { Downloads = SiteDownloads.None });
        var path = site.Keys.Single(k => k.EndsWith("/" + ScorecardHtmlPage.File, StringComparison.Ordinal));
        var document = SitePages.Parse(site, path);
        Assert.That(document.QuerySelectorAll("b, [onclick]"), Is.Empty);
        Assert.That(document.QuerySelectorAll("table.scorecard th[scope=row]").Select(th => th.TextContent), Has.All.EndsWith(text));
        Assert.That(document.QuerySelector("table.scorecard th[scope=rowgroup]")!.TextContent, Is.EqualTo(text), "the person's name");
    }
}
