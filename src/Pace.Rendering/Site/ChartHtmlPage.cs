using System.Globalization;
using Pace.Analysis;
using Pace.Rendering.Layout;
using Pace.Localization;

namespace Pace.Rendering.Site;

/// <summary>
/// The chart: the customer journey as an ordered list, and the process grid as a table — one row per process, headed
/// by the process's name, with its owner and its KPI cells under Better / Faster / Cheaper (or KPI 1–3) — in the order
/// and words of the PDF's first page. A KPI with actuals opens its actuals in a <c>details</c> element: no script needed.
/// </summary>
internal sealed class ChartHtmlPage : SitePage
{
    /// <inheritdoc/>
    public override string FileName => "index.html";

    /// <inheritdoc/>
    public override string Name(SiteLabels labels) => labels.ChartTab;

    /// <inheritdoc/>
    public override bool AppliesTo(ChartSite chart) => chart.Context is not null;

    /// <inheritdoc/>
    public override void Body(Html html, ChartSite chart)
    {
        var ctx = chart.Loaded;
        var labels = ctx.Labels;
        if (ctx.Banner)
        {
            using (html.Open("p", ("class", "banner")))
            {
                html.Trusted(PageShell.Mark(KpiStatus.Red, ctx.Palette, null))
                    .Text(NamedTemplate.Fill(labels.Banner, [new("findings", PageFrame.Summary(ctx.Findings, labels))]));
            }
        }

        if (ctx.Chart.Journey is { Count: > 0 } journey)
        {
            html.Element("h2", labels.CustomerJourney, ("class", "label"), ("id", "journey"));
            using (html.Open("ol", ("class", "journey"), ("aria-labelledby", "journey")))
            {
                foreach (var step in journey)
                {
                    html.Element("li", step);
                }
            }
        }

        Grid(html, chart, ctx);
        Legend(html, ctx);
    }

    /// <summary>The status legend, when any KPI has a status (as the PDF's footer has it).</summary>
    internal static void Legend(Html html, LayoutContext ctx)
    {
        if (!ctx.Chart.Processes.Any(p => p.Kpis.Any(k => ctx.Standing(k).Status != KpiStatus.Unknown)))
        {
            return;
        }

        using (html.Open("ul", ("class", "legend")))
        {
            foreach (var status in new[] { KpiStatus.Green, KpiStatus.Amber, KpiStatus.Red })
            {
                using (html.Open("li"))
                {
                    html.Trusted(PageShell.Mark(status, ctx.Palette, null)).Text(SiteWords.Status(status, ctx.Labels));
                }
            }
        }
    }

