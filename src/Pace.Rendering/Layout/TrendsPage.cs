using System.Globalization;
using Pace.Analysis;
using Pace.Rendering.Text;
using Pace.Localization;

namespace Pace.Rendering.Layout;

/// <summary>
/// The trends pages, present only when some KPI has actuals: one card per such KPI with its latest value,
/// status, trend arrow (six or more actuals), a sparkline against the target line, and the breakdown of a
/// quarter or year target. Cards flow two per row over as many pages as they need.
/// </summary>
internal static class TrendsPage
{
    private const float CardHeight = 104;
    private const float TallCardHeight = 170;
    private const float Gap = 12;
    private const float TextWidth = 150;

    /// <summary>The KPIs with actuals that fit their cadence, with their process numbers, in chart order.</summary>
    public static List<(int Number, CoreProcess Process, Kpi Kpi)> Measured(Chart chart) =>
        [.. chart.Processes.SelectMany((p, i) => p.Kpis.Where(k => Series.Latest(k) is not null).Select(k => (i + 1, p, k)))];

    /// <summary>Lays out the trends pages (without footers); none when no KPI has actuals.</summary>
    public static List<PageBuilder> Build(LayoutContext ctx, CancellationToken cancellationToken)
    {
        var pages = new List<PageBuilder>();
        var kpis = Measured(ctx.Chart);
        var width = (ctx.Page.Width - (2 * Page.Margin) - Gap) / 2;
        var index = 0;
        while (index < kpis.Count)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = new PageBuilder();
            var y = PageFrame.Header(page, ctx, repeated: true);
            y = PageFrame.Section(page, ctx, y, ctx.Labels.TrendsTitle, ctx.Labels.TrendsIntro, continued: pages.Count > 0);
            var bottom = ctx.Page.FooterTop - 8;

            // Cards share the page's height among the rows it holds (up to a limit), so a page with two KPIs
            // is not a strip and a void, and a full page has no gap at the bottom.
            var rowsLeft = (kpis.Count - index + 1) / 2;
            var rowsFit = Math.Max(1, (int)((bottom - y + Gap) / (CardHeight + Gap)));
            var height = Math.Clamp(((bottom - y + Gap) / Math.Min(rowsLeft, rowsFit)) - Gap, CardHeight, TallCardHeight);
            while (index < kpis.Count && y + height <= bottom)
            {
                for (var column = 0; column < 2 && index < kpis.Count; column++, index++)
                {
                    var (number, process, kpi) = kpis[index];
                    Card(page, ctx, number, process, kpi, new Rect(Page.Margin + (column * (width + Gap)), y, width, height));
                }

                y += height + Gap;
            }

            pages.Add(page);
        }

