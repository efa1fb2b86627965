using Pace.Analysis;
using Pace.Rendering.Text;
using Pace.Validation;

namespace Pace.Rendering.Layout;

/// <summary>
/// The findings pages, present only when the rule check found something: one row per finding with its
/// severity (mark and word), code, message in the chart's language, and where in the file it is.
/// Rows grow with their message and flow over as many pages as they need.
/// </summary>
internal static class FindingsPage
{
    private const float SeverityWidth = 84;
    private const float CodeWidth = 58;
    private const float LocationWidth = 190;
    private const float Gutter = 12;
    private const float Pad = 5;
    private const float TextSize = 8;

    /// <summary>Lays out the findings pages (without footers); none when there are no findings.</summary>
    public static List<PageBuilder> Build(LayoutContext ctx, CancellationToken cancellationToken)
    {
        var pages = new List<PageBuilder>();
        var findings = ctx.Findings;
        var left = Page.Margin;
        var right = ctx.Page.Width - Page.Margin;
        var codeX = left + SeverityWidth + Gutter;
        var messageX = codeX + CodeWidth + Gutter;
        var locationX = right - LocationWidth;
        var messageWidth = locationX - Gutter - messageX;
        var index = 0;
        while (index < findings.Count)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = new PageBuilder();
            var p = ctx.Palette;
            var y = PageFrame.Header(page, ctx, repeated: true);
            y = PageFrame.Section(page, ctx, y, ctx.Labels.FindingsTitle, PageFrame.Summary(ctx.Findings, ctx.Labels), continued: pages.Count > 0);

            // A table per page, each with its own row of column headings.
            using var table = page.Open(Role.Table);
            var heading = new TextStyle(FontFace.Bold, 7, p.Muted, MaxLines: 1);
            using (page.Open(Role.TableRow))
            {
                foreach (var (text, box) in new[]
                {
                    (ctx.Labels.Severity, new Rect(left, y, SeverityWidth, 9)),
                    (ctx.Labels.Code, new Rect(codeX, y, CodeWidth, 9)),
                    (ctx.Labels.Message, new Rect(messageX, y, messageWidth, 9)),
                    (ctx.Labels.Location, new Rect(locationX, y, LocationWidth, 9)),
                })
                {
                    using var cell = page.Open(Role.HeaderCell);
                    TextFitter.Add(page, text.ToUpperInvariant(), box, heading);
                }
            }

            y += 12;
            page.Decorate(new LineElement(new(left, y), new(right, y), p.Ink, 0.75f));

            var bottom = ctx.Page.FooterTop - 8;
            var top = y;
            var first = true;
            while (index < findings.Count)
            {
                var d = findings[index];
                var message = TextSanitizer.Clean(d.MessageIn(ctx.Language));
                var lines = TextFitter.Wrap(message, messageWidth, FontFace.Regular, TextSize).Count;

                // A row is as tall as its message, but never taller than a page: such a message is cut with an ellipsis.
                var height = MathF.Min(Math.Max(2, lines) * TextSize * Fonts.LineHeightFactor, bottom - top - (2 * Pad) - 1) + (2 * Pad);
                if (y + height > bottom && !first)
                {
                    break;
                }

                var row = new Rect(left, y, right - left, height).Deflate(0, Pad);
                using (page.Open(Role.TableRow))
                {
                    Row(page, ctx, d, message, row, codeX, messageX, messageWidth, locationX);
                }

                y += height;
                page.Decorate(new LineElement(new(left, y), new(right, y), p.Rule, 0.5f));
                first = false;
                index++;
            }

            pages.Add(page);
        }

        return pages;
    }

    private static void Row(PageBuilder page, LayoutContext ctx, Diagnostic d, string message, Rect row, float codeX, float messageX, float messageWidth, float locationX)
    {
        var p = ctx.Palette;
        // Info is advice, not a status: the outlined no-verdict ring rather than a green "all is well".
        var (status, word, color) = d.Severity switch
        {
            Severity.Error => (KpiStatus.Red, ctx.Labels.Error, p.Red),
            Severity.Warning => (KpiStatus.Amber, ctx.Labels.Warning, p.Amber.Shade(0.25f)),
            _ => (KpiStatus.Unknown, ctx.Labels.Info, p.Muted),
        };
        var lineHeight = TextSize * Fonts.LineHeightFactor;
        // The mark repeats the severity word beside it: decoration.
        page.Decorate(Shapes.StatusMark(status, new(row.X + 3.5f, row.Y + (lineHeight / 2)), 7, p));
        Cell(page, word, new Rect(row.X + 11, row.Y, SeverityWidth - 11, lineHeight), new TextStyle(FontFace.Bold, TextSize, color, MaxLines: 1));
        Cell(page, TextSanitizer.Clean(d.Code), new Rect(codeX, row.Y, CodeWidth, lineHeight), new TextStyle(FontFace.Bold, TextSize, p.Ink, MaxLines: 1));
        Cell(page, message, new Rect(messageX, row.Y, messageWidth, row.Height), new TextStyle(FontFace.Regular, TextSize, p.Ink));
        using var cell = page.Open(Role.Cell);

        var where = d.Span is { } span
            ? $"{TextSanitizer.Clean(Path.GetFileName(span.File ?? string.Empty))}:{span.StartLine}:{span.StartColumn}".TrimStart(':')
            : ctx.Labels.WholeChart;
        var location = TextFitter.Add(page, where, new Rect(locationX, row.Y, LocationWidth, lineHeight), new TextStyle(FontFace.Regular, TextSize, p.Ink, MaxLines: 1));
        if (d.Path.Length > 0)
        {
            TextFitter.Add(page, TextSanitizer.Clean(d.Path), new Rect(locationX, row.Y + location.Height, LocationWidth, row.Height - location.Height), new TextStyle(FontFace.Regular, 7, p.Muted, MaxLines: 2));
        }
    }

    private static void Cell(PageBuilder page, string text, Rect box, TextStyle style)
    {
        using var cell = page.Open(Role.Cell);
        TextFitter.Add(page, text, box, style);
    }
}
