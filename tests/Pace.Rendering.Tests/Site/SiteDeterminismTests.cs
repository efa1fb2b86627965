using Pace.Rendering.Site;

namespace Pace.Rendering.Tests.Site;

/// <summary>Same charts, same bytes: whatever thread, whatever run.</summary>
[TestFixture]
public sealed class SiteDeterminismTests
{
    [Test]
    public void Building_the_examples_site_twice_gives_the_same_files_and_bytes()
    {
        var first = SitePublisher.Build(SitePages.Examples());
        var second = Task.Run(() => SitePublisher.Build(SitePages.Examples())).GetAwaiter().GetResult();
        Assert.That(second.Keys, Is.EqualTo(first.Keys));
        foreach (var (path, bytes) in first)
        {
            Assert.That(second[path], Is.EqualTo(bytes), path);
        }
    }

    [Test]
    public void The_files_are_listed_in_ordinal_order()
    {
        var keys = SitePages.Examples3.Keys.ToList();
        Assert.That(keys, Is.EqualTo(keys.Order(StringComparer.Ordinal).ToList()));
    }

    [Test]
    public void The_index_lists_the_charts_in_the_order_given()
    {
        var checks = SitePages.Examples();
        var site = SitePublisher.Build([checks[2], checks[0]], new SiteOptions { Downloads = SiteDownloads.None });
        var links = SitePages.Parse(site, "index.html").QuerySelectorAll("table.charts tbody th a").Select(a => a.GetAttribute("href")).ToList();
        Assert.That(links, Is.EqualTo(new[] { TestCharts.Examples[2] + "/index.html", TestCharts.Examples[0] + "/index.html" }));
        Assert.That(site.Keys.Where(k => k.EndsWith(".pdf", StringComparison.Ordinal)), Is.Empty, "no downloads when left out");
    }
}
