using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Pace.Browser.Tests;

/// <summary>
/// The site opened from <c>file://</c> in Chromium: every page loads with no console error and no failed request,
/// axe-core finds no WCAG 2.2 A/AA violation in the light and the dark scheme, the grid reflows on a phone, print hides
/// the navigation, and the keyboard walks the grid row by row.
/// </summary>
[TestFixture]
public sealed class SiteInBrowserTests
{
    /// <summary>axe's tags for WCAG 2.0, 2.1 and 2.2, levels A and AA.</summary>
    private static readonly List<string> Wcag = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    /// <summary>The pages axe checks: all but the rule pages, and of those the lists and one page per language (one template).</summary>
    private static IEnumerable<string> AxePages => BrowserSite.Pages.Where(p =>
        !p.StartsWith("rules/", StringComparison.Ordinal) || p.EndsWith("/index.html", StringComparison.Ordinal) || p.EndsWith("/PACE002.html", StringComparison.Ordinal));

    [Test]
    public async Task Every_page_loads_from_file_with_no_console_error_and_no_failed_request()
    {
        BrowserSite.RequireBrowser();
        var page = await BrowserSite.Browser.NewPageAsync();
        var problems = new List<string>();
        var current = string.Empty;
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                problems.Add($"{current}: console {message.Type}: {message.Text}");
            }
        };
        page.PageError += (_, error) => problems.Add($"{current}: page error: {error}");
        page.RequestFailed += (_, request) => problems.Add($"{current}: request failed: {request.Url}");
        var pages = BrowserSite.Pages.ToList();
        foreach (var path in pages)
        {
            current = path;
            var response = await page.GotoAsync(BrowserSite.Url(path));
            Assert.That(response?.Ok ?? true, Is.True, path);
            Assert.That(await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('a.skip')).position"), Is.EqualTo("absolute"), $"{path}: the stylesheet applies");
        }

        Assert.That(problems, Is.Empty);
        Assert.That(pages, Has.Count.GreaterThan(20));
    }

    [TestCase("light")]
    [TestCase("dark")]
    public async Task Axe_finds_no_WCAG_A_or_AA_violation(string scheme)
    {
        BrowserSite.RequireBrowser();
        var page = await BrowserSite.Browser.NewPageAsync(new BrowserNewPageOptions { ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light });
        var violations = new List<string>();
        foreach (var path in AxePages)
        {
            await page.GotoAsync(BrowserSite.Url(path));
            // Open every details element, so axe sees the actuals tables a reader can open.
            await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
            var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = Wcag } });
            violations.AddRange(result.Violations.Select(v => $"{path}: {v.Id} ({v.Impact}) {v.Help}: {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}"));
        }

        Assert.That(violations, Is.Empty);
    }

    [Test]
    public async Task On_a_phone_the_chart_pages_reflow_without_scrolling_sideways()
    {
        BrowserSite.RequireBrowser();
        var page = await BrowserSite.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 360, Height = 800 } });
        foreach (var path in BrowserSite.ChartPages.Concat(BrowserSite.Pages.Where(p => p.EndsWith("/people.html", StringComparison.Ordinal) || p.EndsWith("/scorecard.html", StringComparison.Ordinal))))
        {
            await page.GotoAsync(BrowserSite.Url(path));
            var (scroll, width) = (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"), await page.EvaluateAsync<int>("() => window.innerWidth"));
            Assert.That(scroll, Is.LessThanOrEqualTo(width), $"{path} is {scroll} px wide on a {width} px screen");
            await Shot(page, path, "phone");
        }
    }

    [Test]
    public async Task Printed_the_chart_page_hides_the_navigation_and_keeps_the_grid_header()
    {
        BrowserSite.RequireBrowser();
        var page = await BrowserSite.Browser.NewPageAsync();
        foreach (var path in BrowserSite.ChartPages)
        {
            await page.GotoAsync(BrowserSite.Url(path));
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print, ColorScheme = ColorScheme.Dark });
            Assert.That(await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('nav.pages')).display"), Is.EqualTo("none"), path);
            Assert.That(await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.grid thead')).display"), Is.EqualTo("table-header-group"), path);
            Assert.That(await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor"), Is.EqualTo("rgb(255, 255, 255)"), $"{path}: paper, even in a dark scheme");
            var pdf = await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true, PrintBackground = true });
            Assert.That(pdf.AsSpan(0, 5).SequenceEqual("%PDF-"u8), Is.True, path);
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen, ColorScheme = ColorScheme.Light });
            await Shot(page, path, "desktop");
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
            await Shot(page, path, "print");
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });
        }
    }

    [Test]
    public async Task The_keyboard_reaches_the_skip_link_first_and_walks_the_grid_row_by_row()
    {
        BrowserSite.RequireBrowser();
        var page = await BrowserSite.Browser.NewPageAsync();
        await page.GotoAsync(BrowserSite.Url("acme-software/index.html"));
        var rows = new List<int>();
        string? first = null;
        for (var i = 0; i < 200; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focus = await page.EvaluateAsync<string>("() => { const e = document.activeElement; const r = e.closest('table.grid > tbody > tr'); return (e.className || e.tagName) + '|' + (r ? r.id : ''); }");
            if (first is not null && focus == first)
            {
                break; // Round the page and back at the skip link.
            }

            first ??= focus;
            var row = focus.Split('|')[1];
            if (row.StartsWith("process-", StringComparison.Ordinal))
            {
                rows.Add(int.Parse(row["process-".Length..], System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        Assert.That(first, Does.StartWith("skip|"), "the skip link comes first");
        Assert.That(rows, Is.Ordered, "focus never goes back to an earlier process");
        Assert.That(rows.Distinct(), Is.EquivalentTo(Enumerable.Range(1, 8)), "every process's row is reached: its owner's link");
    }

    private static async Task Shot(IPage page, string path, string kind)
    {
        var file = Path.Combine(TestContext.CurrentContext.WorkDirectory, "screenshots", kind + "-" + path.Replace('/', '-').Replace(".html", ".png", StringComparison.Ordinal));
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
    }
}
