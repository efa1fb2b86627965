namespace Pace.Rendering.Site;

/// <summary>
/// The FACe (Function Accountability Chart), for a chart that has one: a table with a row per function — its name as
/// the row's header, who holds the seat (or that it is open), the KPIs it answers for with their targets, and the
/// results it delivers. The printed chart has no FACe page; the words follow the chart's pages.
/// </summary>
internal sealed class FaceHtmlPage : SitePage
{
    /// <summary>The page's file.</summary>
    public const string File = "face.html";

    /// <inheritdoc/>
    public override string FileName => File;

    /// <inheritdoc/>
    public override string Name(SiteLabels labels) => labels.FaceTitle;

    /// <inheritdoc/>
    public override bool AppliesTo(ChartSite chart) => chart.Context is not null && chart.Check.Chart?.Functions is { Count: > 0 };

    /// <inheritdoc/>
    public override void Body(Html html, ChartSite chart)
    {
        var ctx = chart.Loaded;
        var labels = chart.Labels;
        html.Element("p", labels.FaceIntro, ("class", "intro"));
        using (html.Open("table", ("class", "face")))
        {
            html.Element("caption", labels.FaceTitle, ("class", "vh"));
            html.ColumnHeads(labels.Function, labels.Face.Seat, labels.Kpis, labels.Face.Outcomes);
            using (html.Open("tbody"))
            {
                foreach (var function in ctx.Chart.Functions ?? [])
                {
                    html.Line();
                    Row(html, ctx.Chart, labels, function);
                }
            }
        }
    }

    private static void Row(Html html, Chart chart, SiteLabels labels, Function function)
    {
        using (html.Open("tr"))
        {
            html.Element("th", function.Name, ("scope", "row"));
            using (html.Open("td", ("class", "owner")))
            {
                if (function.Vacant || function.Owners.Count == 0)
                {
                    html.Element("strong", labels.Face.OpenSeat, ("class", "no-owner"));
                }

                foreach (var owner in function.Owners)
                {
                    html.Element("span", SiteWords.Person(chart, owner), ("class", "person"));
                    if (SiteWords.Role(chart, owner) is { Length: > 0 } role)
                    {
                        html.Element("span", role, ("class", "role"));
                    }
                }
            }

            using (html.Open("td"))
            using (html.Open("ul", ("class", "plain")))
            {
                foreach (var kpi in function.Kpis)
                {
                    using (html.Open("li"))
                    {
                        html.Element("span", kpi.Name, ("class", "kpi-name")).Text(SiteWords.Target(kpi, labels.Chart));
                    }
                }
            }

            using (html.Open("td"))
            using (html.Open("ul", ("class", "plain")))
            {
                foreach (var outcome in function.Outcomes)
                {
                    html.Element("li", outcome);
                }
            }
        }
    }
}
