using System.Buffers.Binary;

namespace Pace.Rendering.Text;

/// <summary>
/// One INDEX of a CFF table (Adobe technical note 5176, §5): a count, an offset size and count + 1 offsets into the data
/// after them. Read from hostile bytes: every offset is checked to lie inside the table and to rise, so an item is always
/// a valid slice, and a count that claims more than the table holds is refused before anything is allocated for it.
/// </summary>
/// <param name="Start">Where the INDEX starts in the table.</param>
/// <param name="End">The first byte after it.</param>
/// <param name="Count">The number of items.</param>
/// <param name="Offsets">Count + 1 absolute offsets: item i is <c>[Offsets[i], Offsets[i + 1])</c>.</param>
internal sealed record CffIndex(int Start, int End, int Count, int[] Offsets)
{
    /// <summary>The bytes of the whole INDEX.</summary>
    public ReadOnlySpan<byte> Whole(byte[] table) => table.AsSpan(Start, End - Start);

    /// <summary>Where item <paramref name="i"/> lies.</summary>
    public (int Offset, int Length) Item(int i) => (Offsets[i], Offsets[i + 1] - Offsets[i]);

    /// <summary>Reads the INDEX at <paramref name="start"/>.</summary>
    /// <exception cref="InvalidDataException">It does not fit the table or its offsets do not rise.</exception>
    public static CffIndex Read(byte[] table, int start, string what)
    {
        if (start < 0 || start > table.Length - 2)
        {
            throw Damaged(what);
        }

        int count = BinaryPrimitives.ReadUInt16BigEndian(table.AsSpan(start));
        if (count == 0)
        {
            return new CffIndex(start, start + 2, 0, [start + 2]);
        }

        // count + 1 offsets of offSize bytes must fit before the table ends: checked before the array is made.
        var offSize = start + 2 < table.Length ? table[start + 2] : 0;
        var data = start + 3 + ((long)(count + 1) * offSize) - 1;
        if (offSize is < 1 or > 4 || data >= table.Length)
        {
            throw Damaged(what);
        }

        var offsets = new int[count + 1];
        for (var i = 0; i <= count; i++)
        {
            long value = 0;
            for (var k = 0; k < offSize; k++)
            {
                value = (value << 8) | table[start + 3 + (i * offSize) + k];
            }

            var at = data + value;
            if (value < 1 || at > table.Length || (i > 0 && at < offsets[i - 1]) || (i == 0 && value != 1))
            {
                throw Damaged(what);
            }

            offsets[i] = (int)at;
        }

        return new CffIndex(start, offsets[count], count, offsets);
    }

    /// <summary>
    /// Writes items as an INDEX with the smallest offset size that holds its last offset. Its size depends only on the
    /// items' lengths, never on where the INDEX is placed, so a table can be laid out before any offset is known.
    /// </summary>
    public static byte[] Write(IReadOnlyList<byte[]> items)
    {
        if (items.Count == 0)
        {
            return [0, 0];
        }

        var last = 1L + items.Sum(i => (long)i.Length);
        var offSize = last <= 0xFF ? 1 : last <= 0xFFFF ? 2 : last <= 0xFFFFFF ? 3 : 4;
        var output = new byte[3 + (offSize * (items.Count + 1)) + (last - 1)];
        BinaryPrimitives.WriteUInt16BigEndian(output, (ushort)items.Count);
        output[2] = (byte)offSize;
        var offset = 1L;
        var at = 3 + (offSize * (items.Count + 1));
        for (var i = 0; i <= items.Count; i++)
        {
            for (var k = 0; k < offSize; k++)
            {
                output[3 + (offSize * i) + k] = (byte)(offset >> (8 * (offSize - 1 - k)));
            }

            if (i < items.Count)
            {
                items[i].CopyTo(output, at);
                at += items[i].Length;
                offset += items[i].Length;
            }
        }

        return output;
    }

    /// <summary>The one message every malformed structure gives: the user can do nothing but name another file.</summary>
    internal static InvalidDataException Damaged(string what) => new($"its CFF table is damaged ({what})");
}
