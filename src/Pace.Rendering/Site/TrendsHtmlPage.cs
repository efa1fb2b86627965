using Pace.Analysis;
using Pace.Rendering.Layout;

namespace Pace.Rendering.Site;

/// <summary>
/// Trends, as the PDF's trends pages: a card per KPI with actuals — its latest value and status, the trend (six or more
/// actuals), the sparkline against the target line (the layout's own drawing, as inline SVG with a title that says what
/// it shows), the breakdown of a quarter or year target, and every actual in a table behind a summary.
/// </summary>
internal sealed class TrendsHtmlPage : SitePage
{
    /// <summary>The page's file.</summary>
    public const string File = "trends.html";

    private static readonly Rect SparkBox = new(0, 0, 260, 84);

    /// <inheritdoc/>
    public override string FileName => File;

    /// <inheritdoc/>
    public override string Name(SiteLabels labels) => labels.Chart.TrendsTitle;

    /// <inheritdoc/>
    public override bool AppliesTo(ChartSite chart) => chart.Context is { } ctx && TrendsPage.Measured(ctx.Chart).Count > 0;

    /// <inheritdoc/>
    public override void Body(Html html, ChartSite chart)
    {
        var ctx = chart.Loaded;
        html.Element("p", ctx.Labels.TrendsIntro, ("class", "intro"));
        using (html.Open("div", ("class", "cards")))
        {
            foreach (var (number, process, kpi) in TrendsPage.Measured(ctx.Chart))
            {
                html.Line();
                Card(html, chart, ctx, number, process, kpi);
            }
        }

        ChartHtmlPage.Legend(html, ctx);
    }

    private static void Card(Html html, ChartSite chart, LayoutContext ctx, int number, CoreProcess process, Kpi kpi)
    {
        var labels = ctx.Labels;
        var anchor = SiteWords.KpiAnchor(number - 1, SiteWords.IndexOf(process.Kpis, kpi));
        using (html.Open("article", ("class", "card"), ("id", anchor), ("aria-labelledby", anchor + "-name")))
        {
            html.Element("h2", kpi.Name, ("id", anchor + "-name"));
            var owner = kpi.Owner ?? process.Owner;
            var context = $"{number} \u00B7 {process.Name}" + (owner is null ? string.Empty : " \u00B7 " + SiteWords.Person(ctx.Chart, owner));
            html.Element("p", context, ("class", "context"));

            var latest = Series.Latest(kpi)!;
            using (html.Open("p", ("class", "latest")))
            {
                html.Element("span", labels.Latest + " ", ("class", "vh"))
                    .Element("strong", SiteWords.Quantity(latest.Value, kpi.Unit, ctx.Language))
                    .Text(" ").Element("span", PeriodLabel.Of(latest.Period, ctx.Language), ("class", "period"));
            }

            var status = ctx.Standing(kpi).Status;
            using (html.Open("p", ("class", "target")))
            {
                if (SiteWords.Status(status, labels) is { } word)
                {
                    html.Trusted(PageShell.Mark(status, ctx.Palette, word));
                }

                html.Text(labels.Target + " " + SiteWords.Target(kpi, labels));
            }

            // One reading, as of the chart's date, as the PDF's card reads it: the words and the class agree with it.
            var trend = ctx.Standing(kpi).Trend;
            html.Element("p", TrendsPage.TrendText(trend, labels), ("class", trend.Trend == Trend.None ? "trend none" : "trend"));

            var spark = new PageBuilder();
            Sparkline.Add(spark, ctx, kpi, SparkBox with { Height = SparkBox.Height - 10 });
            var ordered = Series.Ordered(kpi);
            var title = $"{kpi.Name}: {PeriodLabel.Spoken(ordered[0].Period, ctx.Language)} {SiteWords.Quantity(ordered[0].Value, kpi.Unit, ctx.Language)} \u2026 {PeriodLabel.Spoken(latest.Period, ctx.Language)} {SiteWords.Quantity(latest.Value, kpi.Unit, ctx.Language)}; {labels.Target} {SiteWords.Target(kpi, labels)}";
            html.Trusted(InlineSvg.Of(spark, SparkBox, ctx.Palette, title, "spark", 1.33f));

            if (BreakdownLine.Describe(kpi, BreakdownLine.PeriodOf(kpi, ctx.Chart.Date), labels) is { } breakdown)
            {
                html.Element("p", breakdown, ("class", "breakdown"));
            }

            using (html.Open("details", ("class", "actuals")))
            {
                html.Element("summary", chart.Labels.Actuals + " (" + kpi.Actuals.Count + ")");
                ChartHtmlPage.ActualsTable(html, chart.Labels, kpi, ctx.Language);
            }
        }
    }
}
