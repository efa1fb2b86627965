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
    public static List<List<Element>> Build(LayoutContext ctx, CancellationToken cancellationToken)
    {
        var pages = new List<List<Element>>();
        var findings = ctx.Findings;
        var left = Page.Margin;
        var right = Page.Width - Page.Margin;
        var codeX = left + SeverityWidth + Gutter;
        var messageX = codeX + CodeWidth + Gutter;
        var locationX = right - LocationWidth;
        var messageWidth = locationX - Gutter - messageX;
        var index = 0;
        while (index < findings.Count)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = new List<Element>();
            var p = ctx.Palette;
            var y = PageFrame.Header(page, ctx);
            y = PageFrame.Section(page, ctx, y, ctx.Labels.FindingsTitle, PageFrame.Summary(ctx.Findings, ctx.Labels));
            var heading = new TextStyle(FontFace.Bold, 7, p.Muted, MaxLines: 1);
            TextFitter.Add(page, ctx.Labels.Severity.ToUpperInvariant(), new Rect(left, y, SeverityWidth, 9), heading);
            TextFitter.Add(page, ctx.Labels.Code.ToUpperInvariant(), new Rect(codeX, y, CodeWidth, 9), heading);
            TextFitter.Add(page, ctx.Labels.Message.ToUpperInvariant(), new Rect(messageX, y, messageWidth, 9), heading);
            TextFitter.Add(page, ctx.Labels.Location.ToUpperInvariant(), new Rect(locationX, y, LocationWidth, 9), heading);
            y += 12;
            page.Add(new LineElement(new(left, y), new(right, y), p.Ink, 0.75f));

            var bottom = Page.FooterTop - 8;
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
                Row(page, ctx, d, message, row, codeX, messageX, messageWidth, locationX);
                y += height;
                page.Add(new LineElement(new(left, y), new(right, y), p.Rule, 0.5f));
                first = false;
                index++;
            }

            pages.Add(page);
        }

        return pages;
    }

    private static void Row(List<Element> page, LayoutContext ctx, Diagnostic d, string message, Rect row, float codeX, float messageX, float messageWidth, float locationX)
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
        page.Add(Shapes.StatusMark(status, new(row.X + 3.5f, row.Y + (lineHeight / 2)), 7, p));

        TextFitter.Add(page, word, new Rect(row.X + 11, row.Y, SeverityWidth - 11, lineHeight), new TextStyle(FontFace.Bold, TextSize, color, MaxLines: 1));
        TextFitter.Add(page, TextSanitizer.Clean(d.Code), new Rect(codeX, row.Y, CodeWidth, lineHeight), new TextStyle(FontFace.Bold, TextSize, p.Ink, MaxLines: 1));
        TextFitter.Add(page, message, new Rect(messageX, row.Y, messageWidth, row.Height), new TextStyle(FontFace.Regular, TextSize, p.Ink));

        var where = d.Span is { } span
            ? $"{TextSanitizer.Clean(Path.GetFileName(span.File ?? string.Empty))}:{span.StartLine}:{span.StartColumn}".TrimStart(':')
            : ctx.Labels.WholeChart;
        var location = TextFitter.Add(page, where, new Rect(locationX, row.Y, LocationWidth, lineHeight), new TextStyle(FontFace.Regular, TextSize, p.Ink, MaxLines: 1));
        if (d.Path.Length > 0)
        {
            TextFitter.Add(page, TextSanitizer.Clean(d.Path), new Rect(locationX, row.Y + location.Height, LocationWidth, row.Height - location.Height), new TextStyle(FontFace.Regular, 7, p.Muted, MaxLines: 2));
        }
    }
}
