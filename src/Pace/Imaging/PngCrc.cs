namespace Pace.Imaging;

/// <summary>CRC-32 as PNG chunks use it (ISO/IEC 15948 annex D: polynomial 0xEDB88320, reflected), table-driven.</summary>
internal static class PngCrc
{
    private static readonly uint[] Table = Build();

    /// <summary>The CRC of a chunk's type and data.</summary>
    public static uint Of(ReadOnlySpan<byte> typeAndData)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in typeAndData)
        {
            crc = Table[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return ~crc;
    }

    private static uint[] Build()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
