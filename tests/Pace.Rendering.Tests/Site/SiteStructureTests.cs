using System.Text;
using AngleSharp.Dom;
using Pace.Rendering.Site;

namespace Pace.Rendering.Tests.Site;

/// <summary>The examples' site as a browser and a screen reader meet it: valid HTML5, landmarks, headings, tables, links.</summary>
[TestFixture]
public sealed class SiteStructureTests
{
    private static IReadOnlyDictionary<string, byte[]> Site => SitePages.Examples3;

    private static IEnumerable<string> Pages() => SitePages.Html(SitePages.Examples3);

    [Test]
    public void The_site_has_an_index_a_stylesheet_and_every_page_of_every_example()
    {
        Assert.That(Site.Keys, Does.Contain("index.html").And.Contain("pace.css").And.Contain("sources.html"));
        foreach (var name in TestCharts.Examples)
        {
            Assert.That(Site.Keys, Does.Contain($"{name}/index.html").And.Contain($"{name}/people.html"));
            Assert.That(Site[$"{name}/{name}.pdf"].AsSpan(0, 5).SequenceEqual("%PDF-"u8), Is.True, name);
            Assert.That(Site[$"{name}/{name}.png"].AsSpan(0, 8).SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }), Is.True, name);
            Assert.That(Encoding.UTF8.GetString(Site[$"{name}/{name}.svg"]), Does.StartWith("<svg").Or.StartWith("<?xml"), name);
        }

        // Acme and Brightleaf have actuals enough for trends; every example has findings or none, as its check says.
        Assert.That(Site.Keys, Does.Contain("acme-software/trends.html").And.Contain("acme-software/findings.html").And.Contain("acme-software/scorecard.html"));
        Assert.That(Site.Keys, Does.Contain("rules/en/index.html").And.Contain("rules/nl/index.html").And.Contain("rules/en/PACE002.html"));
    }

    [TestCaseSource(nameof(Pages))]
    public void Every_page_is_valid_HTML5_with_a_language_one_h1_and_headings_in_order(string path)
    {
        var document = SitePages.Parse(Site, path);
        Assert.That(document.DocumentElement.GetAttribute("lang"), Is.AnyOf("en", "nl"));
        Assert.That(document.QuerySelectorAll("h1"), Has.Length.EqualTo(1));
        Assert.That(document.QuerySelectorAll("main"), Has.Length.EqualTo(1));
        Assert.That(document.Title, Is.Not.Empty);
        var previous = 1;
        foreach (var heading in document.QuerySelectorAll("h1, h2, h3, h4, h5, h6"))
        {
            var level = heading.LocalName[1] - '0';
            Assert.That(level, Is.LessThanOrEqualTo(previous + 1), $"{path}: <{heading.LocalName}> {heading.TextContent} follows an h{previous}");
            previous = level;
        }
    }

    [TestCaseSource(nameof(Pages))]
    public void No_page_has_a_script_or_loads_anything_from_another_host(string path)
    {
        var document = SitePages.Parse(Site, path);
        Assert.That(document.QuerySelectorAll("script, iframe, object, embed, base"), Is.Empty);
        foreach (var element in document.All)
        {
            Assert.That(element.Attributes.Select(a => a.Name), Has.None.StartsWith("on"), $"{path}: <{element.LocalName}>");
        }

        foreach (var element in document.QuerySelectorAll("[src], link[href]"))
        {
            var target = element.GetAttribute("src") ?? element.GetAttribute("href")!;
            Assert.That(target, Does.Not.Contain(':').And.Not.StartWith("/"), $"{path}: {element.LocalName} loads {target}");
        }
    }

    [TestCaseSource(nameof(Pages))]
    public void Every_link_is_relative_and_resolves_to_a_file_and_an_anchor_of_the_site(string path)
    {
        var document = SitePages.Parse(Site, path);
        foreach (var link in document.QuerySelectorAll("a[href]"))
        {
            var href = link.GetAttribute("href")!;
            if (href.StartsWith("https://", StringComparison.Ordinal) && path == RulePages.SourcesFile)
            {
                continue; // The sources page links the articles it lists: a link to follow, not a request the page makes.
            }

            var (file, fragment) = href.IndexOf('#', StringComparison.Ordinal) is var hash and >= 0 ? (href[..hash], href[(hash + 1)..]) : (href, string.Empty);
            var target = file.Length == 0 ? path : Resolve(path, file);
            Assert.That(Site.ContainsKey(target), Is.True, $"{path}: {href} → {target} is not in the site");
            if (fragment.Length > 0)
            {
                Assert.That(SitePages.Parse(Site, target).GetElementById(fragment), Is.Not.Null, $"{path}: {href} has no #{fragment} in {target}");
            }
        }
    }

    [TestCaseSource(nameof(Pages))]
    public void Tables_have_header_cells_with_scope_and_graphics_have_names_or_are_hidden(string path)
    {
        var document = SitePages.Parse(Site, path);
        if (!path.StartsWith("rules/", StringComparison.Ordinal) && path != RulePages.SourcesFile)
        {
            foreach (var header in document.QuerySelectorAll("th"))
            {
                Assert.That(header.GetAttribute("scope"), Is.AnyOf("col", "row", "rowgroup"), $"{path}: <th> {header.TextContent}");
            }
        }

        foreach (var svg in document.QuerySelectorAll("svg"))
        {
            var hidden = svg.GetAttribute("aria-hidden") == "true";
            var named = svg.GetAttribute("role") == "img" && svg.QuerySelector("title") is { TextContent.Length: > 0 };
            Assert.That(hidden || named, Is.True, $"{path}: {svg.OuterHtml[..Math.Min(120, svg.OuterHtml.Length)]}");
        }

        foreach (var image in document.QuerySelectorAll("img"))
        {
            Assert.That(image.HasAttribute("alt"), Is.True, path);
        }
    }

    [Test]
    public void The_chart_page_is_a_table_with_a_row_header_per_process_and_status_marks_named_in_words()
    {
        var document = SitePages.Parse(Site, "acme-software/index.html");
        var rows = document.QuerySelectorAll("table.grid > tbody > tr");
        Assert.That(rows, Has.Length.EqualTo(TestCharts.Example("acme-software").Processes.Count));
        Assert.That(rows[0].QuerySelector("th[scope=row] .name")!.TextContent, Is.EqualTo(TestCharts.Example("acme-software").Processes[0].Name));
        var marks = document.QuerySelectorAll("table.grid svg[role=img] title").Select(t => t.TextContent).Distinct().ToList();
        Assert.That(marks, Is.SubsetOf(new[] { Layout.Labels.Dutch.Super, Layout.Labels.Dutch.OnTarget, Layout.Labels.Dutch.WithinTolerance, Layout.Labels.Dutch.OffTarget }).And.Not.Empty);
    }

    [Test]
    public void A_chart_with_a_FACe_has_a_functions_page_with_a_row_per_function()
    {
        var chart = TestCharts.Example("acme-software");
        Assert.That(chart.Functions, Is.Not.Null.And.Not.Empty);
        var document = SitePages.Parse(Site, "acme-software/face.html");
        var rows = document.QuerySelectorAll("table.face > tbody > tr > th[scope=row]").Select(th => th.TextContent).ToList();
        Assert.That(rows, Is.EqualTo(chart.Functions!.Select(f => f.Name).ToList()));
        Assert.That(Site.Keys, Does.Not.Contain("technical-wholesaler/face.html").And.Not.Contain("brightleaf-foods/face.html"), "charts without a FACe have no such page");
    }

    [TestCase("PACE004")]
    [TestCase("PACE018")]
    [TestCase("PACE121")]
    public void A_Dutch_rule_page_is_the_Dutch_text_with_no_not_translated_note(string code)
    {
        var document = SitePages.Parse(Site, $"rules/nl/{code}.html");
        var title = Pace.Validation.RuleDocs.Get(code, ChartLanguage.Dutch)!.Split('\n')[0].TrimStart('#', ' ');
        Assert.That(document.QuerySelector("h1")!.TextContent, Is.EqualTo(title));
        Assert.That(document.QuerySelectorAll("p.note"), Is.Empty);
        Assert.That(document.Body!.TextContent, Does.Not.Contain(SiteLabels.Dutch.NotTranslated));
        Assert.That(document.QuerySelectorAll("[lang=en]"), Is.Empty, "no English text in a Dutch page");
        var index = SitePages.Parse(Site, "rules/nl/index.html");
        Assert.That(index.QuerySelectorAll("ul.rules li").Select(li => li.TextContent), Does.Contain(code + " " + title[(code.Length + 1)..].Trim()));
    }

    [Test]
    public void A_Dutch_rule_page_cites_the_sources_page()
    {
        var document = SitePages.Parse(Site, "rules/nl/PACE001.html");
        Assert.That(document.QuerySelectorAll("a").Select(a => a.GetAttribute("href")), Does.Contain("../../sources.html#a001"));
    }

    [Test]
    public void A_rule_without_a_translation_falls_back_to_English_and_says_so()
    {
        var (markdown, language) = RulePages.Source("PACE004", SiteLabels.Dutch, translated: null);
        Assert.That(language, Is.SameAs(SiteLabels.English));
        Assert.That(markdown, Is.EqualTo(Pace.Validation.RuleDocs.Get("PACE004")));
        var (dutch, dutchLanguage) = RulePages.Source("PACE004", SiteLabels.Dutch);
        Assert.That(dutchLanguage, Is.SameAs(SiteLabels.Dutch));
        Assert.That(dutch, Is.EqualTo(Pace.Validation.RuleDocs.Get("PACE004", ChartLanguage.Dutch)));
    }

    [Test]
    public void A_Dutch_charts_trends_write_periods_the_Dutch_way()
    {
        var document = SitePages.Parse(Site, "acme-software/trends.html");
        var periods = document.QuerySelectorAll("span.period").Select(s => s.TextContent).ToList();
        var heads = document.QuerySelectorAll("table.values th[scope=row]").Select(th => th.TextContent).ToList();
        Assert.That(periods, Is.Not.Empty);
        Assert.That(heads, Is.Not.Empty);
        Assert.That(periods.Concat(heads), Has.None.Match(@"^\d{4}-(W\d{2}|Q\d|\d{2})$"), "no file keys on a Dutch page");
        Assert.That(heads, Has.Some.Match(@"^week \d+ van \d{4}$"));
    }

    [Test]
    public void A_finding_links_its_rule_page_in_the_charts_language()
    {
        var document = SitePages.Parse(Site, "acme-software/findings.html");
        var codes = document.QuerySelectorAll("table.findings th.code a").Select(a => a.GetAttribute("href")).ToList();
        Assert.That(codes, Is.Not.Empty.And.All.Match(@"^\.\./rules/nl/PACE\d{3}\.html$"));
    }

    private static string Resolve(string from, string relative)
    {
        var parts = from.Split('/').SkipLast(1).ToList();
        foreach (var segment in relative.Split('/'))
        {
            if (segment == "..")
            {
                Assert.That(parts, Is.Not.Empty, $"{from}: {relative} leaves the site");
                parts.RemoveAt(parts.Count - 1);
            }
            else if (segment != ".")
            {
                parts.Add(segment);
            }
        }

        return string.Join('/', parts);
    }
}
