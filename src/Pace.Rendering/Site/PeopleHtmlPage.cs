using System.Globalization;
using Pace.Analysis;
using Pace.Rendering.Layout;

namespace Pace.Rendering.Site;

/// <summary>
/// People and focus, as the PDF's second page: the KPI mix of the chart, then a table with a row per person — the
/// processes they are accountable for, the KPIs they report, and both counts against the handful (3–4 KPIs, at least
/// one leading), each count with its mark and the mark's meaning in words.
/// </summary>
internal sealed class PeopleHtmlPage : SitePage
{
    /// <summary>The page's file.</summary>
    public const string File = "people.html";

    /// <inheritdoc/>
    public override string FileName => File;

    /// <inheritdoc/>
    public override string Name(SiteLabels labels) => labels.Chart.PeopleTitle;

    /// <inheritdoc/>
    public override bool AppliesTo(ChartSite chart) => chart.Context is not null;

    /// <inheritdoc/>
    public override void Body(Html html, ChartSite chart)
    {
        var ctx = chart.Loaded;
        var labels = ctx.Labels;
        html.Element("p", labels.PeopleIntro, ("class", "intro"));
        Mix(html, ctx);

        html.Element("h2", labels.PeopleTitle, ("class", "vh"), ("id", "people"));
        using (html.Open("table", ("class", "people"), ("aria-labelledby", "people")))
        {
            using (html.Open("thead"))
            using (html.Open("tr"))
            {
                html.Element("th", labels.Person, ("scope", "col"))
                    .Element("th", labels.Owns, ("scope", "col"))
                    .Element("th", labels.Reports, ("scope", "col"))
                    .Element("th", labels.Handful, ("scope", "col"), ("class", "count"))
                    .Element("th", labels.LeadingCount, ("scope", "col"), ("class", "count"));
            }

            using (html.Open("tbody"))
            {
                var people = PersonLoad.Of(ctx.Chart);
                for (var i = 0; i < people.Count; i++)
                {
                    html.Line();
                    Row(html, chart, ctx, people[i], i);
                }
            }
        }
    }

    private static void Row(Html html, ChartSite chart, LayoutContext ctx, PersonLoad load, int index)
    {
        using (html.Open("tr", ("id", SiteWords.PersonAnchor(index))))
        {
            using (html.Open("th", ("scope", "row")))
            {
                html.Element("span", SiteWords.Person(ctx.Chart, load.Id), ("class", "person"));
                if (SiteWords.Role(ctx.Chart, load.Id) is { Length: > 0 } role)
                {
                    html.Element("span", role, ("class", "role"));
                }
            }

            using (html.Open("td"))
            using (html.Open("ul", ("class", "plain")))
            {
                foreach (var owned in load.OwnedProcesses)
                {
                    using (html.Open("li"))
                    {
                        html.Element("span", (owned + 1).ToString(CultureInfo.InvariantCulture), ("class", "disc small"))
                            .Element("a", ctx.Chart.Processes[owned].Name, ("href", "index.html#" + SiteWords.ProcessAnchor(owned)));
                    }
                }
            }

            using (html.Open("td"))
            using (html.Open("ul", ("class", "plain")))
            {
                foreach (var reported in load.ReportedKpis)
                {
                    using (html.Open("li"))
                    {
                        html.Text(reported.Kpi.Name);
                        if (reported.Kpi.Timing == Timing.Leading)
                        {
                            html.Text(" ").Element("span", ctx.Labels.Leading, ("class", "badge lead"));
                        }
                    }
                }
            }

            Count(html, chart, ctx, load.ReportedKpis.Count, 3, 4);
            Count(html, chart, ctx, load.LeadingKpis.Count, 1, int.MaxValue);
        }
    }

    /// <summary>A count with a circle inside the advised range and a triangle outside it, as on the PDF, and the meaning in words.</summary>
    private static void Count(Html html, ChartSite chart, LayoutContext ctx, int count, int min, int max)
    {
        var within = count >= min && count <= max;
        using (html.Open("td", ("class", "count")))
        {
            html.Trusted(PageShell.Mark(within ? KpiStatus.Green : KpiStatus.Amber, ctx.Palette, within ? ctx.Labels.WithinAdvice : ctx.Labels.OutsideAdvice))
                .Text(count.ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>The KPI mix: per pair of kinds the two counts (and the KPIs that state neither), as a list with a bar.</summary>
    private static void Mix(Html html, LayoutContext ctx)
    {
        html.Element("h2", ctx.Labels.KpiMix, ("class", "label"));
        using (html.Open("ul", ("class", "mix")))
        {
            foreach (var (first, a, second, b, unset) in KpiMix.Of(ctx))
            {
                using (html.Open("li"))
                {
                    var total = Math.Max(1, a + b + unset);
                    var bar = new List<Element>
                    {
                        new BoxElement(new Rect(0, 0, 100, 8), ctx.Palette.Faint, ctx.Palette.Rule, 0.5f, 2),
                        new BoxElement(new Rect(0, 0, 100f * a / total, 8), ctx.Palette.Accent, null, 0, 2),
                        new BoxElement(new Rect(100f * a / total, 0, 100f * b / total, 8), ctx.Palette.AccentTint, null, 0, 2),
                    };
                    html.Trusted(InlineSvg.Of(bar, new Rect(0, 0, 100, 8), ctx.Palette, null, "bar"));
                    var text = $"{a} {first} \u00B7 {b} {second}" + (unset > 0 ? $" \u00B7 {unset} {ctx.Labels.NotSet}" : string.Empty);
                    html.Element("span", text);
                }
            }
        }
    }
}
