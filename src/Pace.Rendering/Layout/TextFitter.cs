using Pace.Rendering.Text;
namespace Pace.Rendering.Layout;

/// <summary>Horizontal placement of text in its box.</summary>
internal enum Align
{
    /// <summary>Flush left.</summary>
    Left,

    /// <summary>Centred.</summary>
    Center,

    /// <summary>Flush right.</summary>
    Right,
}

/// <summary>How a text should look and how far it may give way to fit.</summary>
/// <param name="Face">Regular or bold.</param>
/// <param name="Size">The preferred size in points.</param>
/// <param name="Color">The colour.</param>
/// <param name="MinSize">The smallest size it may shrink to before it is cut with an ellipsis.</param>
/// <param name="MaxLines">At most this many lines, even when more would fit.</param>
/// <param name="Align">
/// Horizontal alignment. <see cref="Align.Left"/> is the start of the line: a right-to-left paragraph (its first letter
/// Arabic or Hebrew) is set flush right, every line of it, as a reader of the script expects.
/// </param>
/// <param name="Middle">Centre the block vertically in its box instead of at its top.</param>
internal sealed record TextStyle(FontFace Face, float Size, Rgb Color, float MinSize = TextFitter.ReadableMinimum, int MaxLines = int.MaxValue, Align Align = Align.Left, bool Middle = false)
{
    /// <summary>The same style at a fixed size that never shrinks.</summary>
    public TextStyle Fixed() => this with { MinSize = Size };
}

/// <summary>The result of fitting: the lines, the size chosen, and the height they take.</summary>
internal sealed record FittedText(IReadOnlyList<TextElement> Lines, float Size, float Height, bool Truncated);

/// <summary>
/// Fits text into a box so it never overflows: wrap at the preferred size; if the lines do not fit, shrink
/// step by step down to a readable minimum; if they still do not fit, keep as many lines as fit and end the
/// last with an ellipsis. Words wider than the box are broken between characters.
/// </summary>
internal static class TextFitter
{
    /// <summary>The smallest size still readable on a printed A4 page.</summary>
    public const float ReadableMinimum = 6.5f;

    /// <summary>Below this a box is too small for any text; it then stays empty rather than overflowing.</summary>
    private const float AbsoluteMinimum = 3f;

    private const float Step = 0.25f;
    private const string Ellipsis = "\u2026";

    /// <summary>Fits already-sanitised text into a box.</summary>
    public static FittedText Fit(string text, Rect box, TextStyle style)
    {
        if (text.Length == 0 || box.Width <= 0)
        {
            return new FittedText([], style.Size, 0, false);
        }

        // The paragraph's direction, from the whole text: a wrapped line that starts with a Latin word stays flush right.
        if (style.Align == Align.Left && Bidi.IsRightToLeftParagraph(text))
        {
            style = style with { Align = Align.Right };
        }

        var min = MathF.Min(style.MinSize, style.Size);
        var measured = MeasuredWords.Of(text, style.Face);
        for (var size = style.Size; size >= min - 0.001f; size -= Step)
        {
            var capacity = Capacity(box, size, style);
            if (capacity < 1)
            {
                continue;
            }

            // Words measured once and wrapped by adding their widths; a word wider than the line takes the slow way.
            var tooMany = false;
            var lines = measured?.Wrap(box.Width, size, capacity, out tooMany);
            if (tooMany)
            {
                continue;
            }

            // A line wrapped from the measured words is as wide as they add up to (widths are additive), so it fits
            // by construction; only the slow way's lines are measured again.
            var measuredFit = lines is not null;
            lines ??= Wrap(text, box.Width, style.Face, size);

            if (lines.Count <= capacity && (measuredFit || AllFit(lines, box.Width, style.Face, size)))
            {
                return Place(lines, box, style, size, truncated: false);
            }
        }

        // Nothing fits whole: at the minimum size (or smaller, if the box is lower than one line), cut and ellipsize.
        var last = MathF.Min(min, box.Height / Fonts.LineHeightFactor);
        if (last < AbsoluteMinimum)
        {
            return new FittedText([], style.Size, 0, true);
        }

        var keep = Math.Max(1, Capacity(box, last, style));
        var wrapped = Wrap(text, box.Width, style.Face, last);
        var kept = wrapped.Take(keep).ToList();
        kept[^1] = Ellipsize(kept[^1], box.Width, style.Face, last);

        // A box narrower than a single character: cut those lines too rather than overflow.
        kept = [.. kept.Select(l => Fonts.Measure(l, style.Face, last) <= box.Width ? l : Ellipsize(l, box.Width, style.Face, last))];
        return Place(kept, box, style, last, truncated: true);
    }

