using System.Globalization;
using Pace.Analysis;

namespace Pace.Rendering.Site;

/// <summary>
/// The site's front page: a table with a row per chart — organisation, title (linking to the chart), date, and the
/// result of its rule check with its mark — in the order the charts were given. A chart that could not be read links
/// to its findings instead.
/// </summary>
internal static class IndexHtmlPage
{
    /// <summary>The page's file at the site's root.</summary>
    public const string File = "index.html";

    /// <summary>The index in the site's language.</summary>
    public static string Document(SiteLabels labels, IReadOnlyList<ChartSite> charts) =>
        PageShell.Document(labels, labels.IndexTitle, string.Empty, html =>
        {
            html.Element("h1", labels.IndexTitle).Element("p", labels.IndexIntro, ("class", "intro")).Line();
            using (html.Open("table", ("class", "charts")))
            {
                html.Element("caption", labels.IndexTitle, ("class", "vh"));
                html.ColumnHeads(labels.Title, labels.Organization, labels.Date, labels.Chart.FindingsTitle);
                using (html.Open("tbody"))
                {
                    foreach (var chart in charts)
                    {
                        html.Line();
                        Row(html, labels, chart);
                    }
                }
            }
        });

    private static void Row(Html html, SiteLabels labels, ChartSite chart)
    {
        var first = chart.Pages.Count > 0 ? chart.Pages[0].FileName : FindingsHtmlPage.File;
        using (html.Open("tr"))
        {
            using (html.Open("th", ("scope", "row")))
            {
                var title = chart.Context is null ? chart.Folder + " \u2013 " + labels.NotLoaded : chart.Title;
                html.Element("a", title, ("href", chart.Folder + "/" + first), ("lang", chart.Labels.Code == labels.Code ? null : chart.Labels.Code));
            }

            html.Element("td", chart.Organization);
            html.Element("td", chart.Check.Chart?.Date is { } date ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty);
            var findings = chart.Check.Diagnostics;
            var worst = findings.HasErrors ? KpiStatus.Red : findings.WarningCount > 0 ? KpiStatus.Amber : KpiStatus.Green;
            using (html.Open("td", ("class", "result")))
            {
                html.Trusted(PageShell.Mark(worst, chart.Palette, null));
                var summary = Layout.PageFrame.Summary(findings, labels.Chart);
                if (findings.Count > 0)
                {
                    html.Element("a", summary, ("href", chart.Folder + "/" + FindingsHtmlPage.File));
                }
                else
                {
                    html.Text(summary);
                }
            }
        }
    }
}
