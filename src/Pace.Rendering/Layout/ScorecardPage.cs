using System.Globalization;
using Pace.Analysis;
using Pace.Rendering.Text;

namespace Pace.Rendering.Layout;

/// <summary>
/// The scorecard, present only when some KPI has actuals: the weekly meeting's view of the numbers. Above, the agenda
/// (<see cref="ScorecardAgenda"/>); below, one row per KPI grouped by the person who reports it (A001: "In een
/// wekelijkse vergadering of daily huddle noemt iedereen zijn eigen KPI"), with the periods its 13 cells cover, its
/// target, the last 13 periods side by side — value and status mark, a dash for a missing number, a diamond for a
/// stale one — and the trend arrow. Rows that do not fit flow onto further pages.
/// </summary>
internal static class ScorecardPage
{
    private const float PersonWidth = 84;
    private const float KpiWidth = 130;
    private const float SpanWidth = 50;
    private const float SpanMinSize = 5.5f;
    private const float TargetWidth = 56;
    private const float CellWidth = 30;
    private const float CellGap = 2;
    private const float TrendWidth = 18;
    private const float Gutter = 6;
    private const float MinRow = 11.5f;
    private const float MaxRow = 21;

    /// <summary>Where the columns start, left to right; shared with the geometry tests.</summary>
    public static float KpiX => Page.Margin + PersonWidth + Gutter;

    /// <summary>
    /// The KPI column's width on a paper size: 130 pt where the table fits (A4 lacks 0.11 pt of the 782 pt the
    /// columns take, A3 is A4 scaled), narrower on Letter (80 pt) so the 13 period cells keep their 30 pt.
    /// </summary>
    public static float KpiWidthOn(Page size)
    {
        var table = PersonWidth + Gutter + KpiWidth + Gutter + SpanWidth + Gutter + TargetWidth + Gutter
            + (ScorecardModel.Columns * CellWidth) + ((ScorecardModel.Columns - 1) * CellGap) + Gutter + TrendWidth;
        return KpiWidth - MathF.Max(0, table - (size.Width - (2 * Page.Margin)));
    }

    /// <summary>The left edge of the first period cell.</summary>
    public static float CellsX(Page size) => KpiX + KpiWidthOn(size) + Gutter + SpanWidth + Gutter + TargetWidth + Gutter;

    /// <summary>The left edge of the trend column.</summary>
    public static float TrendX(Page size) => CellsX(size) + (ScorecardModel.Columns * CellWidth) + ((ScorecardModel.Columns - 1) * CellGap) + Gutter;

    /// <summary>The right edge of the table: it must not pass the margin.</summary>
    public static float Right(Page size) => TrendX(size) + TrendWidth;

    /// <summary>Lays out the scorecard pages (without footers); none when no KPI has actuals.</summary>
    public static List<PageBuilder> Build(LayoutContext ctx, CancellationToken cancellationToken)
    {
        var groups = ScorecardModel.Of(ctx, cancellationToken);
        var pages = new List<PageBuilder>();
        if (groups.Count == 0)
        {
            return pages;
        }

        var rows = groups.SelectMany(g => g.Lines.Select((line, i) => (Group: g, Line: line, First: i == 0))).ToList();
        var index = 0;
        while (index < rows.Count)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = new PageBuilder();
            var y = PageFrame.Header(page, ctx, repeated: true);
            y = PageFrame.Section(page, ctx, y, ctx.Labels.ScorecardTitle, ctx.Labels.ScorecardIntro);
            if (pages.Count == 0)
            {
                y = ScorecardAgenda.Add(page, ctx, ScorecardAgenda.Items(ctx, groups), y);
            }

            // A table: the column headings, then a row per KPI; the person heads their KPIs' rows, named at the first.
            var table = page.Open(Role.Table);
            y = Heading(page, ctx, y);
            var bottom = ctx.Page.FooterTop - 8;
            var height = Math.Clamp((bottom - y) / (rows.Count - index), MinRow, MaxRow);
            var start = index;
            while (index < rows.Count && y + height <= bottom + 0.01f)
            {
                var (group, line, first) = rows[index];
                using var tableRow = page.Open(Role.TableRow);
                var person = page.Open(Role.Cell);
                if (first || index == start)
                {
                    // A person's name once, at their first row (again at the top of a continued page).
                    var span = group.Lines.Count - group.Lines.ToList().IndexOf(line);
                    var fit = Math.Min(span, (int)((bottom - y + 0.01f) / height));
                    TextFitter.Add(page, group.Person, new Rect(Page.Margin, y + 1.5f, PersonWidth, (fit * height) - 2), new TextStyle(FontFace.Bold, 7.5f, ctx.Palette.Ink, MinSize: 6.5f, MaxLines: Math.Max(1, fit)));
                    if (index > 0)
                    {
                        page.Decorate(new LineElement(new(Page.Margin, y), new(Right(ctx.Page), y), ctx.Palette.Rule, 0.75f));
                    }
                }

                person.Dispose();
                Row(page, ctx, line, y, height);
                y += height;
                index++;
            }

            table.Dispose();
            pages.Add(page);
        }

