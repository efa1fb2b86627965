using System.Text;
using Pace.Rendering.Site;

namespace Pace.Rendering.Tests.Site;

/// <summary>Chart text is hostile: names that are HTML, script, entities and quotes reach every page as text, never as markup.</summary>
[TestFixture]
public sealed class SiteEscapingTests
{
    private static readonly string[] Hostile =
    [
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(2)>",
        "' onmouseover='alert(3)",
        "&amp; &lt;b&gt; &#x3C;i&#x3E;",
        "</table></main><h1>forged</h1>",
        "<!-- -->]]><![CDATA[",
        "javascript:alert(4)",
    ];

    [TestCaseSource(nameof(Hostile))]
    public void Hostile_text_in_every_field_stays_text_on_every_page(string text)
    {
        var site = SitePublisher.Build([TestCharts.Checked(HostileChart(text))], new SiteOptions { Downloads = SiteDownloads.None });
        foreach (var path in SitePages.Html(site))
        {
            var document = SitePages.Parse(site, path);
            Assert.That(document.QuerySelectorAll("script, img[src=x], iframe"), Is.Empty, path);
            Assert.That(document.QuerySelectorAll("h1"), Has.Length.EqualTo(1), path);
            foreach (var element in document.All)
            {
                Assert.That(element.Attributes.Select(a => a.Name), Has.None.StartsWith("on"), $"{path}: <{element.LocalName}>");
                Assert.That(element.GetAttribute("href") ?? string.Empty, Does.Not.StartWith("javascript:"), path);
            }
        }

        Assert.That(site.Keys, Has.Some.EndsWith("/" + ScorecardHtmlPage.File).And.Some.EndsWith("/trends.html"), "the hostile chart has actuals, so every kind of page is checked");
        var folder = site.Keys.Single(k => k.EndsWith("/people.html", StringComparison.Ordinal))[..^"/people.html".Length];
        Assert.That(folder, Does.Match("^[a-z0-9-]+$"), "a folder named after the organisation is made safe");
        var chartPage = SitePages.Parse(site, folder + "/index.html");
        Assert.That(chartPage.Body!.TextContent, Does.Contain(text.Replace("\t", " ", StringComparison.Ordinal)), "the text shows as written");
        Assert.That(chartPage.Title, Does.Contain(text), "and in the page's title");
    }

    [Test]
    public void Generated_charts_with_RTL_emoji_and_control_characters_give_valid_pages([Range(1, 12)] int seed)
    {
        var chart = TestCharts.Generated(seed, processes: 1 + (seed % 9), maxLength: 80, exotic: true);
        var site = SitePublisher.Build([TestCharts.Checked(chart)], new SiteOptions { Downloads = SiteDownloads.None });
        foreach (var path in SitePages.Html(site))
        {
            var document = SitePages.Parse(site, path);
            Assert.That(document.QuerySelectorAll("script"), Is.Empty, path);
            Assert.That(Encoding.UTF8.GetString(site[path]).Any(c => c < 0x20 && c != '\n'), Is.False, $"{path} has a control character");
        }
    }

    [TestCase("<b>", "&lt;b&gt;")]
    [TestCase("a&b", "a&amp;b")]
    [TestCase("\"'", "&quot;&#39;")]
    [TestCase("x\u0007\u0085y\uFDD0z", "xyz")]
    [TestCase("\u05E9\u05DC\u05D5\u05DD \U0001F680", "\u05E9\u05DC\u05D5\u05DD \U0001F680")]
    public void Text_is_escaped_and_characters_HTML_forbids_are_dropped(string text, string expected) =>
        Assert.That(HtmlText.Escape(text), Is.EqualTo(expected));

    [TestCase("../../etc/passwd.pace.yaml", "passwd")]
    [TestCase("<script>.pace.yaml", "script")]
    [TestCase("Rules.pace.yaml", "rules-2")]
    [TestCase("....pace.yaml", "chart")]
    public void A_hostile_file_name_becomes_a_safe_folder_name(string file, string expected)
    {
        Assert.That(SiteNames.For([At("/tmp/" + file)])[0], Is.EqualTo(expected));
    }

    [Test]
    public void Charts_with_the_same_file_name_get_numbered_folders()
    {
        Assert.That(SiteNames.For([At("/one/acme.pace.yaml"), At("/two/acme.pace.yaml"), At("/x/ACME.pace.yaml")]), Is.EqualTo(new[] { "acme", "acme-2", "acme-3" }));
    }

    /// <summary>A small chart checked as if read from <paramref name="path"/>.</summary>
    private static CheckResult At(string path) =>
        new ChartChecker(new CheckOptions { DiscoverConfiguration = false }).CheckText("pace: 1\norganization: X\n", path);

    /// <summary>A chart whose every text is <paramref name="text"/> (ids stay plain: they are keys, checked by the rules).</summary>
    internal static Chart HostileChart(string text) => new Chart
    {
        FormatVersion = 1,
        Organization = text,
        Title = text,
        Date = new DateOnly(2026, 11, 1),
        People = [new Person { Id = "p1", Name = text, Role = text }],
        Journey = [text, text],
        Processes =
        [
            new CoreProcess
            {
                Name = text,
                Input = text,
                Outcome = text,
                Owners = ["p1"],
                Steps = [new ProcessStep { Name = text }],
                Kpis =
                [
                    new Kpi
                    {
                        Name = text, Unit = text, Target = 10, Better = Direction.Higher, Cadence = Cadence.Week,
                        Actuals = [.. Enumerable.Range(1, 8).Select(w => new Actual(Period.Week(2026, w), w))],
                    },
                    new Kpi { Name = text, Unit = "%", Target = 5 },
                ],
            },
        ],
    };
}
