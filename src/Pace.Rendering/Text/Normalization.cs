using System.Globalization;
using System.Text;
using HarfBuzzSharp;

namespace Pace.Rendering.Text;

/// <summary>
/// Unicode canonical composition (NFC, UAX #15): "s" + U+0326 becomes "ș", "e" + U+0301 "é", so a font draws its
/// precomposed letter. Why not <see cref="string.Normalize()"/>: the build runs with invariant globalization, where it
/// returns text unchanged (measured on .NET 10). HarfBuzz carries the Unicode composition data, and is asked only for
/// text that holds a combining mark, so text without one never loads its native library.
/// </summary>
internal static class Normalization
{
    /// <summary>The text in NFC; the same instance when it has no combining mark.</summary>
    public static string Compose(string text)
    {
        if (!HasMark(text))
        {
            return text;
        }

        var unicode = UnicodeFunctions.Default;
        var points = new List<int>(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            Decompose(unicode, rune.Value, points);
        }

        // Canonical order: a stable sort of each run of marks by combining class.
        var classes = points.Select(p => unicode.GetCombiningClass(p)).ToArray();
        for (var i = 1; i < points.Count; i++)
        {
            for (var j = i; j > 0 && classes[j] != 0 && classes[j - 1] > classes[j]; j--)
            {
                (points[j], points[j - 1]) = (points[j - 1], points[j]);
                (classes[j], classes[j - 1]) = (classes[j - 1], classes[j]);
            }
        }

        // Composition: a mark joins the last starter unless a character between them blocks it.
        var result = new List<int>(points.Count);
        var starter = -1;
        var last = -1;
        for (var i = 0; i < points.Count; i++)
        {
            var ccc = (int)classes[i];
            if (starter >= 0 && (last == -1 || (last > 0 && last < ccc)) && unicode.TryCompose(result[starter], points[i], out var composed))
            {
                result[starter] = composed;
                continue;
            }

            if (ccc == 0)
            {
                starter = result.Count;
                last = -1;
            }
            else
            {
                last = ccc;
            }

            result.Add(points[i]);
        }

        var sb = new StringBuilder(text.Length);
        foreach (var point in result)
        {
            sb.Append(char.ConvertFromUtf32(point));
        }

        return sb.ToString();
    }

    private static bool HasMark(string text)
    {
        foreach (var c in text)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                return true;
            }
        }

        return false;
    }

    private static void Decompose(UnicodeFunctions unicode, int point, List<int> into)
    {
        if (unicode.TryDecompose(point, out var a, out var b) && a != point)
        {
            Decompose(unicode, a, into);
            if (b != 0)
            {
                Decompose(unicode, b, into);
            }

            return;
        }

        into.Add(point);
    }
}