    /// <summary>Fits text into a box and adds its lines to a page.</summary>
    public static FittedText Add(PageBuilder page, string text, Rect box, TextStyle style)
    {
        var fitted = Fit(text, box, style);
        foreach (var line in fitted.Lines)
        {
            page.Add(line);
        }

        return fitted;
    }

    /// <summary>Greedy word wrap; a word wider than the box is split between characters.</summary>
    public static List<string> Wrap(string text, float width, FontFace face, float size)
    {
        var lines = new List<string>();
        var current = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (Fonts.Measure(candidate, face, size) <= width)
            {
                current = candidate;
                continue;
            }

            if (current.Length > 0)
            {
                lines.Add(current);
            }

            current = word;
            while (Fonts.Measure(current, face, size) > width)
            {
                var cut = LongestPrefix(current, width, face, size);
                lines.Add(current[..cut]);
                current = current[cut..];
            }
        }

        if (current.Length > 0)
        {
            lines.Add(current);
        }

        return lines;
    }

    /// <summary>Shortens a line until it and a trailing ellipsis fit the width.</summary>
    public static string Ellipsize(string line, float width, FontFace face, float size)
    {
        var text = line;
        while (text.Length > 0 && Fonts.Measure(text.TrimEnd() + Ellipsis, face, size) > width)
        {
            text = text[..^1];
            if (text.Length > 0 && char.IsHighSurrogate(text[^1]))
            {
                text = text[..^1];
            }
        }

        text = text.TrimEnd();
        return Fonts.Measure(text + Ellipsis, face, size) <= width ? text + Ellipsis : text;
    }

    /// <summary>Whether every line fits the width; a loop, not a lambda, since every text of every page tries one or more sizes here.</summary>
    private static bool AllFit(List<string> lines, float width, FontFace face, float size)
    {
        foreach (var line in lines)
        {
            if (Fonts.Measure(line, face, size) > width)
            {
                return false;
            }
        }

        return true;
    }

    private static int Capacity(Rect box, float size, TextStyle style) =>
        Math.Min(style.MaxLines, (int)MathF.Floor((box.Height + 0.001f) / (size * Fonts.LineHeightFactor)));

    /// <summary>The number of leading characters that fit the width; at least one, so wrapping always advances.</summary>
    private static int LongestPrefix(string word, float width, FontFace face, float size)
    {
        int lo = 1, hi = word.Length;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (Fonts.Measure(word[..mid], face, size) <= width)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        // Never between the halves of a surrogate pair (a CJK extension character, an emoji).
        return lo < word.Length && char.IsLowSurrogate(word[lo]) ? (lo > 1 ? lo - 1 : lo + 1) : lo;
    }

    private static FittedText Place(List<string> lines, Rect box, TextStyle style, float size, bool truncated)
    {
        var lineHeight = size * Fonts.LineHeightFactor;
        var height = lines.Count * lineHeight;
        var top = style.Middle ? box.Y + ((box.Height - height) / 2) : box.Y;
        var placed = new List<TextElement>(lines.Count);
        foreach (var line in lines)
        {
            var width = Fonts.Measure(line, style.Face, size);
            var x = style.Align switch
            {
                Align.Center => box.X + ((box.Width - width) / 2),
                Align.Right => box.Right - width,
                _ => box.X,
            };
            placed.Add(new TextElement(line, x, top + Fonts.Ascent(size), style.Face, size, style.Color, new Rect(x, top, width, lineHeight), box));
            top += lineHeight;
        }

        return new FittedText(placed, size, height, truncated);
    }
}
