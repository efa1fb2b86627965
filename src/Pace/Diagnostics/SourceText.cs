namespace Pace;

/// <summary>
/// The text a chart was read from, kept once so that showing a finding in context never reads the file again
/// (it may have changed, or been swapped for something that must not be read).
/// </summary>
public sealed class SourceText
{
    private int[]? _lineStarts;

    /// <summary>Wraps a text.</summary>
    /// <param name="text">The text, as read.</param>
    public SourceText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
    }

    /// <summary>The whole text.</summary>
    public string Text { get; }

    /// <summary>How many lines the text has (a final line break does not start another).</summary>
    public int LineCount => LineStarts.Length;

    private int[] LineStarts => _lineStarts ??= FindLineStarts(Text);

    /// <summary>A line of the text, without its line break.</summary>
    /// <param name="line">The 1-based line number.</param>
    /// <returns>The line, or <see langword="null"/> when the text has no such line.</returns>
    public string? Line(int line)
    {
        var starts = LineStarts;
        if (line < 1 || line > starts.Length)
        {
            return null;
        }

        var start = starts[line - 1];
        var end = line < starts.Length ? starts[line] : Text.Length;
        var text = Text.AsSpan(start, end - start).TrimEnd("\r\n");
        return text.ToString();
    }

    private static int[] FindLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' && i + 1 < text.Length)
            {
                starts.Add(i + 1);
            }
        }

        return text.Length == 0 ? [] : [.. starts];
    }
}
