using System.Globalization;
using Pace.Analysis;
using Pace.Rendering.Layout;

namespace Pace.Rendering.Site;

/// <summary>
/// The weekly scorecard, as the PDF's scorecard page, for a chart with actuals: the agenda (red, amber, then stale,
/// each with its mark and words), then a table with a group of rows per person who reports KPIs — each row headed by
/// the KPI, with the periods it covers, its target, its last 13 periods (value and status mark named in words, a dash
/// for a missing number, a diamond for a stale one) and its trend. The rows, numbers and words are the layout's
/// (<see cref="ScorecardModel"/>, <see cref="ScorecardAgenda"/>, <see cref="Labels"/>), so the page and the PDF agree.
/// </summary>
internal sealed class ScorecardHtmlPage : SitePage
{
    /// <summary>The page's file.</summary>
    public const string File = "scorecard.html";

    /// <inheritdoc/>
    public override string FileName => File;

    /// <inheritdoc/>
    public override string Name(SiteLabels labels) => labels.Chart.ScorecardTitle;

    /// <inheritdoc/>
    public override bool AppliesTo(ChartSite chart) => chart.Context is not null && chart.Scorecard.Count > 0;

    /// <inheritdoc/>
    public override void Body(Html html, ChartSite chart)
    {
        var ctx = chart.Loaded;
        var labels = ctx.Labels;
        var groups = chart.Scorecard;
        html.Element("p", labels.ScorecardIntro, ("class", "intro"));
        Agenda(html, ctx, ScorecardAgenda.Items(ctx, groups));

        // Thirteen periods side by side are wider than a phone: the table scrolls in a region the keyboard can reach.
        html.Element("h2", labels.ScorecardTitle, ("class", "vh"), ("id", "scorecard"));
        using (html.Open("div", ("class", "scroll"), ("role", "region"), ("aria-labelledby", "scorecard"), ("tabindex", "0")))
        using (html.Open("table", ("class", "scorecard")))
        {
            using (html.Open("thead"))
            using (html.Open("tr"))
            {
                html.Element("th", labels.Person, ("scope", "col"))
                    .Element("th", "KPI", ("scope", "col"));
                using (html.Open("th", ("scope", "col")))
                {
                    // The PDF draws no heading over the periods a row covers; a reader still hears what the column is.
                    html.Element("span", chart.Labels.Period, ("class", "vh"));
                }

                html.Element("th", labels.Target, ("scope", "col"), ("class", "tgt"))
                    .Element("th", labels.LastPeriods + " \u2192", ("scope", "col"), ("colspan", ScorecardModel.Columns.ToString(CultureInfo.InvariantCulture)))
                    .Element("th", labels.Trend, ("scope", "col"));
            }

            // A cell's mark depends on its status alone: each is drawn once for the page, not once per cell.
            var marks = new CellMarks(ctx);
            foreach (var group in groups)
            {
                html.Line();
                using (html.Open("tbody"))
                {
                    for (var i = 0; i < group.Lines.Count; i++)
                    {
                        Row(html, chart.Labels, ctx, marks, group, i);
                    }
                }
            }
        }

        Legend(html, ctx);
    }

    /// <summary>What the weekly meeting talks about, every item (the PDF shows twelve; a page has room for all).</summary>
    private static void Agenda(Html html, LayoutContext ctx, List<ScorecardAgenda.Item> items)
    {
        html.Element("h2", ctx.Labels.Agenda, ("id", "agenda"));
        if (items.Count == 0)
        {
            html.Element("p", ctx.Labels.AgendaClear);
            return;
        }

        using (html.Open("ul", ("class", "agenda"), ("aria-labelledby", "agenda")))
        {
            foreach (var item in items)
            {
                using (html.Open("li"))
                {
                    html.Trusted(item.Stale ? StaleMark(ctx, ctx.Labels.Stale) : PageShell.Mark(item.Mark, ctx.Palette, ctx.Labels.StatusWord(item.Mark)))
                        .Text(item.Text);
                }
            }
        }
    }

