using Pace.Rendering.Text;
using Pace.Analysis;
using Pace.Localization;

namespace Pace.Rendering.Layout;

/// <summary>
/// The FACe page (FACE-FORM): one card a function — its name, the one person accountable (or an open seat, marked so
/// it cannot be missed on a wall), its leading indicators with target and status, and the results it answers for.
/// Up to twelve cards a page (four columns, three rows: long names still get two lines); more functions continue on
/// a next page.
/// </summary>
internal static class FacePage
{
    /// <summary>The most cards on one page: four columns by three rows.</summary>
    public const int PerPage = 12;

    /// <summary>The most indicators a card lists; the FACe form has room for one to three (PACE036 reports none).</summary>
    public const int ShownIndicators = 3;

    private const float Gap = 10;
    private const float Pad = 7;
    private const float MaxCardHeight = 200;

    /// <summary>Lays out the FACe pages (without footer); none for a chart without functions.</summary>
    public static List<PageBuilder> Build(LayoutContext ctx)
    {
        var functions = ctx.Chart.Functions ?? [];
        var labels = ctx.Labels.Face;
        var pages = new List<PageBuilder>();
        for (var start = 0; start < functions.Count; start += PerPage)
        {
            var page = new PageBuilder();
            var y = PageFrame.Header(page, ctx, repeated: true);
            y = PageFrame.Section(page, ctx, y, Title(labels, labels.FaceTitle, start, PerPage, functions.Count), labels.FaceIntro);
            var count = Math.Min(PerPage, functions.Count - start);
            foreach (var (card, i) in Cards(ctx.Page, count, y).Select((card, i) => (card, i)))
            {
                Card(page, ctx, labels, functions[start + i], card);
            }

            pages.Add(page);
        }

        return pages;
    }

    /// <summary>
    /// A FACe page's title; when the functions take more than one page, with the ones this page shows
    /// ("… – functions 13–24 of 30").
    /// </summary>
    public static string Title(FaceLabels labels, string title, int start, int perPage, int count) =>
        count > perPage
            ? title + " \u2013 " + NamedTemplate.Fill(labels.MoreFunctions, [new("first", start + 1), new("last", Math.Min(start + perPage, count)), new("count", count)])
            : title;

    /// <summary>
    /// The card boxes for <paramref name="count"/> functions below <paramref name="top"/>: a grid that reads in rows,
    /// as wide as the page, cards of equal size (three columns for 5, 6 and 9 functions so no row is left half empty).
    /// </summary>
    public static List<Rect> Cards(Page size, int count, float top)
    {
        var columns = count switch
        {
            <= 4 => Math.Max(1, count),
            <= 6 or 9 => 3,
            _ => 4,
        };
        var rows = (count + columns - 1) / columns;
        var width = (size.Width - (2 * Page.Margin) - ((columns - 1) * Gap)) / columns;
        var height = MathF.Min(MaxCardHeight, (size.FooterTop - 8 - top - ((rows - 1) * Gap)) / Math.Max(1, rows));
        var cards = new List<Rect>(count);
        for (var i = 0; i < count; i++)
        {
            cards.Add(new Rect(Page.Margin + ((i % columns) * (width + Gap)), top + ((i / columns) * (height + Gap)), width, height));
        }

        return cards;
    }

