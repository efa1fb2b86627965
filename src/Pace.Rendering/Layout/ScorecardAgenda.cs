using Pace.Analysis;
using Pace.Rendering.Text;
using Pace.Localization;

namespace Pace.Rendering.Layout;

/// <summary>
/// The top of the scorecard: what the weekly meeting talks about — red KPIs, then amber, then stale numbers, each in
/// chart order. A000: "Heb je na die week de € 25.000,- gehaald? Mooi, lekker, zo doorgaan. Zo niet, wat moet je dan
/// mogelijk aanpassen." A stale KPI is listed as stale only: its last colour is old news.
/// </summary>
internal static class ScorecardAgenda
{
    private const int PerColumn = 4;
    private const int ColumnCount = 3;
    private const float Gap = 14;
    private const float Line = 9.5f;

    /// <summary>An agenda item: the mark to show and the words.</summary>
    public sealed record Item(KpiStatus Mark, bool Stale, string Text);

    /// <summary>The items, red first, then amber, then stale.</summary>
    public static List<Item> Items(LayoutContext ctx, IReadOnlyList<ScorecardGroup> groups)
    {
        var lines = groups.SelectMany(g => g.Lines.Select(l => (g.Person, Line: l))).OrderBy(x => x.Line.Number).ToList();
        var items = new List<Item>();
        foreach (var wanted in new[] { KpiStatus.Red, KpiStatus.Amber })
        {
            items.AddRange(lines.Where(x => x.Line.Standing.Stale is null && x.Line.Standing.Status == wanted).Select(x => Miss(ctx, x.Person, x.Line)));
        }

        items.AddRange(lines.Where(x => x.Line.Standing.Stale is not null).Select(x => new Item(
            KpiStatus.Unknown,
            true,
            Subject(x.Person, x.Line) + ": " + NamedTemplate.Fill(ctx.Labels.LastReported, [new("period", PeriodLabel.Meeting(x.Line.Standing.Stale!.LastReported, ctx.Language))]))));
        return items;
    }

    /// <summary>Adds the agenda under a heading and returns the y below it.</summary>
    public static float Add(PageBuilder page, LayoutContext ctx, IReadOnlyList<Item> items, float y)
    {
        var p = ctx.Palette;
        var width = ctx.Page.Width - (2 * Page.Margin);
        using (page.Open(Role.Paragraph))
        {
            TextFitter.Add(page, ctx.Labels.Agenda.ToUpperInvariant(), new Rect(Page.Margin, y, width * 0.6f, 9), new TextStyle(FontFace.Bold, 7, p.Muted, MaxLines: 1));
        }

        Legend(page, ctx, new Rect(Page.Margin + (width * 0.6f), y, width * 0.4f, 9));
        y += 12;
        if (items.Count == 0)
        {
            using var clear = page.Open(Role.Paragraph);
            TextFitter.Add(page, ctx.Labels.AgendaClear, new Rect(Page.Margin, y, width, Line), new TextStyle(FontFace.Regular, 7.5f, p.Ink, MaxLines: 1));
            return y + Line + 6;
        }

        var slots = PerColumn * ColumnCount;
        var shown = items.Count <= slots ? items : [.. items.Take(slots - 1), new Item(KpiStatus.Unknown, false, NamedTemplate.Fill(ctx.Labels.AgendaMore, [new("count", items.Count - slots + 1)]))];
        var rows = Math.Min(PerColumn, (shown.Count + ColumnCount - 1) / ColumnCount);
        var column = (width - ((ColumnCount - 1) * Gap)) / ColumnCount;
        // A list, read column by column as it is drawn; each item's mark is read as its word.
        using var list = page.Open(Role.List);
        for (var i = 0; i < shown.Count; i++)
        {
            using var entry = page.Open(Role.ListItem);
            var (col, row) = (i / rows, i % rows);
            var box = new Rect(Page.Margin + (col * (column + Gap)), y + (row * Line), column, Line);
            var item = shown[i];
            var textBox = box;
            if (item.Stale)
            {
                page.Figure(Shapes.StaleMark(new(box.X + 3.5f, box.Y + (Line / 2)), 6, p), ctx.Labels.Stale);
                textBox = box with { X = box.X + 10, Width = box.Width - 10 };
            }
            else if (item.Mark != KpiStatus.Unknown)
            {
                page.Figure(Shapes.StatusMark(item.Mark, new(box.X + 3.5f, box.Y + (Line / 2)), 6, p), ctx.Labels.StatusWord(item.Mark));
                textBox = box with { X = box.X + 10, Width = box.Width - 10 };
            }

            TextFitter.Add(page, item.Text, textBox, new TextStyle(FontFace.Regular, 7.5f, p.Ink, MinSize: 6, MaxLines: 1, Middle: true));
        }

        return y + (rows * Line) + 8;
    }

    /// <summary>What the marks of the scorecard mean beyond the footer's three: super-green, stale, missing.</summary>
    private static void Legend(PageBuilder page, LayoutContext ctx, Rect row)
    {
        var p = ctx.Palette;
        var style = new TextStyle(FontFace.Regular, 7, p.Muted, MaxLines: 1).Fixed();
        using var paragraph = page.Open(Role.Paragraph);
        var entries = new (Action<Point> Mark, string Text)[]
        {
            (c => page.Decorate(Shapes.StatusMark(KpiStatus.Super, c, 6, p)), ctx.Labels.Super),
            (c => page.Decorate(Shapes.StaleMark(c, 6, p)), ctx.Labels.Stale),
            (c => TextFitter.Add(page, "\u2013", new Rect(c.X - 3, c.Y - 4.5f, 6, 9), style with { Align = Align.Center }), ctx.Labels.Missing),
        };
        var width = entries.Sum(e => Fonts.Measure(e.Text, FontFace.Regular, 7) + 22);
        var x = row.Right - width;
        foreach (var (mark, text) in entries)
        {
            mark(new Point(x + 3, row.Y + 4.5f));
            var w = Fonts.Measure(text, FontFace.Regular, 7) + 1;
            TextFitter.Add(page, text, new Rect(x + 9, row.Y, w, 9), style);
            x += w + 21;
        }
    }

    private static Item Miss(LayoutContext ctx, string person, ScorecardLine line)
    {
        var standing = line.Standing;
        var latest = standing.Latest!;
        var kpi = standing.Kpi;
        var target = latest.Target is { } t ? NumberFormatter.Quantity(t, kpi.Unit, ctx.Language) : ctx.Labels.NoTarget;
        if (latest is { ProRata: true, AsOf: { } asOf })
        {
            target = NamedTemplate.Fill(ctx.Labels.ProRataBy, [new("value", target), new("date", PeriodFormat.Brief(Period.Day(asOf), ctx.Language))]);
        }

        var against = NamedTemplate.Fill(ctx.Labels.Against, [new("value", NumberFormatter.Quantity(latest.Value, kpi.Unit, ctx.Language)), new("target", target)]);
        return new Item(standing.Status, false, $"{Subject(person, line)}: {against}, {PeriodLabel.Meeting(latest.Period, ctx.Language)}");
    }

    private static string Subject(string person, ScorecardLine line) => $"{TextSanitizer.Clean(line.Standing.Kpi.Name)} ({person})";
}
