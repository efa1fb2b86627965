using System.Buffers.Binary;
using System.Text;

namespace Pace.Rendering.Tests.Conformance;

/// <summary>An embedded TrueType program read back, independently of Pace's own font code: its tables, advances and checksums.</summary>
internal sealed class FontProgram
{
    private readonly byte[] _data;
    private readonly Dictionary<string, (int Offset, int Length, uint Checksum)> _tables = new(StringComparer.Ordinal);

    public FontProgram(byte[] data)
    {
        _data = data;
        var count = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(4));
        for (var i = 0; i < count; i++)
        {
            var entry = data.AsSpan(12 + (16 * i), 16);
            _tables[Encoding.ASCII.GetString(entry[..4])] = (
                (int)BinaryPrimitives.ReadUInt32BigEndian(entry[8..]),
                (int)BinaryPrimitives.ReadUInt32BigEndian(entry[12..]),
                BinaryPrimitives.ReadUInt32BigEndian(entry[4..]));
        }
    }

    /// <summary>The table tags.</summary>
    public IEnumerable<string> Tables => _tables.Keys;

    /// <summary>Glyphs in the font (maxp).</summary>
    public int GlyphCount => BinaryPrimitives.ReadUInt16BigEndian(Table("maxp")[4..]);

    /// <summary>Units per em (head).</summary>
    public int UnitsPerEm => BinaryPrimitives.ReadUInt16BigEndian(Table("head")[18..]);

    /// <summary>A glyph's advance width in font units (hmtx; glyphs past the last long metric share its advance).</summary>
    public int Advance(int glyph)
    {
        var longMetrics = BinaryPrimitives.ReadUInt16BigEndian(Table("hhea")[34..]);
        return BinaryPrimitives.ReadUInt16BigEndian(Table("hmtx")[(4 * Math.Min(glyph, longMetrics - 1))..]);
    }

    /// <summary>Tables whose directory checksum is not the sum of their words (head's adjustment counted as zero).</summary>
    public IEnumerable<string> WrongTableChecksums() =>
        _tables.Where(t => t.Value.Checksum != Sum(_data.AsSpan(t.Value.Offset, t.Value.Length), t.Key == "head")).Select(t => t.Key);

    /// <summary>Whether head.checkSumAdjustment makes the whole file sum to 0xB1B0AFBA, as the OpenType spec defines it.</summary>
    public bool FileChecksumIsRight
    {
        get
        {
            var stored = BinaryPrimitives.ReadUInt32BigEndian(Table("head")[8..]);
            var withoutAdjustment = unchecked(Sum(_data, skipAdjustmentAt: _tables["head"].Offset + 8));
            return unchecked(0xB1B0AFBA - withoutAdjustment) == stored;
        }
    }

    private ReadOnlySpan<byte> Table(string tag) => _data.AsSpan(_tables[tag].Offset, _tables[tag].Length);

    private static uint Sum(ReadOnlySpan<byte> data, bool head) => Sum(data, head ? 8 : -1);

    private static uint Sum(ReadOnlySpan<byte> data, int skipAdjustmentAt)
    {
        uint sum = 0;
        for (var i = 0; i < data.Length; i += 4)
        {
            if (i == skipAdjustmentAt)
            {
                continue;
            }

            uint word = 0;
            for (var k = 0; k < 4; k++)
            {
                word = (word << 8) | (i + k < data.Length ? data[i + k] : 0u);
            }

            sum = unchecked(sum + word);
        }

        return sum;
    }
}