    /// <summary>A card, read as a section: the function's name as its heading, who is accountable, indicators, results.</summary>
    private static void Card(PageBuilder page, LayoutContext ctx, FaceLabels labels, Function function, Rect card)
    {
        using var section = page.Open(Role.Section);
        var p = ctx.Palette;
        var holder = Holder(function);
        var open = function.Vacant && holder is null;
        var single = holder is not null;
        // Type grows with the card (three rows of cards are 140 pt high: 1.12×), so a sparse FACe reads from across a room;
        // at 1.2× a card with two indicators and two results no longer had room for its results (acme's Verkoop).
        var scale = Math.Clamp(card.Height / 125, 1, 1.35f);

        // An open seat is drawn with an amber border: the gap a leadership team has to fill.
        page.Decorate(new BoxElement(card, p.Paper, open || !single ? p.Amber : p.Rule, open || !single ? 1.25f : 0.75f, 4));
        var band = new Rect(card.X, card.Y, card.Width, 26 * scale);
        page.Decorate(new BoxElement(band, open ? p.Faint : p.Accent, null, 0, 4));
        page.Decorate(new BoxElement(band with { Y = band.Bottom - 4, Height = 4 }, open ? p.Faint : p.Accent, null, 0, 0));
        using (page.Open(Role.Heading3))
        {
            TextFitter.Add(page, TextSanitizer.Clean(function.Name), band.Deflate(Pad, 2), new TextStyle(FontFace.Bold, 9.5f * scale, open ? p.Ink : p.OnAccent, MinSize: 6.5f, MaxLines: 2, Middle: true));
        }

        var inner = new Rect(card.X + Pad, band.Bottom + 5, card.Width - (2 * Pad), card.Bottom - band.Bottom - 5 - Pad);
        var y = Accountable(page, ctx, labels, function, holder, open, inner, scale);
        y = Indicators(page, ctx, labels, function, inner with { Y = y, Height = inner.Bottom - y }, scale);
        Outcomes(page, ctx, labels, function, inner with { Y = y, Height = inner.Bottom - y }, scale);
    }

    /// <summary>The accountable person and role, or the open seat; returns the y below.</summary>
    private static float Accountable(PageBuilder page, LayoutContext ctx, FaceLabels labels, Function function, string? holder, bool open, Rect box, float scale)
    {
        var p = ctx.Palette;
        using var paragraph = page.Open(Role.Paragraph);
        var nameSize = 9 * scale;
        var line = nameSize * Fonts.LineHeightFactor;
        string name;
        string note;
        var color = p.Ink;
        if (holder is not null)
        {
            name = ctx.PersonName(holder);
            note = ctx.PersonRole(holder);
        }
        else
        {
            var mark = 7 * scale;
            // The amber mark repeats what the words beside it say ("Open seat"): drawn, not read.
            page.Decorate(Shapes.StatusMark(KpiStatus.Amber, new(box.X + (mark / 2), box.Y + (line / 2)), mark, p));
            box = box with { X = box.X + mark + 4, Width = box.Width - mark - 4 };
            name = open ? labels.OpenSeat : labels.NoOwner;
            note = open ? labels.OpenSeatNote : string.Join(" / ", Named(function).Select(ctx.PersonName));
            color = p.Amber.Shade(0.25f);
        }

        var fitted = TextFitter.Add(page, name, box with { Height = line }, new TextStyle(FontFace.Bold, nameSize, color, MaxLines: 1));
        var y = box.Y + MathF.Max(line, fitted.Height);
        if (note.Length > 0)
        {
            var noteSize = 7.5f * scale;
            y += TextFitter.Add(page, note, new Rect(box.X, y, box.Width, noteSize * Fonts.LineHeightFactor), new TextStyle(FontFace.Regular, noteSize, p.Muted, MaxLines: 1)).Height;
        }

        return y + (5 * scale);
    }

