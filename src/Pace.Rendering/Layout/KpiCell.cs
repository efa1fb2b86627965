using Pace.Analysis;
using Pace.Rendering.Text;

namespace Pace.Rendering.Layout;

/// <summary>
/// One KPI cell of the chart: the name at the top (wrapping, shrinking, ellipsizing into the space left),
/// the target with its status mark (or the stale mark), and a row of badges for the four KPI kinds at the bottom.
/// A card whose name runs right to left (Arabic, Hebrew) is mirrored: mark, target and badges start at the right, as
/// the name's own lines do.
/// </summary>
internal static class KpiCell
{
    /// <summary>The space between the cell's edge and its content, left and right.</summary>
    internal const float Pad = 5;

    /// <summary>The gap between the status mark and the target.</summary>
    internal const float MarkGap = 3;
    private const float BadgeHeight = 8;
    private const float BadgeText = 5.5f;
    private const float TargetSize = 7.25f;

    /// <summary>Adds a cell; an empty slot becomes an outline that says a KPI is missing.</summary>
    /// <param name="page">The page to add to.</param>
    /// <param name="ctx">Labels and colours.</param>
    /// <param name="kpi">The KPI, or <see langword="null"/> for an empty slot.</param>
    /// <param name="cell">The cell's box.</param>
    /// <param name="scale">Type scale: above 1 when few processes leave tall rows, so the wall chart reads from further away.</param>
    public static void Add(PageBuilder page, LayoutContext ctx, Kpi? kpi, Rect cell, float scale = 1)
    {
        var p = ctx.Palette;
        using var _ = page.Open(Role.Cell);
        if (kpi is null)
        {
            page.Decorate(new BoxElement(cell, null, p.Rule, 0.75f, 3));
            TextFitter.Add(page, ctx.Labels.MissingKpi, cell.Deflate(Pad, Pad), new TextStyle(FontFace.Regular, 7.5f * scale, p.Muted, MaxLines: 2, Align: Align.Center, Middle: true));
            return;
        }

        page.Decorate(new BoxElement(cell, p.Faint, null, 0, 3));
        var inner = cell.Deflate(Pad, Pad - 2.5f);

        // Bottom up: badges, then target, then the name takes the rest. The badges' pills are drawn with the cell's box
        // and their words last (nothing overlaps): the cell's drawing is two runs, decoration then content, which in the
        // PDF is one artifact and few marked-content sequences.
        var badges = Badges(ctx, kpi);
        var rightToLeft = Bidi.IsRightToLeftParagraph(kpi.Name ?? string.Empty);
        var badgeHeight = BadgeHeight * scale;
        var badgeRow = badges.Count > 0 && inner.Height >= 30 ? badgeHeight + 1.5f : 0;
        var words = badgeRow > 0 ? Pills(page, ctx, badges, new Rect(inner.X, inner.Bottom - badgeHeight, inner.Width, badgeHeight), rightToLeft) : [];
        var targetSize = TargetSize * scale;
        var targetLine = targetSize * Fonts.LineHeightFactor;
        var nameBox = inner with { Height = MathF.Max(0, inner.Height - badgeRow - targetLine - 0.5f) };
        var name = TextFitter.Add(page, TextSanitizer.Clean(kpi.Name), nameBox, new TextStyle(FontFace.Bold, 8 * scale, p.Ink));

        // The target sits right under the name, so short names leave the space at the bottom, not in the middle.
        // Read as drawn: name, status in words, target, badges.
        var targetTop = MathF.Min(inner.Y + name.Height + 1, inner.Bottom - badgeRow - targetLine);
        var targetBox = new Rect(inner.X, targetTop, inner.Width, targetLine);
        var mark = 7 * scale;
        var markCenter = new Point(rightToLeft ? targetBox.Right - (mark / 2) : targetBox.X + (mark / 2), targetBox.Y + (targetLine / 2));
        var besideMark = rightToLeft
            ? targetBox with { Width = targetBox.Width - mark - MarkGap }
            : targetBox with { X = targetBox.X + mark + MarkGap, Width = targetBox.Width - mark - MarkGap };
        var standing = ctx.Standing(kpi);
        if (standing.Stale is not null)
        {
            // A number that was not reported says nothing about today: the stale mark, never the old number's green.
            page.Figure(Shapes.StaleMark(markCenter, mark, p) with { Label = ctx.Labels.Stale }, ctx.Labels.Stale);
            targetBox = besideMark;
        }
        else if (standing.Status is var status and not KpiStatus.Unknown)
        {
            page.Figure(Shapes.StatusMark(status, markCenter, mark, p, ctx.Labels.StatusWord(status)), ctx.Labels.StatusWord(status));
            targetBox = besideMark;
        }

        TextFitter.Add(page, NumberFormatter.Target(kpi, ctx.Labels), targetBox, new TextStyle(FontFace.Regular, targetSize, p.Ink, MinSize: 5.5f, MaxLines: 1, Align: rightToLeft ? Align.Right : Align.Left));

        Words(page, words);
    }

