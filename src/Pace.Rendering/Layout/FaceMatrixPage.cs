using Pace.Rendering.Text;
using System.Globalization;
using Pace.Localization;

namespace Pace.Rendering.Layout;

/// <summary>
/// The FACe × PACe matrix: core processes as rows, functions as columns. A numbered dot where a function takes part
/// in steps of a process (the number of steps), a shaded cell where the process owner holds the function's seat —
/// so a glance shows whether FACe and PACe agree. Up to twelve function columns a page; more continue on a next page.
/// </summary>
internal static class FaceMatrixPage
{
    /// <summary>The most function columns on one page (48 pt each beside the process column).</summary>
    public const int ColumnsPerPage = 12;

    /// <summary>The width of the process column.</summary>
    public const float ProcessWidth = 200;

    /// <summary>The height of the column headings: three lines of a long function name and its seat holder.</summary>
    public const float HeadingHeight = 52;

    private const float MaxRowHeight = 40;
    private const float MinRowHeight = 16;
    private const float LegendHeight = 12;
    private const float HeadingSize = 7.5f;

    /// <summary>Lays out the matrix pages (without footer); none for a chart without functions.</summary>
    public static List<PageBuilder> Build(LayoutContext ctx)
    {
        var functions = ctx.Chart.Functions ?? [];
        var labels = ctx.Labels.Face;
        var matrix = FaceMatrix.Of(ctx.Chart);
        var pages = new List<PageBuilder>();
        for (var start = 0; start < functions.Count; start += ColumnsPerPage)
        {
            var page = new PageBuilder();
            var y = PageFrame.Header(page, ctx, repeated: true);
            var end = Math.Min(start + ColumnsPerPage, functions.Count);
            y = PageFrame.Section(page, ctx, y, FacePage.Title(labels, labels.MatrixTitle, start, ColumnsPerPage, functions.Count), labels.MatrixIntro);
            var below = Grid(page, ctx, labels, matrix, start, end, y);
            Legend(page, ctx, labels, new Rect(Page.Margin, below + 10, ctx.Page.Width - (2 * Page.Margin), LegendHeight));
            pages.Add(page);
        }

        return pages;
    }

    /// <summary>The width of one function column when <paramref name="columns"/> share the page.</summary>
    public static float ColumnWidth(Page size, int columns) => (size.Width - (2 * Page.Margin) - ProcessWidth) / Math.Max(1, columns);

    /// <summary>The height of one process row when <paramref name="rows"/> share the space below <paramref name="top"/> (the heading row's top).</summary>
    public static float RowHeight(Page size, int rows, float top) =>
        Math.Clamp((size.FooterTop - 6 - LegendHeight - 8 - top - HeadingHeight) / Math.Max(1, rows), MinRowHeight, MaxRowHeight);

    /// <summary>The headings and rows; returns the y below the last row.</summary>
    private static float Grid(PageBuilder page, LayoutContext ctx, FaceLabels labels, FaceMatrix matrix, int start, int end, float top)
    {
        var p = ctx.Palette;
        var functions = ctx.Chart.Functions!;
        var processes = ctx.Chart.Processes;
        var left = Page.Margin;
        var right = ctx.Page.Width - Page.Margin;
        var columnWidth = ColumnWidth(ctx.Page, end - start);
        var rowHeight = RowHeight(ctx.Page, processes.Count, top);
        var bottom = ctx.Page.FooterTop - 6 - LegendHeight - 8;

        // A table: a row of column headings (the process column's is empty), then one row per process, headed by it.
        var table = page.Open(Role.Table);
        var headings = page.Open(Role.TableRow);
        using (page.Open(Role.HeaderCell))
        {
        }

        // Column headings: the function, and below it who holds the seat (an open seat in amber); read name first.
        for (var f = start; f < end; f++)
        {
            using var heading = page.Open(Role.HeaderCell);
            var x = left + ProcessWidth + ((f - start) * columnWidth);
            var cell = new Rect(x + 2, top, columnWidth - 4, HeadingHeight - 4);
            var function = functions[f];
            var seat = FacePage.Holder(function);
            var holder = seat is not null ? ctx.PersonName(seat) : function.Vacant && function.Owners.All(string.IsNullOrWhiteSpace) ? labels.OpenSeat : labels.NoOwner;
            var holderColor = seat is null ? p.Amber.Shade(0.25f) : p.Muted;
            var holderLine = 6.5f * Fonts.LineHeightFactor;
            TextFitter.Add(page, Hyphenated(TextSanitizer.Clean(function.Name), cell.Width, FontFace.Bold, HeadingSize), cell with { Height = cell.Height - holderLine - 1 }, new TextStyle(FontFace.Bold, HeadingSize, p.Ink, MinSize: 6.5f, MaxLines: 3, Align: Align.Center, Middle: true));
            TextFitter.Add(page, holder, cell with { Y = cell.Bottom - holderLine, Height = holderLine }, new TextStyle(FontFace.Regular, 6.5f, holderColor, MinSize: 5.5f, MaxLines: 1, Align: Align.Center));
        }

        headings.Dispose();
        var y = top + HeadingHeight;
        page.Decorate(new LineElement(new(left, y), new(right, y), p.Ink, 0.75f));
        var noted = new List<(float Top, float Bottom)>();
        for (var r = 0; r < processes.Count; r++)
        {
            if (y + rowHeight > bottom + 0.5f)
            {
                table.Dispose();
                using var paragraph = page.Open(Role.Paragraph);
                var more = NamedTemplate.Fill(ctx.Labels.MoreKpis, [new("count", processes.Count - r)]);
                TextFitter.Add(page, more, new Rect(left, y + 3, ProcessWidth, 10), new TextStyle(FontFace.Regular, 7.5f, p.Muted, MaxLines: 1));
                return Lines(page, ctx, start, end, top, y, columnWidth, noted);
            }

            using (page.Open(Role.TableRow))
            {
                if (Row(page, ctx, matrix, r, start, end, new Rect(left, y, right - left, rowHeight), columnWidth))
                {
                    noted.Add((y, y + rowHeight));
                }
            }

            y += rowHeight;
            page.Decorate(new LineElement(new(left, y), new(right, y), p.Rule, 0.5f));
        }

        table.Dispose();
        return Lines(page, ctx, start, end, top, y, columnWidth, noted);
    }

