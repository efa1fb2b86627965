using System.Globalization;
using Pace.Analysis;
using Pace.Rendering.Text;
using Pace.Localization;

namespace Pace.Rendering.Layout;

/// <summary>
/// Page 1, the chart itself: header, customer-journey ribbon, column headings, then one row per process —
/// number, name with input → outcome, the accountable person with role, and the KPI cells.
/// Rows share the height left on the page, so nine processes always fit; text gives way inside its cell.
/// </summary>
internal static class ChartPage
{
    private const float NumberWidth = 24;
    private const float ProcessWidth = 196;
    private const float PersonWidth = 128;
    private const float Gutter = 10;
    private const float CellGap = 5;
    private const float MaxRowHeight = 84;
    private const float JourneyHeight = 20;

    /// <summary>The left edge of the process column (tests find process names by it).</summary>
    internal const float ProcessX = Page.Margin + NumberWidth;

    /// <summary>Lays out the chart page (without footer; the document adds footers once the page count is known).</summary>
    public static PageBuilder Build(LayoutContext ctx, CancellationToken cancellationToken = default)
    {
        var page = new PageBuilder();
        var p = ctx.Palette;
        var labels = ctx.Labels;
        var y = PageFrame.Header(page, ctx, repeated: false) + 8;

        if (ctx.Banner)
        {
            y = Banner(page, ctx, y) + 8;
        }

        if (ctx.Chart.Journey is { Count: > 0 } journey)
        {
            y = Journey(page, ctx, journey, y) + 9;
        }

        // The process grid is a table: a row of column headings, then one row per process, read number, process,
        // owner, KPIs. The heading of the process column spans the number column too, so every row has as many cells.
        using var table = page.Open(Role.Table);
        var left = Page.Margin;
        var right = ctx.Page.Width - Page.Margin;
        var processX = ProcessX;
        var personX = processX + ProcessWidth + Gutter;
        var kpiX = personX + PersonWidth + Gutter;
        var byDimension = KpiSlots.UsesDimensions(ctx.Chart);
        var heading = new TextStyle(FontFace.Bold, 7, p.Muted, MaxLines: 1);
        var cellWidth = (right - kpiX - ((KpiSlots.Columns - 1) * CellGap)) / KpiSlots.Columns;
        using (page.Open(Role.TableRow))
        {
            using (page.Open(Role.HeaderCell, columnSpan: 2))
            {
                TextFitter.Add(page, labels.ColumnProcess.ToUpperInvariant(), new Rect(processX, y, ProcessWidth, 9), heading);
            }

            using (page.Open(Role.HeaderCell))
            {
                TextFitter.Add(page, labels.ColumnAccountable.ToUpperInvariant(), new Rect(personX, y, PersonWidth, 9), heading);
            }

            for (var c = 0; c < KpiSlots.Columns; c++)
            {
                var text = byDimension ? labels.DimensionName((Dimension)c) : NamedTemplate.Fill(labels.KpiSlot, [new("number", c + 1)]);
                var x = kpiX + (c * (cellWidth + CellGap));
                using (page.Open(Role.HeaderCell))
                {
                    TextFitter.Add(page, text.ToUpperInvariant(), new Rect(x + 5, y, cellWidth - 10, 9), heading with { Color = byDimension ? p.Accent : p.Muted });
                }
            }
        }

        y += 12;
        page.Decorate(new LineElement(new(left, y), new(right, y), p.Ink, 0.75f));

        // Rows share what is left above the footer, up to a comfortable maximum.
        var processes = ctx.Chart.Processes;
        var bottom = ctx.Page.FooterTop - 8;
        var rowHeight = processes.Count == 0 ? 0 : MathF.Min(MaxRowHeight, (bottom - y) / processes.Count);

        // Few processes leave tall rows: set the type larger then, so the chart reads from across the room.
        var scale = Math.Clamp(rowHeight / 54, 1, 1.3f);
        for (var i = 0; i < processes.Count; i++)
        {
            // A chart may hold thousands of processes (an invalid chart rendered with --force): cancel between rows.
            cancellationToken.ThrowIfCancellationRequested();
            var row = new Rect(left, y + (i * rowHeight), right - left, rowHeight);
            using (page.Open(Role.TableRow))
            {
                Row(page, ctx, processes[i], i, row, new Columns(processX, personX, kpiX, cellWidth), byDimension, scale);
            }

            page.Decorate(new LineElement(new(left, row.Bottom), new(right, row.Bottom), p.Rule, 0.5f));
        }

        return page;
    }