    /// <summary>The badge words for the kinds a KPI states: leading/lagging, input/output, fast/slow, hard/soft.</summary>
    public static List<(string Text, bool Highlight)> Badges(LayoutContext ctx, Kpi kpi)
    {
        var l = ctx.Labels;
        var list = new List<(string, bool)>(4);
        if (kpi.Timing is { } timing)
        {
            // Leading KPIs are what the weekly meeting steers on (A001), so they stand out.
            list.Add(timing == Timing.Leading ? (l.Leading, true) : (l.Lagging, false));
        }

        if (kpi.Focus is { } focus)
        {
            list.Add((focus == Focus.Input ? l.Input : l.Output, false));
        }

        if (kpi.EffectiveSpeed is { } speed)
        {
            list.Add((speed == Speed.Fast ? l.Fast : l.Slow, false));
        }

        if (kpi.Nature is { } nature)
        {
            list.Add((nature == Nature.Hard ? l.Hard : l.Soft, false));
        }

        return list;
    }

    /// <summary>
    /// Places badges left to right as pills (right to left from the row's right end when <paramref name="rightToLeft"/>),
    /// drawn now as decoration; a pill that would not fit is left out rather than overflow. Returns each pill's word, for
    /// <see cref="Words"/> to add where the badges are read.
    /// </summary>
    /// <remarks>The text size follows the row height, so badges scale with the rest of the cell.</remarks>
    public static List<(string Text, Rect Pill, TextStyle Style)> Pills(PageBuilder page, LayoutContext ctx, IReadOnlyList<(string Text, bool Highlight)> badges, Rect row, bool rightToLeft = false)
    {
        var p = ctx.Palette;
        var size = BadgeText * row.Height / BadgeHeight;

        // x is the edge the next pill starts from: its left edge, or its right edge when mirrored.
        var x = rightToLeft ? row.Right : row.X;
        var words = new List<(string Text, Rect Pill, TextStyle Style)>(badges.Count);
        foreach (var (text, highlight) in badges)
        {
            var face = highlight ? FontFace.Bold : FontFace.Regular;
            var width = Fonts.Measure(text, face, size) + (5 * row.Height / BadgeHeight);
            if (rightToLeft ? x - width < row.X : x + width > row.Right)
            {
                break;
            }

            var pill = new Rect(rightToLeft ? x - width : x, row.Y, width, row.Height);
            page.Decorate(highlight
                ? new BoxElement(pill, p.AccentTint, p.Accent, 0.5f, row.Height / 2)
                : new BoxElement(pill, p.Paper, p.Rule, 0.5f, row.Height / 2));
            words.Add((text, pill, new TextStyle(face, size, highlight ? p.Accent.Shade(0.2f) : p.Muted, MaxLines: 1, Align: Align.Center, Middle: true).Fixed()));
            x += (rightToLeft ? -1 : 1) * (width + (2.5f * row.Height / BadgeHeight));
        }

        return words;
    }

    /// <summary>The words of pills placed by <see cref="Pills"/>, each centred in its pill.</summary>
    public static void Words(PageBuilder page, IEnumerable<(string Text, Rect Pill, TextStyle Style)> words)
    {
        foreach (var (text, pill, style) in words)
        {
            TextFitter.Add(page, text, pill, style);
        }
    }
}