    /// <summary>
    /// The column rules, drawn not read; returns <paramref name="y"/>, the y below the last row. An inner rule breaks
    /// off at each <paramref name="noted"/> row, whose note runs across the columns, so no rule strikes through it.
    /// </summary>
    private static float Lines(PageBuilder page, LayoutContext ctx, int start, int end, float top, float y, float columnWidth, List<(float Top, float Bottom)> noted)
    {
        for (var f = start; f <= end; f++)
        {
            var x = Page.Margin + ProcessWidth + ((f - start) * columnWidth);
            var from = top + HeadingHeight;
            if (f > start && f < end)
            {
                foreach (var (rowTop, rowBottom) in noted)
                {
                    if (rowTop > from)
                    {
                        page.Decorate(new LineElement(new(x, from), new(x, rowTop), ctx.Palette.Rule, 0.5f));
                    }

                    from = rowBottom;
                }
            }

            if (noted.Count == 0 || y > from)
            {
                page.Decorate(new LineElement(new(x, from), new(x, y), ctx.Palette.Rule, 0.5f));
            }
        }

        return y;
    }

    /// <summary>One process row; returns whether it carries the note that nothing marks it.</summary>
    private static bool Row(PageBuilder page, LayoutContext ctx, FaceMatrix matrix, int r, int start, int end, Rect row, float columnWidth)
    {
        var p = ctx.Palette;
        var process = ctx.Chart.Processes[r];

        // The process: its number as on the chart page, its name and its owner.
        // The number sits beside the name's first line, where the eye starts reading the row.
        var dot = MathF.Min(6, (row.Height / 2) - 2);
        var text = new Rect(row.X + (2 * dot) + 5, row.Y + 3, ProcessWidth - (2 * dot) - 11, row.Height - 6);
        var first = row.Height >= 24 ? text.Y + (8 * Fonts.LineHeightFactor / 2) : row.Y + (row.Height / 2);
        var header = page.Open(Role.HeaderCell, scope: HeaderScope.Row);
        page.Decorate(new CircleElement(new(row.X + dot, first), dot, p.Accent));
        TextFitter.Add(page, (r + 1).ToString(CultureInfo.InvariantCulture), new Rect(row.X, first - dot, 2 * dot, 2 * dot), new TextStyle(FontFace.Bold, MathF.Min(6.5f, dot * 1.1f), p.OnAccent, MaxLines: 1, Align: Align.Center, Middle: true).Fixed());
        var owner = process.Owner is { } o && !string.IsNullOrWhiteSpace(o) ? ctx.PersonName(o.Trim()) : ctx.Labels.NoOwner;
        var ownerLine = row.Height >= 24 ? 7 * Fonts.LineHeightFactor : 0;
        var name = TextFitter.Add(page, TextSanitizer.Clean(process.Name), text with { Height = text.Height - ownerLine }, new TextStyle(FontFace.Bold, 8, p.Ink, MinSize: 6.5f, MaxLines: ownerLine > 0 ? 2 : 1, Middle: ownerLine == 0));
        if (ownerLine > 0)
        {
            TextFitter.Add(page, owner, new Rect(text.X, text.Y + name.Height, text.Width, ownerLine), new TextStyle(FontFace.Regular, 7, p.Muted, MaxLines: 1));
        }

        header.Dispose();
        var labels = ctx.Labels.Face;
        for (var f = start; f < end; f++)
        {
            var cell = new Rect(row.X + ProcessWidth + ((f - start) * columnWidth), row.Y, columnWidth, row.Height);
            using var data = page.Open(Role.Cell);
            if (matrix.OwnerSeat(r, f))
            {
                // The shading says something the cell's number does not: it is a figure, read as the legend says it.
                page.Figure(new BoxElement(cell.Deflate(1, 1), p.AccentTint, null, 0, 0), labels.OwnerSeat);
            }

            if (matrix.Steps(r, f) is var steps and > 0)
            {
                Mark(page, ctx, steps, cell);
            }
        }

        // A row nothing marks would read as "no function takes part": say instead that its steps do not tell, across
        // the cells, drawn over their shading but read with the process in its heading cell. Judged over every
        // function, not only this page's columns.
        var empty = Enumerable.Range(0, matrix.Functions).All(f => matrix.Steps(r, f) == 0);
        if (empty)
        {
            using (page.Reopen(header))
            {
                var across = new Rect(row.X + ProcessWidth + 6, row.Y, row.Width - ProcessWidth - 12, row.Height);
                TextFitter.Add(page, labels.EmptyRow, across, new TextStyle(FontFace.Regular, 7.5f, p.Muted, MinSize: 6, MaxLines: 1, Middle: true));
            }
        }

        return empty;
    }

