using Pace.Analysis;
using Pace.Rendering.Layout;
using Pace.Rendering.Site;

namespace Pace.Rendering.Tests.Site;

/// <summary>The site's status marks judge a KPI as of the chart's date, as the PDF's chart page does.</summary>
[TestFixture]
public sealed class SiteStatusAsOfTests
{
    [TestCase("index.html", "td span.target svg.mark")]
    [TestCase("trends.html", "article.card p.target svg.mark")]
    public void Every_mark_says_the_status_as_of_the_chart_date(string page, string selector)
    {
        var checks = SitePages.Examples();
        var differs = 0;
        foreach (var check in checks)
        {
            var chart = check.Chart!;
            var labels = Labels.For(check.Language);
            var expected = chart.Processes.SelectMany(p => p.Kpis)
                .Select(k => StatusCheck.Of(k, chart.Date))
                .Where(s => s != KpiStatus.Unknown)
                .Select(labels.StatusWord)
                .ToList();
            differs += chart.Processes.SelectMany(p => p.Kpis).Count(k => StatusCheck.Of(k, chart.Date) != StatusCheck.Of(k));

            var site = SitePublisher.Build([check], new SiteOptions { Downloads = SiteDownloads.None });
            var folder = site.Keys.First(k => k.EndsWith("/people.html", StringComparison.Ordinal)).Split('/')[0];
            if (!site.ContainsKey($"{folder}/{page}"))
            {
                continue;
            }

            var marks = SitePages.Parse(site, $"{folder}/{page}").QuerySelectorAll(selector).Select(m => m.GetAttribute("aria-label")).ToList();
            Assert.That(marks, Is.EqualTo(expected), $"{folder}/{page}");
        }

        Assert.That(differs, Is.GreaterThan(0), "an example has a period under way judged differently pro rata, so the test can tell");
    }
}