    private static void Grid(Html html, ChartSite chart, LayoutContext ctx)
    {
        var labels = ctx.Labels;
        var byDimension = KpiSlots.UsesDimensions(ctx.Chart);
        var columns = Math.Max(KpiSlots.Columns, ctx.Chart.Processes.Select(p => p.Kpis.Count).DefaultIfEmpty(0).Max());
        var people = PersonLoad.Of(ctx.Chart).Select((load, i) => (load.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        using (html.Open("table", ("class", "grid")))
        {
            html.Element("caption", chart.Labels.Processes, ("class", "vh"));
            using (html.Open("thead"))
            using (html.Open("tr"))
            {
                html.Element("th", chart.Labels.Number, ("scope", "col"), ("class", "num"))
                    .Element("th", labels.ColumnProcess, ("scope", "col"))
                    .Element("th", labels.ColumnAccountable, ("scope", "col"));
                for (var c = 0; c < columns; c++)
                {
                    html.Element("th", SlotName(labels, byDimension, c), ("scope", "col"), ("class", byDimension && c < KpiSlots.Columns ? "dim" : null));
                }
            }

            using (html.Open("tbody"))
            {
                for (var i = 0; i < ctx.Chart.Processes.Count; i++)
                {
                    html.Line();
                    Row(html, chart, ctx, i, byDimension, columns, people);
                }
            }
        }
    }

    private static string SlotName(Labels labels, bool byDimension, int column) =>
        byDimension && column < KpiSlots.Columns ? labels.DimensionName((Dimension)column) : NamedTemplate.Fill(labels.KpiSlot, [new("number", column + 1)]);

    private static void Row(Html html, ChartSite chart, LayoutContext ctx, int index, bool byDimension, int columns, Dictionary<string, int> people)
    {
        var process = ctx.Chart.Processes[index];
        using (html.Open("tr", ("id", SiteWords.ProcessAnchor(index))))
        {
            using (html.Open("td", ("class", "num")))
            {
                html.Element("span", (index + 1).ToString(CultureInfo.InvariantCulture), ("class", "disc"));
            }

            using (html.Open("th", ("scope", "row"), ("class", "process")))
            {
                html.Element("span", process.Name, ("class", "name"));
                if (SiteWords.Flow(process) is { Length: > 0 } flow)
                {
                    html.Element("span", flow, ("class", "flow"));
                }

                var steps = string.Join(" \u00B7 ", process.Steps.Select(s => s.Name?.Trim()).Where(s => !string.IsNullOrEmpty(s)));
                if (steps.Length > 0)
                {
                    html.Element("span", steps, ("class", "steps"));
                }
            }

            Owner(html, ctx, process, people);
            var slots = KpiSlots.Arrange(process, byDimension);
            for (var c = 0; c < columns; c++)
            {
                var kpi = c < slots.Count ? slots[c] : null;
                var slot = SlotName(ctx.Labels, byDimension, c);
                if (kpi is null)
                {
                    using (html.Open("td", ("class", "kpi missing")))
                    {
                        html.Element("span", slot, ("class", "slot")).Text(ctx.Labels.MissingKpi);
                    }

                    continue;
                }

                using (html.Open("td", ("class", "kpi")))
                {
                    html.Element("span", slot, ("class", "slot"));
                    KpiCell(html, chart, ctx, kpi, SiteWords.KpiAnchor(index, SiteWords.IndexOf(process.Kpis, kpi)));
                }
            }
        }
    }

    private static void Owner(Html html, LayoutContext ctx, CoreProcess process, Dictionary<string, int> people)
    {
        using (html.Open("td", ("class", "owner")))
        {
            if (process.Owner is not { } owner)
            {
                html.Element("strong", ctx.Labels.NoOwner, ("class", "no-owner"));
                var written = string.Join(" / ", process.Owners.Select(o => SiteWords.Person(ctx.Chart, o)));
                if (written.Length > 0)
                {
                    html.Element("span", written, ("class", "role"));
                }

                return;
            }

            var name = SiteWords.Person(ctx.Chart, owner);
            if (people.TryGetValue(owner, out var person))
            {
                html.Element("a", name, ("class", "person"), ("href", PeopleHtmlPage.File + "#" + SiteWords.PersonAnchor(person)));
            }
            else
            {
                html.Element("span", name, ("class", "person"));
            }

            if (SiteWords.Role(ctx.Chart, owner) is { Length: > 0 } role)
            {
                html.Element("span", role, ("class", "role"));
            }
        }
    }

    private static void KpiCell(Html html, ChartSite chart, LayoutContext ctx, Kpi kpi, string anchor)
    {
        var labels = ctx.Labels;
        html.Element("span", kpi.Name, ("class", "kpi-name"));
        var status = ctx.Standing(kpi).Status;
        using (html.Open("span", ("class", "target")))
        {
            if (SiteWords.Status(status, labels) is { } word)
            {
                html.Trusted(PageShell.Mark(status, ctx.Palette, word));
            }

            html.Text(SiteWords.Target(kpi, labels));
        }

        var badges = Layout.KpiCell.Badges(ctx, kpi);
        if (badges.Count > 0)
        {
            using (html.Open("ul", ("class", "badges")))
            {
                foreach (var (text, highlight) in badges)
                {
                    html.Element("li", text, ("class", highlight ? "lead" : null));
                }
            }
        }

        if (Series.Latest(kpi) is { } latest)
        {
            Actuals(html, chart, ctx, kpi, latest, anchor);
        }
    }

    /// <summary>The latest value and, behind a summary the keyboard reaches, every actual and a link to the KPI's trend.</summary>
    private static void Actuals(Html html, ChartSite chart, LayoutContext ctx, Kpi kpi, Actual latest, string anchor)
    {
        var labels = chart.Labels;
        using (html.Open("details", ("class", "actuals")))
        {
            var summary = ctx.Labels.Latest + " " + SiteWords.Quantity(latest.Value, kpi.Unit, ctx.Language) + " (" + latest.Period + ")";
            html.Element("summary", summary);
            ActualsTable(html, labels, kpi, ctx.Language);
            if (chart.Pages.Any(p => p is TrendsHtmlPage))
            {
                using (html.Open("p"))
                {
                    html.Element("a", ctx.Labels.TrendsTitle + ": " + (kpi.Name ?? string.Empty), ("href", TrendsHtmlPage.File + "#" + anchor));
                }
            }
        }
    }

    /// <summary>A KPI's actuals, oldest first, as a table (shared with the trends page); periods in the chart's language.</summary>
    internal static void ActualsTable(Html html, SiteLabels labels, Kpi kpi, ChartLanguage language)
    {
        using (html.Open("table", ("class", "values")))
        {
            html.Element("caption", labels.Actuals + ": " + (kpi.Name ?? string.Empty), ("class", "vh"));
            html.ColumnHeads(labels.Period, labels.Value);
            using (html.Open("tbody"))
            {
                foreach (var actual in Series.Ordered(kpi))
                {
                    using (html.Open("tr"))
                    {
                        html.Element("th", PeriodLabel.Spoken(actual.Period, language), ("scope", "row")).Element("td", SiteWords.Quantity(actual.Value, kpi.Unit, language));
                    }
                }
            }
        }
    }
}
