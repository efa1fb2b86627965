using Pace.Analysis;
using Pace.Rendering.Layout;
using Pace.Localization;

namespace Pace.Rendering.Site;

/// <summary>
/// The frame every page shares: the document head (one stylesheet, nothing from another host), a skip link, the site's
/// navigation, <c>main</c>, and a footer; for a chart's pages also the chart's header, its page navigation, the
/// downloads and the rule-check result. Every link is relative, so the site works from <c>file://</c> and from any
/// sub-path of a web server.
/// </summary>
internal static class PageShell
{
    /// <summary>The stylesheet's file name at the site's root.</summary>
    public const string Stylesheet = "pace.css";

    /// <summary>A whole page: <paramref name="root"/> is the relative way back to the site's root ("", "../", "../../").</summary>
    public static string Document(SiteLabels labels, string title, string root, Action<Html> main, string? style = null)
    {
        var html = new Html();
        html.Text(null);
        using (html.Open("html", ("lang", labels.Code)))
        {
            using (html.Open("head"))
            {
                html.Void("meta", ("charset", "utf-8"))
                    .Void("meta", ("name", "viewport"), ("content", "width=device-width, initial-scale=1"))
                    .Void("meta", ("name", "color-scheme"), ("content", "light dark"))
                    .Void("meta", ("name", "generator"), ("content", "Pace"))
                    .Element("title", title)
                    .Void("link", ("rel", "stylesheet"), ("href", root + Stylesheet)).Line();
            }

            using (html.Open("body", ("style", style)))
            {
                html.Element("a", labels.SkipToContent, ("class", "skip"), ("href", "#main"));
                using (html.Open("header", ("class", "bar")))
                using (html.Open("nav", ("aria-label", labels.AllCharts)))
                {
                    html.Element("a", labels.AllCharts, ("href", root + "index.html"))
                        .Element("a", labels.Rules, ("href", root + RulePages.IndexPath(labels)));
                }

                html.Line();
                using (html.Open("main", ("id", "main")))
                {
                    main(html);
                }

                html.Line();
                using (html.Open("footer", ("class", "foot")))
                {
                    html.Element("p", labels.MadeWith);
                }
            }
        }

        return "<!DOCTYPE html>\n" + html + "\n";
    }

    /// <summary>A page of a chart: header, page navigation and downloads, the page's body, and the check result.</summary>
    public static string ChartDocument(ChartSite chart, SitePage page, SiteOptions options)
    {
        var labels = chart.Labels;
        var first = chart.Pages.Count > 0 && chart.Pages[0] == page;
        var name = page.Name(labels);
        var title = (first ? chart.Title : name) + " \u2013 " + chart.DisplayName;
        return Document(labels, title, "../", html =>
        {
            Header(html, chart);
            Navigation(html, chart, page, options);
            if (!first)
            {
                html.Element("p", chart.Title, ("class", "title"));
            }

            html.Element("h1", first ? chart.Title : name).Line();
            page.Body(html, chart);
            html.Line();
            Result(html, chart);
        }, Accent.Style(chart.Palette));
    }

    /// <summary>A status mark as the layout draws it, with its word as the accessible name (<see langword="null"/>: decorative).</summary>
    public static TrustedMarkup Mark(KpiStatus status, Palette palette, string? title, float size = 10)
    {
        var box = new Rect(0, 0, size, size);
        return InlineSvg.Of([Shapes.StatusMark(status, new Point(size / 2, size / 2), size * 0.8f, palette)], box, palette, title, "mark");
    }

    private static void Header(Html html, ChartSite chart)
    {
        using (html.Open("header", ("class", "chart-head")))
        {
            if (chart.Context?.Logo is not null)
            {
                // The organisation's name stands beside the logo, so the image adds nothing to read: empty alt.
                html.Void("img", ("class", "logo"), ("src", SiteContent.LogoFile), ("alt", string.Empty));
            }

            html.Element("p", chart.Organization.Length > 0 ? chart.Organization : chart.Folder, ("class", "org"));
            if (chart.Check.Chart?.Date is { } date)
            {
                var text = NamedTemplate.Fill(chart.Labels.Chart.AsOf, [new("date", chart.Labels.Chart.Date(date))]);
                html.Element("p", text, ("class", "date"));
            }
        }
    }

    private static void Navigation(Html html, ChartSite chart, SitePage current, SiteOptions options)
    {
        var labels = chart.Labels;
        using (html.Open("nav", ("class", "pages"), ("aria-label", labels.ChartPages)))
        {
            using (html.Open("ul"))
            {
                foreach (var page in chart.Pages)
                {
                    using (html.Open("li"))
                    {
                        html.Element("a", page.Name(labels), ("href", page.FileName), ("aria-current", page == current ? "page" : null));
                    }
                }
            }

            var downloads = SiteContent.Downloads(chart, options);
            if (downloads.Count > 0)
            {
                using (html.Open("ul", ("class", "downloads"), ("aria-label", labels.Downloads)))
                {
                    foreach (var (file, text) in downloads)
                    {
                        using (html.Open("li"))
                        {
                            html.Element("a", text, ("href", file), ("download", string.Empty));
                        }
                    }
                }
            }
        }
    }

    /// <summary>The rule-check result, as the PDF's footer gives it, linking to the findings when there are any.</summary>
    private static void Result(Html html, ChartSite chart)
    {
        var findings = chart.Check.Diagnostics;
        var worst = findings.HasErrors ? KpiStatus.Red : findings.WarningCount > 0 ? KpiStatus.Amber : KpiStatus.Green;
        var summary = PageFrame.Summary(findings, chart.Labels.Chart);
        using (html.Open("p", ("class", "result")))
        {
            html.Trusted(Mark(worst, chart.Palette, null));
            if (findings.Count > 0 && chart.Pages.Any(p => p is FindingsHtmlPage))
            {
                html.Element("a", summary, ("href", FindingsHtmlPage.File));
            }
            else
            {
                html.Text(summary);
            }
        }
    }
}
