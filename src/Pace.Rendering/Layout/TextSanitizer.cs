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

        var sb = new StringBuilder(text.Length);
        var lastWasSpace = true;
        foreach (var rune in text.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);

            // A combining accent after a letter: compose it ("e" + U+0301 → "é"), as the font has only precomposed letters.
            if (category == UnicodeCategory.NonSpacingMark && sb.Length > 0 && Compose(sb[^1], rune.Value) is { } composed)
            {
                sb[^1] = composed;
                continue;
            }

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

    /// <summary>
    /// Canonical composition for the Latin letters the font has. Why a table: the build runs with invariant
    /// globalization, where <see cref="string.Normalize()"/> has no Unicode data to compose with.
    /// Each string lists base letter, composed letter, base letter, composed letter…
    /// </summary>
    private static readonly Dictionary<int, string> Compositions = new()
    {
        [0x0300] = "AÀEÈIÌOÒUÙaàeèiìoòuù",
        [0x0301] = "AÁEÉIÍOÓUÚYÝaáeéiíoóuúyýCĆcćNŃnńSŚsśZŹzźLĹlĺRŔrŕ",
        [0x0302] = "AÂEÊIÎOÔUÛaâeêiîoôuûCĈcĉGĜgĝHĤhĥJĴjĵSŜsŝWŴwŵYŶyŷ",
        [0x0303] = "AÃNÑOÕaãnñoõIĨiĩUŨuũ",
        [0x0304] = "AĀaāEĒeēIĪiīOŌoōUŪuū",
        [0x0306] = "AĂaăEĔeĕGĞgğIĬiĭOŎoŏUŬuŭ",
        [0x0307] = "CĊcċEĖeėGĠgġIİZŻzż",
        [0x0308] = "AÄEËIÏOÖUÜaäeëiïoöuüyÿYŸ",
        [0x030A] = "AÅaåUŮuů",
        [0x030B] = "OŐoőUŰuű",
        [0x030C] = "CČcčDĎdďEĚeěNŇnňRŘrřSŠsšTŤtťZŽzžLĽlľ",
        [0x0327] = "CÇcçGĢgģKĶkķLĻlļNŅnņRŖrŗSŞsşTŢtţ",
        [0x0328] = "AĄaąEĘeęIĮiįUŲuų",
    };

    private static char? Compose(char letter, int mark)
    {
        if (!Compositions.TryGetValue(mark, out var pairs))
        {
            return null;
        }

        for (var i = 0; i + 1 < pairs.Length; i += 2)
        {
            if (pairs[i] == letter)
            {
                return Fonts.Covers(pairs[i + 1]) ? pairs[i + 1] : null;
            }
        }

        return null;
    }
}