    private static void Row(Html html, SiteLabels site, LayoutContext ctx, CellMarks marks, ScorecardGroup group, int index)
    {
        var line = group.Lines[index];
        var kpi = line.Standing.Kpi;
        using (html.Open("tr"))
        {
            if (index == 0)
            {
                // The person heads their group of rows, as the PDF names them once at their first row.
                html.Element("th", group.Person, ("scope", "rowgroup"), ("rowspan", group.Lines.Count == 1 ? null : group.Lines.Count.ToString(CultureInfo.InvariantCulture)), ("class", "who"));
            }

            html.Element("th", line.Number.ToString(CultureInfo.InvariantCulture) + " \u00B7 " + TextSanitizer.Clean(kpi.Name), ("scope", "row"))
                .Element("td", ScorecardPage.Span(line, ctx.Language), ("class", "span"))
                .Element("td", NumberFormatter.BriefTarget(kpi, ctx.Labels), ("class", "tgt"));
            foreach (var cell in line.Cells)
            {
                Cell(html, ctx, marks, cell);
            }

            // The arrow's colour says whether the move is for the better, as on the PDF; a reader hears it in words.
            var trend = line.Standing.Trend;
            var moving = trend.Trend is Trend.Rising or Trend.Falling;
            var better = trend.Improving == true;
            var words = TrendWord(trend.Trend, ctx.Labels) + (moving ? ", " + (better ? site.Improving : site.Worsening) : string.Empty);
            using (html.Open("td", ("class", moving ? (better ? "trend good" : "trend bad") : "trend")))
            {
                html.Element("span", ScorecardPage.Arrow(trend.Trend), ("aria-hidden", "true"))
                    .Element("span", words, ("class", "vh"));
            }
        }
    }

    /// <summary>A period's cell: its period for a reader (the row's span says it for the eye), then what it holds.</summary>
    private static void Cell(Html html, LayoutContext ctx, CellMarks marks, ScorecardCell cell)
    {
        var labels = ctx.Labels;
        if (cell.Kind == CellKind.Empty)
        {
            html.Element("td", null, ("class", "cell"));
            return;
        }

        var kind = cell.Kind switch
        {
            CellKind.Value => "cell value",
            CellKind.Missing => "cell missing",
            CellKind.Stale => "cell stale",
            _ => "cell open",
        };
        using (html.Open("td", ("class", kind)))
        {
            html.Element("span", PeriodLabel.Meeting(cell.Period, ctx.Language) + " ", ("class", "vh"));
            switch (cell.Kind)
            {
                case CellKind.Value:
                    if (cell.Status != KpiStatus.Unknown)
                    {
                        html.Trusted(marks.Status(cell.Status));
                    }

                    html.Text(NumberFormatter.Compact(cell.Value!.Value, ctx.Language));
                    break;
                case CellKind.Missing:
                    html.Element("span", "\u2013", ("aria-hidden", "true")).Element("span", labels.Missing, ("class", "vh"));
                    break;
                case CellKind.Stale:
                    html.Trusted(marks.Stale);
                    break;
                default:
                    // The period under way: not reported yet, and not late.
                    break;
            }
        }
    }

    /// <summary>The marks of the page in words: the three statuses, and the scorecard's super-green, stale and missing.</summary>
    private static void Legend(Html html, LayoutContext ctx)
    {
        var labels = ctx.Labels;
        using (html.Open("ul", ("class", "legend")))
        {
            foreach (var status in new[] { KpiStatus.Green, KpiStatus.Amber, KpiStatus.Red, KpiStatus.Super })
            {
                using (html.Open("li"))
                {
                    html.Trusted(PageShell.Mark(status, ctx.Palette, null)).Text(labels.StatusWord(status));
                }
            }

            using (html.Open("li"))
            {
                html.Trusted(StaleMark(ctx, null)).Text(labels.Stale);
            }

            using (html.Open("li"))
            {
                html.Element("span", "\u2013 ", ("aria-hidden", "true")).Text(labels.Missing);
            }
        }
    }

    private static TrustedMarkup StaleMark(LayoutContext ctx, string? title) =>
        InlineSvg.Of([Shapes.StaleMark(new Point(5, 5), 8, ctx.Palette)], new Rect(0, 0, 10, 10), ctx.Palette, title, "mark");

    /// <summary>The marks of the table's cells, each drawn at its first use.</summary>
    private sealed class CellMarks(LayoutContext ctx)
    {
        private readonly Dictionary<KpiStatus, TrustedMarkup> _status = [];
        private TrustedMarkup? _stale;

        public TrustedMarkup Stale => _stale ??= StaleMark(ctx, ctx.Labels.Stale);

        public TrustedMarkup Status(KpiStatus status) =>
            _status.TryGetValue(status, out var mark) ? mark : _status[status] = PageShell.Mark(status, ctx.Palette, ctx.Labels.StatusWord(status), 8);
    }

    private static string TrendWord(Trend trend, Labels labels) => trend switch
    {
        Trend.Rising => labels.Rising,
        Trend.Falling => labels.Falling,
        Trend.Flat => labels.Flat,
        _ => labels.NoTrend,
    };
}
