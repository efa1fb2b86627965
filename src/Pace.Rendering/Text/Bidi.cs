using System.Globalization;
using System.Text;

namespace Pace.Rendering.Text;

/// <summary>The bidi classes of UAX #9 that the resolver tells apart (explicit embeddings and isolates count as BN).</summary>
internal enum BidiClass : byte
{
    L, R, AL, EN, ES, ET, AN, CS, NSM, BN, B, S, WS, ON,
}

/// <summary>
/// The Unicode Bidirectional Algorithm (UAX #9) for one line of chart text: the paragraph level from the first strong
/// character (P2–P3), weak types (W1–W7), neutrals (N1–N2), implicit levels (I1–I2) and the visual order (L2). Not
/// implemented, because the sanitiser removes every explicit formatting character first: embeddings, overrides and
/// isolates (X1–X10); nor bracket pairs (N0), so a bracket between scripts takes the direction of its neighbours.
/// </summary>
internal static class Bidi
{
    private static readonly Lazy<(int Start, int End, BidiClass Class)[]> Ranges = new(Load);

    /// <summary>Whether a text holds a right-to-left letter; without one every level is 0 and nothing moves.</summary>
    public static bool HasRightToLeft(string text)
    {
        foreach (var c in text)
        {
            if (c is (>= '\u0590' and <= '\u08FF') or (>= '\uFB1D' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF') or (>= '\uD802' and <= '\uD803') or '\uD83A' or '\uD83B')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a paragraph runs right to left (P2–P3): its first strong character is a right-to-left letter (Hebrew,
    /// Arabic). A text without one — Latin, or only digits and punctuation — runs left to right.
    /// </summary>
    public static bool IsRightToLeftParagraph(string text)
    {
        if (!HasRightToLeft(text))
        {
            return false;
        }

        foreach (var rune in text.EnumerateRunes())
        {
            switch (ClassOf(rune.Value))
            {
                case BidiClass.L:
                    return false;
                case BidiClass.R or BidiClass.AL:
                    return true;
            }
        }

        return false;
    }

    /// <summary>The bidi class of a code point.</summary>
    public static BidiClass ClassOf(int codePoint)
    {
        var ranges = Ranges.Value;
        int lo = 0, hi = ranges.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (codePoint < ranges[mid].Start)
            {
                hi = mid - 1;
            }
            else if (codePoint > ranges[mid].End)
            {
                lo = mid + 1;
            }
            else
            {
                return ranges[mid].Class;
            }
        }

        return BidiClass.L;
    }

    /// <summary>The embedding level of each UTF-16 unit of a line (both halves of a surrogate pair get the same).</summary>
    public static byte[] Levels(string text)
    {
        var points = new List<(int Index, int Length, BidiClass Type)>(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            var index = points.Count == 0 ? 0 : points[^1].Index + points[^1].Length;
            points.Add((index, rune.Utf16SequenceLength, ClassOf(rune.Value)));
        }

        var types = points.Select(p => p.Type).ToArray();
        var paragraph = (byte)(types.FirstOrDefault(t => t is BidiClass.L or BidiClass.R or BidiClass.AL) is BidiClass.R or BidiClass.AL ? 1 : 0);
        var embedding = paragraph == 1 ? BidiClass.R : BidiClass.L;
        ResolveWeak(types, embedding);
        ResolveNeutral(types, embedding);

        var levels = new byte[text.Length];
        for (var i = 0; i < points.Count; i++)
        {
            var level = (byte)(paragraph + ((paragraph & 1, types[i]) switch
            {
                (0, BidiClass.R) => 1,
                (0, BidiClass.AN or BidiClass.EN) => 2,
                (1, BidiClass.L or BidiClass.EN or BidiClass.AN) => 1,
                _ => 0,
            }));
            levels.AsSpan(points[i].Index, points[i].Length).Fill(level);
        }

        return levels;
    }

    /// <summary>The visual order of items with levels (L2): from the highest level down to the lowest odd one, every run at or above it is reversed.</summary>
    public static int[] VisualOrder(IReadOnlyList<byte> levels)
    {
        var order = Enumerable.Range(0, levels.Count).ToArray();
        if (levels.Count == 0)
        {
            return order;
        }

        var highest = levels.Max();
        var lowestOdd = levels.Where(l => (l & 1) == 1).DefaultIfEmpty((byte)(highest + 1)).Min();
        for (var level = highest; level >= lowestOdd && level > 0; level--)
        {
            for (var i = 0; i < order.Length;)
            {
                if (levels[order[i]] < level)
                {
                    i++;
                    continue;
                }

                var end = i;
                while (end < order.Length && levels[order[end]] >= level)
                {
                    end++;
                }

                Array.Reverse(order, i, end - i);
                i = end;
            }
        }

        return order;
    }

    /// <summary>W1–W7.</summary>
    private static void ResolveWeak(BidiClass[] t, BidiClass sos)
    {
        // BN (formatting characters left in, such as a zero-width joiner) is ignored: it takes its neighbour's type.
        for (var i = 0; i < t.Length; i++)
        {
            if (t[i] is BidiClass.NSM or BidiClass.BN)
            {
                t[i] = i == 0 ? sos : t[i - 1] is BidiClass.B or BidiClass.S or BidiClass.WS ? BidiClass.ON : t[i - 1];
            }
        }

        var strong = sos;
        for (var i = 0; i < t.Length; i++)
        {
            if (t[i] is BidiClass.L or BidiClass.R or BidiClass.AL)
            {
                strong = t[i];
            }
            else if (t[i] == BidiClass.EN && strong == BidiClass.AL)
            {
                t[i] = BidiClass.AN;
            }
        }

        for (var i = 0; i < t.Length; i++)
        {
            if (t[i] == BidiClass.AL)
            {
                t[i] = BidiClass.R;
            }
        }

        for (var i = 1; i + 1 < t.Length; i++)
        {
            if ((t[i] == BidiClass.ES && t[i - 1] == BidiClass.EN && t[i + 1] == BidiClass.EN)
                || (t[i] == BidiClass.CS && t[i - 1] is BidiClass.EN or BidiClass.AN && t[i + 1] == t[i - 1]))
            {
                t[i] = t[i - 1];
            }
        }

        for (var i = 0; i < t.Length; i++)
        {
            if (t[i] != BidiClass.ET)
            {
                continue;
            }

            var end = i;
            while (end < t.Length && t[end] == BidiClass.ET)
            {
                end++;
            }

            var touchesNumber = (i > 0 && t[i - 1] == BidiClass.EN) || (end < t.Length && t[end] == BidiClass.EN);
            t.AsSpan(i, end - i).Fill(touchesNumber ? BidiClass.EN : BidiClass.ON);
            i = end - 1;
        }

        for (var i = 0; i < t.Length; i++)
        {
            if (t[i] is BidiClass.ES or BidiClass.CS)
            {
                t[i] = BidiClass.ON;
            }
        }

        strong = sos;
        for (var i = 0; i < t.Length; i++)
        {
            if (t[i] is BidiClass.L or BidiClass.R)
            {
                strong = t[i];
            }
            else if (t[i] == BidiClass.EN && strong == BidiClass.L)
            {
                t[i] = BidiClass.L;
            }
        }
    }

    /// <summary>N1–N2: a run of neutrals between two strong types of one direction takes it; else the embedding direction.</summary>
    private static void ResolveNeutral(BidiClass[] t, BidiClass embedding)
    {
        static BidiClass? Direction(BidiClass c) => c switch
        {
            BidiClass.L => BidiClass.L,
            BidiClass.R or BidiClass.EN or BidiClass.AN => BidiClass.R,
            _ => null,
        };

        for (var i = 0; i < t.Length; i++)
        {
            if (Direction(t[i]) is not null)
            {
                continue;
            }

            var end = i;
            while (end < t.Length && Direction(t[end]) is null)
            {
                end++;
            }

            var before = i == 0 ? embedding : Direction(t[i - 1])!.Value;
            var after = end == t.Length ? embedding : Direction(t[end])!.Value;
            t.AsSpan(i, end - i).Fill(before == after ? before : embedding);
            i = end - 1;
        }
    }

    private static (int, int, BidiClass)[] Load()
    {
        using var stream = typeof(Bidi).Assembly.GetManifestResourceStream("Pace.Rendering.Text.BidiClasses.txt")
            ?? throw new InvalidOperationException("The bidi class table is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var ranges = new List<(int, int, BidiClass)>();
        while (reader.ReadLine() is { } line)
        {
            var parts = line.Split(' ');
            if (line.StartsWith('#') || parts.Length != 3)
            {
                continue;
            }

            var type = parts[2] switch
            {
                "LRE" or "RLE" or "LRO" or "RLO" or "PDF" or "LRI" or "RLI" or "FSI" or "PDI" => BidiClass.BN,
                var name => Enum.Parse<BidiClass>(name),
            };
            ranges.Add((int.Parse(parts[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture), int.Parse(parts[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture), type));
        }

        return [.. ranges];
    }
}