        return pages;
    }

    /// <summary>A card, read as a section: the KPI's name as its heading, then what the card says, the sparkline in words last.</summary>
    private static void Card(PageBuilder page, LayoutContext ctx, int number, CoreProcess process, Kpi kpi, Rect card)
    {
        var p = ctx.Palette;
        var labels = ctx.Labels;
        using var section = page.Open(Role.Section);
        page.Decorate(new BoxElement(card, p.Paper, p.Rule, 0.75f, 4));
        var inner = card.Deflate(10, 8);
        var breakdown = BreakdownLine.Describe(kpi, BreakdownLine.PeriodOf(kpi, ctx.Chart.Date), labels);
        var body = breakdown is null ? inner : inner with { Height = inner.Height - 12 };

        // Left: what it is, where it stands.
        var text = new Rect(inner.X, inner.Y, TextWidth, body.Height);
        FittedText name;
        using (page.Open(Role.Heading3))
        {
            name = TextFitter.Add(page, TextSanitizer.Clean(kpi.Name), text with { Height = 22 }, new TextStyle(FontFace.Bold, 9, p.Ink, MaxLines: 2));
        }

        var owner = kpi.Owner ?? process.Owner;
        var context = $"{number} \u00B7 {TextSanitizer.Clean(process.Name)}" + (owner is null ? string.Empty : " \u00B7 " + ctx.PersonName(owner));
        var y = text.Y + name.Height + 1;
        using (page.Open(Role.Paragraph))
        {
            y += TextFitter.Add(page, context, new Rect(text.X, y, text.Width, 9), new TextStyle(FontFace.Regular, 7, p.Muted, MaxLines: 1)).Height + 5;
        }

        var standing = ctx.Standing(kpi);
        y = Latest(page, ctx, kpi, standing, text with { Y = y });
        Standing(page, ctx, kpi, standing, new Rect(text.X, y, text.Width, 10));
        y += 12;
        var trend = standing.Trend.Trend;
        var trendText = TrendText(standing.Trend, labels);
        if (y + 10 <= body.Bottom)
        {
            using var trendLine = page.Open(Role.Paragraph);
            TextFitter.Add(page, trendText, new Rect(text.X, y, text.Width, 10), new TextStyle(trend == Trend.None ? FontFace.Regular : FontFace.Bold, 7.5f, trend == Trend.None ? p.Muted : p.Ink, MaxLines: 1));
        }

        // Right: the sparkline.
        var plot = Rect.FromEdges(inner.X + TextWidth + 14, inner.Y + 4, inner.Right, body.Bottom - 10);
        Sparkline.Add(page, ctx, kpi, plot);

        if (breakdown is not null)
        {
            page.Decorate(new LineElement(new(inner.X, inner.Bottom - 11), new(inner.Right, inner.Bottom - 11), p.Faint.Shade(0.03f), 0.5f));
            using var breakdownLine = page.Open(Role.Paragraph);
            TextFitter.Add(page, breakdown, new Rect(inner.X, inner.Bottom - 9, inner.Width, 9), new TextStyle(FontFace.Regular, 7, p.Muted, MinSize: 5.5f, MaxLines: 1));
        }
    }

    /// <summary>The latest value, large, with its period beside it when there is room; returns the y below it.</summary>
    private static float Latest(PageBuilder page, LayoutContext ctx, Kpi kpi, KpiStanding standing, Rect text)
    {
        using var paragraph = page.Open(Role.Paragraph);
        var latest = standing.Latest!;
        var value = NumberFormatter.Quantity(latest.Value, kpi.Unit, ctx.Language);
        var fitted = TextFitter.Add(page, value, new Rect(text.X, text.Y, text.Width, 18), new TextStyle(FontFace.Bold, 14, ctx.Palette.Ink, MinSize: 9, MaxLines: 1));
        var after = fitted.Lines.Count > 0 ? fitted.Lines[0].Bounds.Right + 5 : text.X;
        var period = PeriodLabel.Of(latest.Period, ctx.Language);
        if (after + Fonts.Measure(period, FontFace.Regular, 7) <= text.Right)
        {
            // The period beside the value, or not at all: a cut period ("202…") says nothing.
            TextFitter.Add(page, period, new Rect(after, text.Y + 5, text.Right - after, 10), new TextStyle(FontFace.Regular, 7, ctx.Palette.Muted, MaxLines: 1).Fixed());
        }

        return text.Y + fitted.Height + 2;
    }

    /// <summary>The status mark (or the stale mark), read as its word, and the target or how far a period under way is.</summary>
    private static void Standing(PageBuilder page, LayoutContext ctx, Kpi kpi, KpiStanding standing, Rect line)
    {
        using var paragraph = page.Open(Role.Paragraph);
        var labels = ctx.Labels;
        var p = ctx.Palette;
        var latest = standing.Latest!;
        var status = standing.Status;
        var statusText = labels.Target + " " + NumberFormatter.Target(kpi, labels);
        if (latest is { ProRata: true, Target: { } toDate, Ahead: { } ahead, AsOf: { } asOf })
        {
            // A period under way: what it should have reached by the chart's date, and how far ahead or behind.
            var by = NamedTemplate.Fill(labels.ProRataBy, [new("value", NumberFormatter.Quantity(toDate, kpi.Unit, ctx.Language)), new("date", PeriodFormat.Brief(Period.Day(asOf), ctx.Language))]);
            statusText = ahead >= 0
                ? NamedTemplate.Fill(labels.ProRataOnTrack, [new("so-far", by)])
                : NamedTemplate.Fill(labels.ProRataBehind, [new("gap", NumberFormatter.Quantity(-ahead, kpi.Unit, ctx.Language)), new("so-far", by)]);
        }

        if (standing.Stale is { } stale)
        {
            // A number not reported (PACE023): its old colour is not shown as if it were current.
            page.Figure(Shapes.StaleMark(new(line.X + 3.5f, line.Y + 5), 7, p), labels.Stale);
            line = line with { X = line.X + 10, Width = line.Width - 10 };
            statusText = NamedTemplate.Fill(labels.LastReported, [new("period", OnCard(stale.LastReported, ctx.Language))])
                + " \u00B7 " + labels.Target + " " + NumberFormatter.Target(kpi, labels);
        }
        else if (status != KpiStatus.Unknown)
        {
            var word = labels.StatusWord(status);
            page.Figure(Shapes.StatusMark(status, new(line.X + 3.5f, line.Y + 5), 7, p, word), word);
            line = line with { X = line.X + 10, Width = line.Width - 10 };
        }

        TextFitter.Add(page, statusText, line, new TextStyle(FontFace.Regular, 7.5f, p.Ink, MinSize: 6, MaxLines: 1));
    }

    /// <summary>
    /// The trend line of a card, here and on the site's trends page: "↑ rising", or "no trend yet (4/6)" counting the
    /// points the trend is read from (the actuals since the last gap, up to the chart's date), not every actual.
    /// </summary>
    public static string TrendText(TrendReading reading, Labels labels) => reading.Trend switch
    {
        Trend.Rising => "\u2191 " + labels.Rising,
        Trend.Falling => "\u2193 " + labels.Falling,
        Trend.Flat => "\u2192 " + labels.Flat,
        _ => labels.NoTrend + " (" + reading.Points.ToString(CultureInfo.InvariantCulture) + "/" + TrendAnalysis.MinimumPoints.ToString(CultureInfo.InvariantCulture)
            + (reading.GapBefore is { } gap ? ", " + GapText(gap, labels) : string.Empty) + ")",
    };

    /// <summary>The periods missing before a run, as a card says it: "W05 missing", "week 11–week 19 ontbreken".</summary>
    public static string GapText(SeriesGap gap, Labels labels) => gap.First == gap.Last
        ? NamedTemplate.Fill(labels.GapOne, [new("period", OnCard(gap.First, labels.Language))])
        : NamedTemplate.Fill(labels.GapMany, [new("first", OnCard(gap.First, labels.Language)), new("last", OnCard(gap.Last, labels.Language))]);

    /// <summary>
    /// A period in a card's sentence: as the card's value and sparkline write it in Dutch ("week 38"), the short form in
    /// English ("W38"), as English cards have always said it.
    /// </summary>
    private static string OnCard(Period period, ChartLanguage language) =>
        language == ChartLanguage.Dutch ? PeriodLabel.Of(period, language) : PeriodFormat.Brief(period, language);
}
