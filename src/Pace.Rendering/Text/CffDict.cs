namespace Pace.Rendering.Text;

/// <summary>
/// A CFF DICT (Adobe technical note 5176, §4): operands then an operator, repeated. Only integer operands are read as
/// numbers (offsets and sizes are integers); real operands are kept as their bytes. Each entry keeps its own bytes, so
/// a DICT is written back unchanged except for the offsets the subsetter moves, which it writes as five-byte integers
/// so that a DICT's size does not depend on the offsets in it.
/// </summary>
internal static class CffDict
{
    /// <summary>The longest DICT read: real Top, Font and Private DICTs are well under 1 KB.</summary>
    public const int MaxLength = 64 * 1024;

    /// <summary>Top DICT: charset offset.</summary>
    public const int Charset = 15;

    /// <summary>Top DICT: encoding offset.</summary>
    public const int Encoding = 16;

    /// <summary>Top DICT: CharStrings INDEX offset.</summary>
    public const int CharStrings = 17;

    /// <summary>Top or Font DICT: Private DICT size and offset.</summary>
    public const int Private = 18;

    /// <summary>Private DICT: local Subrs offset, from the Private DICT's start.</summary>
    public const int Subrs = 19;

    /// <summary>Top DICT: charstring type (2 unless said otherwise).</summary>
    public const int CharstringType = 1206;

    /// <summary>Top DICT: a synthetic font, built from another one in a font set; never in OpenType.</summary>
    public const int SyntheticBase = 1220;

    /// <summary>Top DICT: Registry-Ordering-Supplement, which makes a font CID-keyed.</summary>
    public const int Ros = 1230;

    /// <summary>Top DICT: the Font DICT INDEX of a CID-keyed font.</summary>
    public const int FdArray = 1236;

    /// <summary>Top DICT: which Font DICT each glyph uses.</summary>
    public const int FdSelect = 1237;

    /// <summary>At most this many operands before an operator (the Type 2 argument stack).</summary>
    private const int MaxOperands = 48;

    /// <summary>Reads the entries of the DICT in <c>table[start..start + length]</c>.</summary>
    /// <exception cref="InvalidDataException">A reserved byte, an operand that runs past the end, or too many operands.</exception>
    public static List<CffEntry> Read(byte[] table, int start, int length, string what)
    {
        // A real DICT holds a few dozen entries in a few hundred bytes; tens of megabytes of one-byte operators would
        // become tens of millions of entries (gigabytes) before anything else is checked.
        if (start < 0 || length < 0 || length > MaxLength || start > table.Length - length)
        {
            throw CffIndex.Damaged(what);
        }

        var entries = new List<CffEntry>();
        var operands = new List<long?>();
        var end = start + length;
        var entryStart = start;
        var at = start;
        while (at < end)
        {
            int b0 = table[at];
            if (b0 <= 21)
            {
                var op = b0 == 12 ? (at + 1 < end ? 1200 + table[at + 1] : throw CffIndex.Damaged(what)) : b0;
                at += b0 == 12 ? 2 : 1;
                entries.Add(new CffEntry(op, [.. operands], entryStart, at - entryStart));
                operands.Clear();
                entryStart = at;
                continue;
            }

            if (operands.Count >= MaxOperands)
            {
                throw CffIndex.Damaged(what);
            }

            var (value, size) = b0 switch
            {
                >= 32 and <= 246 => ((long?)(b0 - 139), 1),
                >= 247 and <= 250 => (((b0 - 247) * 256) + Byte(1) + 108, 2),
                >= 251 and <= 254 => (-((b0 - 251) * 256) - Byte(1) - 108, 2),
                28 => ((short)((Byte(1) << 8) | Byte(2)), 3),
                29 => ((int)((uint)(Byte(1) << 24) | (uint)(Byte(2) << 16) | (uint)(Byte(3) << 8) | (uint)Byte(4)), 5),
                30 => (null, RealLength()),
                _ => throw CffIndex.Damaged(what),
            };
            operands.Add(value);
            at += size;
        }

        if (operands.Count > 0)
        {
            throw CffIndex.Damaged(what);
        }

        return entries;

        int Byte(int k) => at + k < end ? table[at + k] : throw CffIndex.Damaged(what);

        // A real is nibbles after the 30, ending with the nibble 0xF.
        int RealLength()
        {
            for (var k = 1; at + k < end; k++)
            {
                if ((table[at + k] & 0x0F) == 0x0F || (table[at + k] >> 4) == 0x0F)
                {
                    return k + 1;
                }
            }

            throw CffIndex.Damaged(what);
        }
    }

    /// <summary>The integer operands of an operator, or <see langword="null"/> when it is absent.</summary>
    /// <exception cref="InvalidDataException">It is present with too few operands, or a real where an integer belongs.</exception>
    public static long[]? Integers(List<CffEntry> entries, int op, int count, string what)
    {
        foreach (var entry in entries)
        {
            if (entry.Operator == op)
            {
                return entry.Operands.Length >= count && entry.Operands.TakeLast(count).All(o => o.HasValue)
                    ? [.. entry.Operands.TakeLast(count).Select(o => o!.Value)]
                    : throw CffIndex.Damaged(what);
            }
        }

        return null;
    }

    /// <summary>
    /// The DICT written again: every entry's own bytes, except the operators in <paramref name="replaced"/>, written with
    /// the given integers as five-byte operands.
    /// </summary>
    public static byte[] Write(byte[] table, List<CffEntry> entries, IReadOnlyDictionary<int, long[]> replaced)
    {
        using var output = new MemoryStream();
        foreach (var entry in entries)
        {
            if (!replaced.TryGetValue(entry.Operator, out var values))
            {
                output.Write(table, entry.Start, entry.Length);
                continue;
            }

            foreach (var value in values)
            {
                output.WriteByte(29);
                output.Write([(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value]);
            }

            if (entry.Operator >= 1200)
            {
                output.WriteByte(12);
            }

            output.WriteByte((byte)(entry.Operator % 1200));
        }

        return output.ToArray();
    }
}

/// <summary>One operator of a DICT with its operands (<see langword="null"/> for a real) and where its bytes lie.</summary>
/// <param name="Operator">The operator; two-byte ones as 1200 + the second byte.</param>
/// <param name="Operands">Its operands.</param>
/// <param name="Start">Where its first operand starts in the table.</param>
/// <param name="Length">Its length, operator included.</param>
internal sealed record CffEntry(int Operator, long?[] Operands, int Start, int Length);
