using System.Text;

namespace Pace.Yaml;

/// <summary>
/// Changes to a text, collected by offset and made at once: replacements, insertions of whole lines, and deletions of
/// whole lines. Lines are found the way a chart's lines are written: ending in <c>\n</c> or <c>\r\n</c>; added lines
/// take the text's own line end.
/// </summary>
/// <param name="text">The text to change.</param>
internal sealed class TextEdits(string text)
{
    private readonly List<Edit> _edits = [];

    /// <summary>The text as it was.</summary>
    public string Text { get; } = text;

    /// <summary>The line end the text uses: <c>\r\n</c> when it has one, else <c>\n</c>.</summary>
    public string NewLine { get; } = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";

    /// <summary>Replaces the characters from <paramref name="start"/> up to <paramref name="end"/>.</summary>
    public void Replace(int start, int end, string replacement) =>
        _edits.Add(new Edit(start, Math.Max(start, end), replacement.Replace("\n", NewLine, StringComparison.Ordinal), _edits.Count));

    /// <summary>Inserts lines, each ending in <c>\n</c>, at the start of a line (or at the end of the text).</summary>
    public void InsertLines(int at, string lines)
    {
        if (at == Text.Length && Text.Length > 0 && Text[^1] != '\n')
        {
            // The last line has no line end: give it one, and leave the inserted last line without.
            Replace(at, at, "\n" + lines[..^1]);
            return;
        }

        Replace(at, at, lines);
    }

    /// <summary>Deletes the lines from the one holding <paramref name="start"/> to the one holding <paramref name="end"/>, with their line ends.</summary>
    public void DeleteLines(int start, int end) => Replace(LineStart(start), NextLineStart(end), string.Empty);

    /// <summary>The offset of the first character of the line holding <paramref name="offset"/>.</summary>
    public int LineStart(int offset) => offset <= 0 ? 0 : Text.LastIndexOf('\n', Math.Min(offset, Text.Length) - 1) + 1;

    /// <summary>The offset just after the line end of the line holding <paramref name="offset"/>; the text's length on the last line.</summary>
    public int NextLineStart(int offset)
    {
        var newline = offset >= Text.Length ? -1 : Text.IndexOf('\n', offset);
        return newline < 0 ? Text.Length : newline + 1;
    }

    /// <summary>How many characters stand before <paramref name="offset"/> on its line.</summary>
    public int Column(int offset) => offset - LineStart(offset);

    /// <summary>Whether only spaces stand before <paramref name="offset"/> on its line.</summary>
    public bool BeginsLine(int offset) => Text.AsSpan(LineStart(offset), offset - LineStart(offset)).TrimStart(' ').IsEmpty;

    /// <summary>
    /// Where a node's content ends: its end, moved back over line ends and spaces, as a block text (<c>|</c>, <c>&gt;</c>)
    /// ends at the start of the line after it.
    /// </summary>
    public int ContentEnd(YamlNodeBase node)
    {
        var end = Math.Min(node.End, Text.Length);
        while (end > node.Start && Text[end - 1] is '\n' or '\r' or ' ')
        {
            end--;
        }

        return end;
    }

    /// <summary>
    /// The start of the comment lines right above the line starting at <paramref name="lineStart"/> (no blank line
    /// between): all comments, or only <c># pace-disable-next-line</c> ones, which speak about the line below them.
    /// </summary>
    public int CommentsAbove(int lineStart, bool suppressionsOnly)
    {
        var start = lineStart;
        while (start > 0)
        {
            var above = LineStart(start - 1);
            var line = Text.AsSpan(above, start - above).Trim();
            var isComment = line.StartsWith("#") && (!suppressionsOnly || line[1..].TrimStart().StartsWith(Suppression.Directive, StringComparison.OrdinalIgnoreCase));
            if (!isComment)
            {
                break;
            }

            start = above;
        }

        return start;
    }

    /// <summary>The text with every change made.</summary>
    /// <exception cref="NotSupportedException">Two changes overlap.</exception>
    public string Apply()
    {
        // Insertions before replacements at the same offset; otherwise in the order they were asked for.
        var ordered = _edits.OrderBy(e => e.Start).ThenBy(e => e.End > e.Start ? 1 : 0).ThenBy(e => e.Order).ToList();
        var result = new StringBuilder(Text.Length + 256);
        var at = 0;
        foreach (var edit in ordered)
        {
            if (edit.Start < at)
            {
                throw new NotSupportedException("Two edits of the chart text overlap.");
            }

            result.Append(Text, at, edit.Start - at).Append(edit.Replacement);
            at = edit.End;
        }

        return result.Append(Text, at, Text.Length - at).ToString();
    }

    private readonly record struct Edit(int Start, int End, string Replacement, int Order);
}