    /// <summary>The x positions of the row's columns.</summary>
    private readonly record struct Columns(float Process, float Person, float Kpi, float CellWidth);

    private static void Row(PageBuilder page, LayoutContext ctx, CoreProcess process, int index, Rect row, Columns columns, bool byDimension, float scale)
    {
        var p = ctx.Palette;
        const float pad = 5;
        var inner = row.Deflate(0, pad);

        // Number in an accent disc, centred on the name's first line.
        var r = 8f + ((scale - 1) * 4);
        var center = new Point(row.X + r + 1, inner.Y + (5 * scale));
        center = center with { Y = MathF.Max(center.Y, row.Y + r + 0.5f) };
        page.Decorate(new CircleElement(center, r, p.Accent));
        var number = (index + 1).ToString(CultureInfo.InvariantCulture);
        using (page.Open(Role.Cell))
        {
            TextFitter.Add(page, number, new Rect(center.X - r, center.Y - r, 2 * r, 2 * r), new TextStyle(FontFace.Bold, 8 * scale, p.OnAccent, Align: Align.Center, Middle: true, MaxLines: 1));
        }

        ProcessCell(page, ctx, process, new Rect(columns.Process, inner.Y, ProcessWidth, inner.Height), scale);
        Person(page, ctx, process, new Rect(columns.Person, inner.Y, PersonWidth, inner.Height), scale);

        var slots = KpiSlots.Arrange(process, byDimension);

        // More KPIs than columns (an invalid chart): narrower cells, so every KPI still shows.
        var count = slots.Count;
        var area = row.Right - columns.Kpi;
        var width = count == KpiSlots.Columns ? columns.CellWidth : (area - ((count - 1) * CellGap)) / count;
        for (var c = 0; c < count; c++)
        {
            var cell = new Rect(columns.Kpi + (c * (width + CellGap)), row.Y + 2, width, row.Height - 4);
            KpiCell.Add(page, ctx, slots[c], cell, scale);
        }
    }

    /// <summary>The process name, then input → outcome, then the steps when there is room: each takes what the one before left. It heads its row.</summary>
    private static void ProcessCell(PageBuilder page, LayoutContext ctx, CoreProcess process, Rect processBox, float scale)
    {
        var p = ctx.Palette;
        using var cell = page.Open(Role.HeaderCell, scope: HeaderScope.Row);
        var flow = Flow(process);
        var small = 7.5f * scale;
        var reserve = flow.Length > 0 ? MathF.Min(processBox.Height / 2, 2 * small * Fonts.LineHeightFactor) : 0;
        var name = TextFitter.Add(page, TextSanitizer.Clean(process.Name), processBox with { Height = processBox.Height - reserve }, new TextStyle(FontFace.Bold, 10 * scale, p.Ink));
        var used = name.Height;
        if (flow.Length > 0)
        {
            used += 1.5f + TextFitter.Add(page, flow, processBox.Below(used + 1.5f), new TextStyle(FontFace.Regular, small, p.Muted)).Height;
        }

        var steps = string.Join(" · ", process.Steps.Select(s => TextSanitizer.Clean(s.Name)).Where(s => s.Length > 0));
        var stepsBox = processBox.Below(used + 3);
        if (steps.Length > 0 && stepsBox.Height >= 7 * scale * Fonts.LineHeightFactor)
        {
            TextFitter.Add(page, steps, stepsBox, new TextStyle(FontFace.Regular, 7 * scale, p.Accent, MinSize: 6, MaxLines: 2));
        }
    }

