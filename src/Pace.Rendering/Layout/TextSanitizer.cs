using System.Globalization;
using System.Text;
using Pace.Rendering.Text;

namespace Pace.Rendering.Layout;

/// <summary>
/// Makes user text ready to draw: composed (NFC, so "s" + U+0326 draws the font's "ș"), control and format characters
/// dropped (they would draw as boxes; bidi marks are replaced by the renderer's own bidi ordering), line breaks and tabs
/// become spaces. Every other character is kept: one no font has is drawn as a box and reported (PACE022), never
/// replaced in the text, so PDF text extraction and the metadata still carry it.
/// </summary>
internal static class TextSanitizer
{
    /// <summary>The text as it can be drawn; empty for <see langword="null"/>.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (IsClean(text))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        var lastWasSpace = true;
        Span<char> units = stackalloc char[2];
        foreach (var rune in Normalization.Compose(text).EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (rune.Value is '\n' or '\r' or '\t' || category is UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                // Collapse runs of white space: cells are narrow and wrapping decides line breaks.
                if (!lastWasSpace)
                {
                    sb.Append(' ');
                    lastWasSpace = true;
                }

                continue;
            }

            // Controls, bidi marks, zero-width spaces and unassigned or private code points draw nothing useful. The
            // joiners stay: Arabic and Indic shaping (and Persian spelling) depend on them.
            if (category is UnicodeCategory.Control or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned
                || (category == UnicodeCategory.Format && rune.Value is not (0x200C or 0x200D)))
            {
                continue;
            }

            // Every name on every page passes here: a character is appended as it is, not as a string of its own.
            sb.Append(units[..rune.EncodeToUtf16(units)]);
            lastWasSpace = false;
        }

        return sb.ToString().TrimEnd();
    }

    /// <summary>
    /// Whether <see cref="Clean"/> would return the text as it is: printable ASCII (nothing to compose or drop) with single
    /// spaces between words and none at either end. Most names and labels are; they then cost no copy (every text on every
    /// page passes here).
    /// </summary>
    private static bool IsClean(string text)
    {
        if (text[0] == ' ' || text[^1] == ' ')
        {
            return false;
        }

        var lastWasSpace = false;
        foreach (var c in text)
        {
            if (c is < ' ' or > '~' || (c == ' ' && lastWasSpace))
            {
                return false;
            }

            lastWasSpace = c == ' ';
        }

        return true;
    }
}
