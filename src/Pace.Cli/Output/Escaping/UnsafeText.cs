using System.Globalization;
using System.Text;

namespace Pace.Cli.Output.Escaping;

/// <summary>
/// The characters no output of <c>pace</c> prints raw, whatever the sink: chart text and file names come from pull
/// requests, so a name may carry a terminal escape (ESC ] 0 ; … BEL sets a window title), a line break that starts a
/// forged finding or a GitHub workflow command, a bidirectional override that shows text in another order than it is
/// read (U+202E), or a zero-width character that hides a difference. Each such character is written as a visible
/// escape, <c>\u001B</c> (<c>\U000E0041</c> above the Basic Multilingual Plane); the sinks in this folder apply their
/// own syntax on top.
/// </summary>
/// <remarks>
/// Unsafe: every control character (C0, DEL, C1 — line breaks and tabs included), every format character (Unicode
/// category Cf: the bidi embeddings, overrides and isolates U+202A–U+202E and U+2066–U+2069, the marks U+200E, U+200F
/// and U+061C, the zero-width U+200B–U+200D, U+2060 and U+FEFF, soft hyphens, tag characters), the line and paragraph
/// separators U+2028 and U+2029, and lone surrogates (which no UTF-8 writer can encode).
/// </remarks>
internal static class UnsafeText
{
    /// <summary>Whether <paramref name="text"/> has nothing to escape (the common case, checked without allocating).</summary>
    public static bool IsSafe(string text)
    {
        foreach (var c in text)
        {
            if (c < 0x20 || (c >= 0x7F && MayBeUnsafe(c)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a code point must not be printed raw.</summary>
    public static bool IsUnsafe(Rune rune) => Rune.GetUnicodeCategory(rune) is
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;

    /// <summary>The text with every unsafe character written as a visible escape.</summary>
    public static string Visible(string text)
    {
        if (IsSafe(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        AppendVisible(builder, text);
        return builder.ToString();
    }

    /// <summary>Appends the text with every unsafe character written as a visible escape.</summary>
    public static void AppendVisible(StringBuilder builder, string text)
    {
        for (var i = 0; i < text.Length;)
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var used) != System.Buffers.OperationStatus.Done)
            {
                // A lone surrogate: no encoding can carry it, so show the code unit.
                AppendEscape(builder, text[i]);
                i++;
                continue;
            }

            if (IsUnsafe(rune))
            {
                AppendEscape(builder, rune.Value);
            }
            else
            {
                builder.Append(text, i, used);
            }

            i += used;
        }
    }

    /// <summary>The visible escape of one code point: <c>\u001B</c>, or <c>\U000E0041</c> above U+FFFF.</summary>
    public static string Escape(int codePoint) => codePoint <= 0xFFFF
        ? string.Create(CultureInfo.InvariantCulture, $"\\u{codePoint:X4}")
        : string.Create(CultureInfo.InvariantCulture, $"\\U{codePoint:X8}");

    private static void AppendEscape(StringBuilder builder, int codePoint) => builder.Append(Escape(codePoint));

    private static bool MayBeUnsafe(char c) =>
        char.IsSurrogate(c) || char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
}