    /// <summary>A dot with the number of steps in the middle of a cell.</summary>
    private static void Mark(PageBuilder page, LayoutContext ctx, int steps, Rect cell)
    {
        var p = ctx.Palette;
        var radius = MathF.Min(7, (MathF.Min(cell.Width, cell.Height) / 2) - 2);
        var center = new Point(cell.X + (cell.Width / 2), cell.Y + (cell.Height / 2));
        page.Decorate(new CircleElement(center, radius, p.Accent));
        TextFitter.Add(page, steps.ToString(CultureInfo.InvariantCulture), new Rect(center.X - radius, center.Y - radius, 2 * radius, 2 * radius), new TextStyle(FontFace.Bold, MathF.Min(7, radius * 1.1f), p.OnAccent, MaxLines: 1, Align: Align.Center, Middle: true).Fixed());
    }

    /// <summary>
    /// A column heading with every word too wide for its column split with a hyphen, so "Productontwikkeling" reads
    /// "Productontwik-/keling" at a readable size instead of shrinking below it or breaking without a mark.
    /// </summary>
    public static string Hyphenated(string text, float width, FontFace face, float size)
    {
        var words = new List<string>();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var rest = word;
            while (rest.Length > 1 && Fonts.Measure(rest, face, size) > width)
            {
                var cut = rest.Length - 1;
                while (cut > 1 && Fonts.Measure(rest[..cut] + "-", face, size) > width)
                {
                    cut--;
                }

                words.Add(rest[..cut] + "-");
                rest = rest[cut..];
            }

            words.Add(rest);
        }

        return string.Join(' ', words);
    }

    /// <summary>What the dot and the shading mean.</summary>
    private static void Legend(PageBuilder page, LayoutContext ctx, FaceLabels labels, Rect row)
    {
        var p = ctx.Palette;
        var style = new TextStyle(FontFace.Regular, 7.5f, p.Muted, MaxLines: 1, Middle: true);
        using var paragraph = page.Open(Role.Paragraph);
        var x = row.X;
        Mark(page, ctx, 2, new Rect(x, row.Y - 1, 14, 14));
        var width = Fonts.Measure(labels.TakesPart, FontFace.Regular, 7.5f) + 1;
        TextFitter.Add(page, labels.TakesPart, new Rect(x + 17, row.Y, width, row.Height), style);
        x += 17 + width + 24;
        page.Decorate(new BoxElement(new Rect(x, row.Y, 18, row.Height), p.AccentTint, p.Rule, 0.5f, 0));
        TextFitter.Add(page, labels.OwnerSeat, new Rect(x + 22, row.Y, row.Right - x - 22, row.Height), style);
    }
}
