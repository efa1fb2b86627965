using System.Globalization;
using System.Text;
using HarfBuzzSharp;

namespace Pace.Rendering.Text;

/// <summary>
/// Turns a line of text into glyph runs: each character gets the first font of the stack that has it (a mark or a
/// space stays with the font of the character before it, so a word is shaped whole); runs of one font and one bidi
/// level are shaped — with HarfBuzz for a chart's own fonts, one glyph a character for the bundled ones — and put in
/// visual order (UAX #9, L2). A character no font has is drawn as the bundled font's box (□) and listed as missing.
/// </summary>
internal static class Shaping
{
    private const int MissingMark = '\u25A1';

    /// <summary>Characters that draw nothing and need no glyph: joiners and variation selectors.</summary>
    public static bool IsIgnorable(int codePoint) =>
        codePoint is 0x200C or 0x200D or 0x034F or (>= 0xFE00 and <= 0xFE0F) or (>= 0xE0100 and <= 0xE01EF);

    /// <summary>The line as one plain run of a font that does not shape, when the font has every character and none is right-to-left.</summary>
    public static GlyphRun? PlainRun(Typeface font, string text)
    {
        var glyphs = new ushort[text.Length];
        var advances = new int[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var glyph = font.Glyph(c);
            if (glyph == 0 || char.IsSurrogate(c) || c is >= '\u0590' and <= '\u08FF' or (>= '\uFB1D' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF'))
            {
                return null;
            }

            glyphs[i] = glyph;
            advances[i] = font.Advance(glyph);
        }

        return new GlyphRun(font, glyphs, advances, null, Identity(text.Length), text) { IsPlain = true };
    }

    /// <summary>Lines of up to this many characters share their plain runs' clusters (0, 1, 2 …), which nothing changes.</summary>
    private const int SharedClusters = 256;

    private static readonly int[]?[] Identities = new int[SharedClusters + 1][];

    /// <summary>The clusters of a plain run of a length: character i drawn by glyph i.</summary>
    private static int[] Identity(int length)
    {
        if (length <= SharedClusters && Volatile.Read(ref Identities[length]) is { } shared)
        {
            return shared;
        }

        var clusters = new int[length];
        for (var i = 0; i < length; i++)
        {
            clusters[i] = i;
        }

        if (length <= SharedClusters)
        {
            // Two threads may both build one; either array serves, being the same.
            Volatile.Write(ref Identities[length], clusters);
        }

        return clusters;
    }

    /// <summary>The general case: font choice per character, bidi levels, shaping, visual order.</summary>
    public static ShapedLine Shape(string text, IReadOnlyList<Typeface> fonts, Typeface fallback)
    {
        var levels = Bidi.HasRightToLeft(text) ? Bidi.Levels(text) : new byte[text.Length];
        var missing = new StringBuilder();

        // Each code point's font (index into fonts; -1: none has it) and where it starts.
        var points = new List<(int Index, int Length, int Font)>();
        foreach (var rune in text.EnumerateRunes())
        {
            var index = points.Count == 0 ? 0 : points[^1].Index + points[^1].Length;
            var previous = points.Count == 0 ? -1 : points[^1].Font;
            var font = Choose(rune.Value, fonts, previous);
            if (font < 0 && !IsIgnorable(rune.Value))
            {
                missing.Append(rune.ToString());
            }

            points.Add((index, rune.Utf16SequenceLength, font));
        }

        // Runs of one font and one level, in logical order.
        var runs = new List<(int Start, int Length, int Font, byte Level)>();
        foreach (var (index, length, font) in points)
        {
            if (runs.Count > 0 && runs[^1].Font == font && runs[^1].Level == levels[index])
            {
                runs[^1] = runs[^1] with { Length = runs[^1].Length + length };
            }
            else
            {
                runs.Add((index, length, font, levels[index]));
            }
        }

        var shaped = runs.Select(r => r.Font < 0
            ? Boxes(text, r.Start, r.Length, fallback, (r.Level & 1) == 1)
            : fonts[r.Font].Shapes
                ? Shaped(text, r.Start, r.Length, fonts[r.Font], (r.Level & 1) == 1)
                : Simple(text, r.Start, r.Length, fonts[r.Font], (r.Level & 1) == 1)).ToList();
        var order = Bidi.VisualOrder([.. runs.Select(r => r.Level)]);
        return new ShapedLine([.. order.Select(i => shaped[i]).Where(r => r.Glyphs.Length > 0)], missing.ToString());
    }

    private static int Choose(int codePoint, IReadOnlyList<Typeface> fonts, int previous)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(codePoint);
        var sticky = IsIgnorable(codePoint) || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.SpaceSeparator;
        if (sticky && previous >= 0 && (fonts[previous].Has(codePoint) || (fonts[previous].Shapes && IsIgnorable(codePoint))))
        {
            return previous;
        }

        for (var i = 0; i < fonts.Count; i++)
        {
            if (fonts[i].Has(codePoint))
            {
                return i;
            }
        }

        return IsIgnorable(codePoint) && previous >= 0 ? previous : -1;
    }

    /// <summary>A run shaped by HarfBuzz; its clusters made relative to the run.</summary>
    private static GlyphRun Shaped(string text, int start, int length, Typeface font, bool rightToLeft)
    {
        var glyphs = font.Shaper.Shape(text, start, length, rightToLeft);
        var run = text.Substring(start, length);
        var offsets = glyphs.Any(g => g.XOffset != 0 || g.YOffset != 0) ? glyphs.Select(g => (g.XOffset, g.YOffset)).ToArray() : null;
        var result = new GlyphRun(font, [.. glyphs.Select(g => g.Glyph)], [.. glyphs.Select(g => g.Advance)], offsets, [.. glyphs.Select(g => g.Cluster - start)], run);
        return result with { IsPlain = !rightToLeft && offsets is null && IsOneToOne(result), RightToLeft = rightToLeft };
    }

    /// <summary>Whether every glyph is the font's glyph for exactly one character, at its own advance.</summary>
    private static bool IsOneToOne(GlyphRun run)
    {
        if (run.Glyphs.Length != run.Text.Length)
        {
            return false;
        }

        for (var i = 0; i < run.Glyphs.Length; i++)
        {
            if (run.Clusters[i] != i || char.IsSurrogate(run.Text[i]) || run.Font.Glyph(run.Text[i]) != run.Glyphs[i] || run.Font.Advance(run.Glyphs[i]) != run.Advances[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>One glyph a character at its advance (bundled fonts); a right-to-left run reversed, its brackets mirrored.</summary>
    private static GlyphRun Simple(string text, int start, int length, Typeface font, bool rightToLeft)
    {
        var glyphs = new List<(ushort Glyph, int Cluster)>();
        var at = start;
        foreach (var rune in text.AsSpan(start, length).EnumerateRunes())
        {
            var point = rightToLeft ? UnicodeFunctions.Default.GetMirroring(rune.Value) : rune.Value;
            var glyph = font.Glyph(point) is var g && g != 0 ? g : font.Glyph(rune.Value);
            if (glyph != 0)
            {
                glyphs.Add((glyph, at - start));
            }

            at += rune.Utf16SequenceLength;
        }

        if (rightToLeft)
        {
            glyphs.Reverse();
        }

        var run = new GlyphRun(font, [.. glyphs.Select(g => g.Glyph)], [.. glyphs.Select(g => font.Advance(g.Glyph))], null, [.. glyphs.Select(g => g.Cluster)], text.Substring(start, length));
        return run with { IsPlain = !rightToLeft && IsOneToOne(run), RightToLeft = rightToLeft };
    }

    /// <summary>The box drawn for each character no font has.</summary>
    private static GlyphRun Boxes(string text, int start, int length, Typeface fallback, bool rightToLeft)
    {
        var box = fallback.Glyph(MissingMark);
        var clusters = new List<int>();
        var at = 0;
        foreach (var rune in text.AsSpan(start, length).EnumerateRunes())
        {
            if (!IsIgnorable(rune.Value))
            {
                clusters.Add(at);
            }

            at += rune.Utf16SequenceLength;
        }

        if (rightToLeft)
        {
            clusters.Reverse();
        }

        return new GlyphRun(fallback, [.. clusters.Select(_ => box)], [.. clusters.Select(_ => fallback.Advance(box))], null, [.. clusters], text.Substring(start, length)) { IsBox = true, RightToLeft = rightToLeft };
    }
}