    private static void Person(PageBuilder page, LayoutContext ctx, CoreProcess process, Rect box, float scale)
    {
        var p = ctx.Palette;
        using var cell = page.Open(Role.Cell);
        var small = 7.5f * scale;
        if (process.Owner is not { } owner)
        {
            // No owner, or several: no accountability. Say so in red, with the names written, if any.
            var written = string.Join(" / ", process.Owners.Select(ctx.PersonName));
            var warn = TextFitter.Add(page, ctx.Labels.NoOwner, box with { Height = MathF.Min(box.Height, 11 * scale) }, new TextStyle(FontFace.Bold, 8.5f * scale, p.Red, MaxLines: 1));
            TextFitter.Add(page, written, box.Below(warn.Height + 1), new TextStyle(FontFace.Regular, small, p.Muted));
            return;
        }

        var role = ctx.PersonRole(owner);
        var reserve = role.Length > 0 ? MathF.Min(box.Height / 2, 2 * small * Fonts.LineHeightFactor) : 0;
        var name = TextFitter.Add(page, ctx.PersonName(owner), box with { Height = box.Height - reserve }, new TextStyle(FontFace.Bold, 9 * scale, p.Ink));
        if (role.Length > 0)
        {
            TextFitter.Add(page, role, box.Below(name.Height + 1.5f), new TextStyle(FontFace.Regular, small, p.Muted));
        }
    }

    /// <summary>"Leads → Getekende opdrachten"; one side alone when the other is not given.</summary>
    private static string Flow(CoreProcess process)
    {
        var input = TextSanitizer.Clean(process.Input);
        var outcome = TextSanitizer.Clean(process.Outcome);
        return input.Length > 0 && outcome.Length > 0 ? input + " \u2192 " + outcome : input.Length > 0 ? input + " \u2192" : outcome.Length > 0 ? "\u2192 " + outcome : string.Empty;
    }

    private static float Journey(PageBuilder page, LayoutContext ctx, IReadOnlyList<string> journey, float y)
    {
        var p = ctx.Palette;
        var left = Page.Margin;
        var right = ctx.Page.Width - Page.Margin;
        const float tip = 8;
        const float gap = 3;
        var label = ctx.Labels.CustomerJourney.ToUpperInvariant();
        var labelWidth = Fonts.Measure(label, FontFace.Bold, 7) + 8;
        using (page.Open(Role.Paragraph))
        {
            TextFitter.Add(page, label, new Rect(left, y, labelWidth, JourneyHeight), new TextStyle(FontFace.Bold, 7, p.Muted, MaxLines: 1, Middle: true));
        }

        using var list = page.Open(Role.List);
        var x0 = left + labelWidth + 4;
        var width = (right - x0 + ((journey.Count - 1) * (tip - gap))) / journey.Count;
        for (var i = 0; i < journey.Count; i++)
        {
            var box = new Rect(x0 + (i * (width - tip + gap)), y, width, JourneyHeight);

            // Steps lighten along the journey, so the ribbon reads as one flow even in grey.
            var fill = p.Accent.Tint(0.55f * i / Math.Max(1, journey.Count - 1));
            page.Decorate(Shapes.Chevron(box, tip, i == 0, fill));
            var text = new Rect(box.X + (i == 0 ? 6 : tip + 4), box.Y, box.Width - tip - (i == 0 ? 10 : tip + 8), box.Height);
            using var item = page.Open(Role.ListItem);
            TextFitter.Add(page, TextSanitizer.Clean(journey[i]), text, new TextStyle(FontFace.Bold, 8, fill.Luminance > 0.6f ? p.Ink : p.Paper, MinSize: 6, MaxLines: 2, Align: Align.Center, Middle: true));
        }

        return y + JourneyHeight;
    }

    private static float Banner(PageBuilder page, LayoutContext ctx, float y)
    {
        var p = ctx.Palette;
        var box = new Rect(Page.Margin, y, ctx.Page.Width - (2 * Page.Margin), 18);
        page.Decorate(new BoxElement(box, p.Red.Tint(0.88f), p.Red, 0.75f, 3));
        page.Decorate(Shapes.StatusMark(KpiStatus.Red, new(box.X + 9, box.Y + 9), 7, p));
        using var paragraph = page.Open(Role.Paragraph);
        var text = NamedTemplate.Fill(ctx.Labels.Banner, [new("findings", PageFrame.Summary(ctx.Findings, ctx.Labels))]);
        TextFitter.Add(page, text, box.Deflate(18, 2) with { X = box.X + 18 }, new TextStyle(FontFace.Bold, 8.5f, p.Red.Shade(0.3f), MaxLines: 1, Middle: true));
        return box.Bottom;
    }
}