        return pages;
    }

    /// <summary>The column headings and the rule under them; returns the y below.</summary>
    private static float Heading(PageBuilder page, LayoutContext ctx, float y)
    {
        var p = ctx.Palette;
        var style = new TextStyle(FontFace.Bold, 6.5f, p.Muted, MaxLines: 1);
        var labels = ctx.Labels;
        using (page.Open(Role.TableRow))
        {
            HeaderCell(page, labels.Person.ToUpperInvariant(), new Rect(Page.Margin, y, PersonWidth, 9), style);
            HeaderCell(page, "KPI", new Rect(KpiX, y, KpiWidthOn(ctx.Page), 9), style);

            // The periods column has no heading drawn: its cell is there so the columns line up for a reader.
            using (page.Open(Role.HeaderCell))
            {
            }

            HeaderCell(page, labels.Target.ToUpperInvariant(), new Rect(CellsX(ctx.Page) - Gutter - TargetWidth, y, TargetWidth, 9), style with { Align = Align.Right });
            HeaderCell(page, labels.LastPeriods.ToUpperInvariant() + " \u2192", new Rect(CellsX(ctx.Page), y, TrendX(ctx.Page) - Gutter - CellsX(ctx.Page), 9), style, ScorecardModel.Columns);
            HeaderCell(page, labels.Trend.ToUpperInvariant(), new Rect(TrendX(ctx.Page), y, TrendWidth, 9), style with { Align = Align.Center, MinSize = 4.5f });
        }

        y += 11;
        page.Decorate(new LineElement(new(Page.Margin, y), new(Right(ctx.Page), y), p.Ink, 0.75f));
        return y + 0.5f;
    }

    private static void HeaderCell(PageBuilder page, string text, Rect box, TextStyle style, int columnSpan = 1)
    {
        using var cell = page.Open(Role.HeaderCell, columnSpan: columnSpan);
        TextFitter.Add(page, text, box, style);
    }

    private static void Row(PageBuilder page, LayoutContext ctx, ScorecardLine line, float y, float height)
    {
        var p = ctx.Palette;
        var kpi = line.Standing.Kpi;
        var middle = new TextStyle(FontFace.Regular, 7, p.Ink, MinSize: 6, MaxLines: height >= 16 ? 2 : 1, Middle: true);
        var name = $"{line.Number.ToString(CultureInfo.InvariantCulture)} \u00B7 {TextSanitizer.Clean(kpi.Name)}";
        using (page.Open(Role.HeaderCell, scope: HeaderScope.Row))
        {
            TextFitter.Add(page, name, new Rect(KpiX, y, KpiWidthOn(ctx.Page), height), middle);
        }

        var cells = line.Cells;
        using (page.Open(Role.Cell))
        {
            TextFitter.Add(page, PrintedSpan(line, ctx.Language), new Rect(KpiX + KpiWidthOn(ctx.Page) + Gutter, y, SpanWidth, height), middle with { Size = 6, Color = p.Muted, MinSize = SpanMinSize, MaxLines = 1 });
        }

        using (page.Open(Role.Cell))
        {
            TextFitter.Add(page, NumberFormatter.BriefTarget(kpi, ctx.Labels), new Rect(CellsX(ctx.Page) - Gutter - TargetWidth, y, TargetWidth, height), middle with { MinSize = 5.5f, MaxLines = 1, Align = Align.Right });
        }

        for (var i = 0; i < cells.Count; i++)
        {
            Cell(page, ctx, cells[i], new Rect(CellsX(ctx.Page) + (i * (CellWidth + CellGap)), y + 1, CellWidth, height - 2));
        }

        var trend = line.Standing.Trend;
        var colour = trend.Trend switch
        {
            Trend.Rising or Trend.Falling => trend.Improving == true ? p.Green : p.Red,
            Trend.Flat => p.Ink,
            _ => p.Muted,
        };
        using var trendCell = page.Open(Role.Cell);
        TextFitter.Add(page, Arrow(trend.Trend), new Rect(TrendX(ctx.Page), y, TrendWidth, height), new TextStyle(FontFace.Bold, 8, colour, MaxLines: 1, Align: Align.Center, Middle: true).Fixed());
    }

    private static void Cell(PageBuilder page, LayoutContext ctx, ScorecardCell cell, Rect box)
    {
        var p = ctx.Palette;
        var centred = new TextStyle(FontFace.Regular, 7, p.Muted, MaxLines: 1, Align: Align.Center, Middle: true).Fixed();
        using var data = page.Open(Role.Cell);
        switch (cell.Kind)
        {
            case CellKind.Value:
                page.Decorate(new BoxElement(box, p.Faint, null, 0, 1.5f));
                var text = box with { X = box.X + 8, Width = box.Width - 9.5f };
                if (cell.Status != KpiStatus.Unknown)
                {
                    page.Figure(Shapes.StatusMark(cell.Status, new(box.X + 4.5f, box.Y + (box.Height / 2)), 5, p, ctx.Labels.StatusWord(cell.Status)), ctx.Labels.StatusWord(cell.Status));
                }
                else
                {
                    text = box.Deflate(1.5f, 0);
                }

                TextFitter.Add(page, NumberFormatter.Compact(cell.Value!.Value, ctx.Language), text, new TextStyle(FontFace.Regular, 6.5f, p.Ink, MinSize: 5.5f, MaxLines: 1, Align: Align.Right, Middle: true));
                break;
            case CellKind.Missing:
                page.Decorate(new BoxElement(box, p.Faint, null, 0, 1.5f));
                TextFitter.Add(page, "\u2013", box, centred);
                break;
            case CellKind.Stale:
                page.Decorate(new BoxElement(box, null, p.Muted, 0.5f, 1.5f));
                page.Figure(Shapes.StaleMark(new(box.X + (box.Width / 2), box.Y + (box.Height / 2)), 5, p) with { Label = ctx.Labels.Stale }, ctx.Labels.Stale);
                break;
            case CellKind.Open:
                page.Decorate(new BoxElement(box, null, p.Rule, 0.5f, 1.5f));
                break;
            default:
                break;
        }
    }

    /// <summary>The trend column's arrow: ↑ rising, ↓ falling, → flat, · no trend yet (shared with the site's scorecard).</summary>
    public static string Arrow(Trend trend) => trend switch
    {
        Trend.Rising => "\u2191",
        Trend.Falling => "\u2193",
        Trend.Flat => "\u2192",
        _ => "\u00B7",
    };

    /// <summary>
    /// The periods a row's cells cover, "W31–W43" or "Nov '25–Nov '26" (shared with the site's scorecard). In Dutch the
    /// way a manager writes it: "week 31–43", and months and quarters with their years in full ("okt 2025–okt 2026")
    /// where <paramref name="fits"/> allows, else "okt '25–okt '26"; the site has room for the full form.
    /// </summary>
    /// <param name="line">The row.</param>
    /// <param name="language">The chart's language.</param>
    /// <param name="fits">Whether a text fits the column; <see langword="null"/> for no limit.</param>
    public static string Span(ScorecardLine line, ChartLanguage language, Func<string, bool>? fits = null)
    {
        var (first, last) = (line.Cells[0].Period, line.Cells[^1].Period);
        if (language == ChartLanguage.Dutch)
        {
            return DutchSpan(first, last, fits ?? (_ => true));
        }

        return first.Length is Cadence.Week or Cadence.Day
            ? PeriodFormat.Brief(first, language) + "\u2013" + PeriodFormat.Brief(last, language)
            : Yeared(first, language) + "\u2013" + Yeared(last, language); // Months and quarters repeat within 13 periods: give the years.
    }

    /// <summary>The span column's text on the printed page: the longest form that fits the column at its smallest size.</summary>
    private static string PrintedSpan(ScorecardLine line, ChartLanguage language) =>
        Span(line, language, text => Fonts.Measure(text, FontFace.Regular, SpanMinSize) <= SpanWidth);

    private static string DutchSpan(Period first, Period last, Func<string, bool> fits)
    {
        var inv = CultureInfo.InvariantCulture;
        switch (first.Length)
        {
            case Cadence.Week:
                // "week 31–43"; across a new year each end keeps its year: "week 45 '25–5 '26".
                var (from, to) = (first.Start.ToDateTime(TimeOnly.MinValue), last.Start.ToDateTime(TimeOnly.MinValue));
                var week = ISOWeek.GetWeekOfYear(to).ToString(inv);
                return PeriodLabel.SpansYears(first, last)
                    ? string.Create(inv, $"{PeriodFormat.Brief(first, ChartLanguage.Dutch)} '{ISOWeek.GetYear(from) % 100:D2}\u2013{week} '{ISOWeek.GetYear(to) % 100:D2}")
                    : PeriodFormat.Brief(first, ChartLanguage.Dutch) + "\u2013" + week;
            case Cadence.Day or Cadence.Year:
                return PeriodFormat.Brief(first, ChartLanguage.Dutch) + "\u2013" + PeriodFormat.Brief(last, ChartLanguage.Dutch);
            default:
                var full = Full(first) + "\u2013" + Full(last);
                return fits(full) ? full : Yeared(first, ChartLanguage.Dutch) + "\u2013" + Yeared(last, ChartLanguage.Dutch);
        }

        static string Full(Period period) => PeriodFormat.Brief(period, ChartLanguage.Dutch) + " " + period.Start.Year.ToString(CultureInfo.InvariantCulture);
    }

    private static string Yeared(Period period, ChartLanguage language) => period.Length == Cadence.Year
        ? PeriodFormat.Brief(period, language)
        : PeriodFormat.Brief(period, language) + " '" + (period.Start.Year % 100).ToString("D2", CultureInfo.InvariantCulture);
}
