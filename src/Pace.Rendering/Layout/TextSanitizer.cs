using System.Globalization;
using System.Text;

namespace Pace.Rendering.Layout;

/// <summary>
/// Makes user text safe to draw with the embedded subset font: control and format characters are dropped
/// (they would draw as boxes or reorder nothing — Skia draws glyphs in logical order), line breaks and tabs become spaces,
/// and any character the font lacks (emoji, Arabic, CJK…) becomes one visible replacement mark, never a crash or a blank.
/// </summary>
internal static class TextSanitizer
{
    private static readonly Lazy<char> ReplacementMark = new(() =>
        Fonts.Covers('\u25A1') ? '\u25A1' : Fonts.Covers('\uFFFD') ? '\uFFFD' : '?');

    /// <summary>The mark drawn for a character the font lacks.</summary>
    public static char Replacement => ReplacementMark.Value;

    /// <summary>The text as it can be drawn; empty for <see langword="null"/>.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        // NFC first, so "e" + combining acute becomes the single "é" the font has.
        var normalized = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        var sb = new StringBuilder(normalized.Length);
        var lastWasSpace = true;
        foreach (var rune in normalized.EnumerateRunes())
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

            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark)
            {
                // Controls, bidi marks, zero-width joiners, variation selectors, leftover combining marks: invisible or unattachable.
                continue;
            }

            sb.Append(Fonts.Covers(rune.Value) ? (char)rune.Value : Replacement);
            lastWasSpace = false;
        }

        return sb.ToString().TrimEnd();
    }
}