    /// <summary>The leading indicators, one line each: status mark, name, target at the right; returns the y below.</summary>
    private static float Indicators(PageBuilder page, LayoutContext ctx, FaceLabels labels, Function function, Rect box, float scale)
    {
        var p = ctx.Palette;
        var y = Heading(page, ctx, labels.LeadingIndicators, box, scale);
        var size = 7.5f * scale;
        var line = size * Fonts.LineHeightFactor;
        if (function.Kpis.Count == 0)
        {
            using var none = page.Open(Role.Paragraph);
            TextFitter.Add(page, labels.NoIndicators, new Rect(box.X, y, box.Width, line), new TextStyle(FontFace.Regular, size, p.Amber.Shade(0.25f), MaxLines: 1));
            return y + line + (4 * scale);
        }

        // A list, an item an indicator: its status in words, its name, its target (drawn at the right, read last).
        var list = page.Open(Role.List);
        foreach (var kpi in function.Kpis.Take(ShownIndicators))
        {
            if (y + line > box.Bottom)
            {
                break;
            }

            using var item = page.Open(Role.ListItem);
            var x = box.X;
            // Judged as of the chart's date, as on the chart page: a quarter under way is judged pro rata.
            if (ctx.Standing(kpi).Status is var status and not KpiStatus.Unknown)
            {
                var mark = 6.5f * scale;
                var word = ctx.Labels.StatusWord(status);
                page.Figure(Shapes.StatusMark(status, new(x + (mark / 2), y + (line / 2)), mark, p, word), word);
                x += mark + 3;
            }

            var target = NumberFormatter.Target(kpi, ctx.Labels);
            var targetWidth = MathF.Min((box.Right - x) * 0.5f, Fonts.Measure(target, FontFace.Regular, size * 0.93f) + 1);
            // A long name takes a second line (when the card has room) rather than shrinking below reading size.
            var lines = y + (2 * line) + line <= box.Bottom ? 2 : 1;
            var name = TextFitter.Add(page, TextSanitizer.Clean(kpi.Name), new Rect(x, y, box.Right - targetWidth - 4 - x, lines * line), new TextStyle(FontFace.Regular, size, p.Ink, MinSize: size - 0.5f, MaxLines: lines, Middle: lines == 1));
            TextFitter.Add(page, target, new Rect(box.Right - targetWidth, y, targetWidth, line), new TextStyle(FontFace.Regular, size * 0.93f, p.Muted, MinSize: 5.5f, MaxLines: 1, Align: Align.Right, Middle: true));
            y += MathF.Max(line, name.Height);
        }

        list.Dispose();

        if (function.Kpis.Count > ShownIndicators && y + line <= box.Bottom)
        {
            using var paragraph = page.Open(Role.Paragraph);
            var more = NamedTemplate.Fill(ctx.Labels.MoreKpis, [new("count", function.Kpis.Count - ShownIndicators)]);
            y += TextFitter.Add(page, more, new Rect(box.X, y, box.Width, line), new TextStyle(FontFace.Regular, size * 0.9f, p.Muted, MaxLines: 1)).Height;
        }

        return y + (4 * scale);
    }

    /// <summary>The results, as one wrapped run separated by middle dots, in the space that is left.</summary>
    private static void Outcomes(PageBuilder page, LayoutContext ctx, FaceLabels labels, Function function, Rect box, float scale)
    {
        var outcomes = function.Outcomes.Select(TextSanitizer.Clean).Where(x => x.Length > 0).ToList();
        if (outcomes.Count == 0 || box.Height < 18 * scale)
        {
            return;
        }

        var y = Heading(page, ctx, labels.Outcomes, box, scale);
        var size = 7.5f * scale;
        var lines = Math.Max(1, (int)((box.Bottom - y) / (size * Fonts.LineHeightFactor)));
        using var paragraph = page.Open(Role.Paragraph);
        TextFitter.Add(page, string.Join("  \u00B7  ", outcomes), new Rect(box.X, y, box.Width, box.Bottom - y), new TextStyle(FontFace.Regular, size, ctx.Palette.Ink, MinSize: 6, MaxLines: lines));
    }

    /// <summary>
    /// The one person holding a seat, or <see langword="null"/> for none or several. Owners are counted once each, as
    /// PACE030 counts them: <c>owner: [bram, bram]</c> is Bram, written twice.
    /// </summary>
    public static string? Holder(Function function) => Named(function) is [var one] ? one : null;

    /// <summary>The distinct owners a seat names, trimmed, in written order.</summary>
    private static List<string> Named(Function function) =>
        [.. function.Owners.Where(o => !string.IsNullOrWhiteSpace(o)).Select(o => o.Trim()).Distinct(StringComparer.Ordinal)];

    /// <summary>A small heading in capitals with a hairline above it; returns the y below.</summary>
    private static float Heading(PageBuilder page, LayoutContext ctx, string text, Rect box, float scale)
    {
        page.Decorate(new LineElement(new(box.X, box.Y), new(box.Right, box.Y), ctx.Palette.Rule, 0.5f));
        using var paragraph = page.Open(Role.Paragraph);
        var size = 6 * scale;
        var fitted = TextFitter.Add(page, text.ToUpperInvariant(), new Rect(box.X, box.Y + 2.5f, box.Width, size * Fonts.LineHeightFactor), new TextStyle(FontFace.Bold, size, ctx.Palette.Muted, MinSize: 5.5f, MaxLines: 1));
        return box.Y + 2.5f + fitted.Height + 1.5f;
    }
}
