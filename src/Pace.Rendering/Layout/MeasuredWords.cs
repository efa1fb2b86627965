using Pace.Rendering.Text;

namespace Pace.Rendering.Layout;

/// <summary>
/// A text's words measured once, in font units, so that <see cref="TextFitter"/> can wrap it at each size it tries by
/// adding integers instead of measuring a growing string for every word at every size (the fitter tries up to a dozen
/// sizes a text, and the layout of an 8-page chart fits some 1,500 texts). Only for texts that
/// <see cref="FontStack.TryUnits"/> measures without shaping; the lines are then exactly those of
/// <see cref="TextFitter.Wrap"/>: the same integer sums, scaled by the same expression.
/// </summary>
internal sealed class MeasuredWords
{
    private readonly FontStack _fonts;
    private readonly FontFace _face;
    /// <summary>The text when it is its words with one space between them (no space before, after or twice), else null.</summary>
    private readonly string? _joined;
    private readonly string[] _words;
    private readonly long[] _units;
    private readonly long _space;

    private MeasuredWords(FontStack fonts, FontFace face, string? joined, string[] words, long[] units, long space)
    {
        _joined = joined;
        _fonts = fonts;
        _face = face;
        _words = words;
        _units = units;
        _space = space;
    }

    /// <summary>The words of a sanitised text with their advances, or <see langword="null"/> when some word must be shaped.</summary>
    public static MeasuredWords? Of(string text, FontFace face)
    {
        var fonts = Fonts.Current;
        if (!fonts.TryUnits(" ", face, out var space))
        {
            return null;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var units = new long[words.Length];
        var joinedLength = words.Length - 1;
        for (var i = 0; i < words.Length; i++)
        {
            if (!fonts.TryUnits(words[i], face, out units[i]))
            {
                return null;
            }

            joinedLength += words[i].Length;
        }

        return new MeasuredWords(fonts, face, joinedLength == text.Length ? text : null, words, units, space);
    }

    /// <summary>
    /// The greedy wrap at a size, line by line as <see cref="TextFitter.Wrap"/> gives it; <see langword="null"/> when a
    /// single word is wider than the line (the fitter then breaks it between characters the slow way) or when the text
    /// needs more than <paramref name="maxLines"/> lines (<paramref name="tooMany"/> says which).
    /// </summary>
    public List<string>? Wrap(float width, float size, int maxLines, out bool tooMany)
    {
        tooMany = false;
        var lines = new List<string>();
        var start = 0;
        long line = -1;
        for (var i = 0; i < _words.Length; i++)
        {
            var candidate = line < 0 ? _units[i] : line + _space + _units[i];
            if (_fonts.Points(_face, candidate, size) <= width)
            {
                line = candidate;
                continue;
            }

            if (line >= 0)
            {
                lines.Add(string.Join(' ', _words, start, i - start));
                if (lines.Count > maxLines)
                {
                    tooMany = true;
                    return null;
                }
            }

            if (_fonts.Points(_face, _units[i], size) > width)
            {
                return null;
            }

            start = i;
            line = _units[i];
        }

        if (line >= 0)
        {
            // All of it on one line, and written with single spaces (as most names are): the text itself, not a copy.
            lines.Add(start == 0 && _joined is { } whole ? whole : string.Join(' ', _words, start, _words.Length - start));
        }

        tooMany = lines.Count > maxLines;
        return tooMany ? null : lines;
    }
}
