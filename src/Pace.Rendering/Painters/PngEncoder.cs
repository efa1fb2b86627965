using System.Buffers.Binary;
using System.IO.Compression;

namespace Pace.Rendering.Painters;

/// <summary>
/// Writes an 8-bit RGB PNG, or RGBA for a logo in an SVG (ISO/IEC 15948): signature, IHDR, sRGB (the colours are sRGB, as the PDF's are meant),
/// pHYs (the resolution, so the image prints and imports at its size), IDAT chunks, IEND. Rows are unfiltered and deflated by
/// .NET's zlib (zlib-ng) at level 2: for <c>pace render</c> the fastest. Filtering makes these pages larger, not smaller:
/// flat paper and anti-aliased text, where the usual per-row choice of filter turns runs into noise (acme's page 1: 176 KB
/// unfiltered, 230 KB filtered adaptively, both at level 9; docs/performance.md). A compact PNG (the site's download,
/// written once and fetched many times) is deflated at level 9 instead: the same pixels in fewer bytes, for more time.
/// Replaces Skia's libpng encoder, which deflated with classic zlib.
/// </summary>
internal static class PngEncoder
{
    /// <summary>zlib level 2, as for PDF streams: as fast as level 1 here, and level 1 (zlib-ng's "quick") packs far worse.</summary>
    private static readonly ZLibCompressionOptions Compression = new() { CompressionLevel = 2 };

    /// <summary>zlib's best level, for a compact PNG.</summary>
    private static readonly ZLibCompressionOptions Smallest = new() { CompressionLevel = 9 };

    private static readonly uint[] CrcTable = BuildCrcTable();

    /// <summary>Encodes pixels laid out as 4 bytes each (R, G, B, unused), <paramref name="stride"/> bytes a row.</summary>
    /// <param name="rgbx">The pixels.</param>
    /// <param name="width">Pixels a row.</param>
    /// <param name="height">Rows.</param>
    /// <param name="stride">Bytes a row.</param>
    /// <param name="dpi">The resolution the image was drawn at, recorded in pHYs.</param>
    /// <param name="alpha">Whether the fourth byte is alpha (unpremultiplied) and is kept: colour type RGBA instead of RGB.</param>
    /// <param name="compact">Whether to spend time on fewer bytes: deflated at level 9 instead of 2.</param>
    public static byte[] Encode(ReadOnlySpan<byte> rgbx, int width, int height, int stride, float dpi, bool alpha = false, bool compact = false)
    {
        var channels = alpha ? 4 : 3;
        using var output = new MemoryStream();
        output.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);

        Span<byte> header = stackalloc byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header[4..], height);
        header[8] = 8; // bits per channel
        header[9] = (byte)(alpha ? 6 : 2); // colour type: RGBA or RGB
        header[10] = 0; // deflate
        header[11] = 0; // adaptive filtering (each row says "none")
        header[12] = 0; // not interlaced
        Chunk(output, "IHDR"u8, header);

        // Rendering intent 0, perceptual: what sRGB images are normally tagged with.
        Chunk(output, "sRGB"u8, [0]);

        // Pixels per metre, the same across and down; unit 1 is the metre.
        Span<byte> physical = stackalloc byte[9];
        var perMetre = (uint)Math.Round(dpi / 0.0254, MidpointRounding.AwayFromZero);
        BinaryPrimitives.WriteUInt32BigEndian(physical, perMetre);
        BinaryPrimitives.WriteUInt32BigEndian(physical[4..], perMetre);
        physical[8] = 1;
        Chunk(output, "pHYs"u8, physical);

        // The deflated rows go out as IDAT chunks of up to 64 KB while they are compressed (PNG allows any number in a
        // row), so the compressed image is never held, and copied, in a buffer of its own besides the output.
        using (var chunks = new IdatStream(output))
        using (var zlib = new ZLibStream(chunks, compact ? Smallest : Compression, leaveOpen: true))
        {
            // A row is its filter byte, then its pixels: unfiltered (type 0, the array's zero).
            var row = new byte[1 + (channels * width)];
            for (var y = 0; y < height; y++)
            {
                var source = rgbx.Slice(y * stride, 4 * width);
                if (alpha)
                {
                    source.CopyTo(row.AsSpan(1));
                }
                else
                {
                    for (int x = 0, to = 1; x < width; x++, to += 3)
                    {
                        row[to] = source[4 * x];
                        row[to + 1] = source[(4 * x) + 1];
                        row[to + 2] = source[(4 * x) + 2];
                    }
                }

                zlib.Write(row);
            }
        }

        Chunk(output, "IEND"u8, []);
        return output.ToArray();
    }

    private static void Chunk(Stream output, ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        output.Write(number);
        output.Write(type);
        output.Write(data);
        BinaryPrimitives.WriteUInt32BigEndian(number, ~Crc(Crc(0xFFFFFFFFu, type), data));
        output.Write(number);
    }

    /// <summary>Updates a running CRC-32 (the PNG / zlib polynomial 0xEDB88320, reflected), table-driven.</summary>
    private static uint Crc(uint crc, ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return crc;
    }

    private static uint[] BuildCrcTable()
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

    /// <summary>A write-only stream that emits what is written to it as IDAT chunks of up to 64 KB.</summary>
    private sealed class IdatStream(Stream output) : Stream
    {
        private readonly byte[] _buffer = new byte[64 * 1024];
        private int _count;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            while (buffer.Length > 0)
            {
                var take = Math.Min(buffer.Length, _buffer.Length - _count);
                buffer[..take].CopyTo(_buffer.AsSpan(_count));
                _count += take;
                buffer = buffer[take..];
                if (_count == _buffer.Length)
                {
                    Flush();
                }
            }
        }

        /// <summary>Writes what is buffered as one chunk; nothing when empty, so no empty IDAT is ever written.</summary>
        public override void Flush()
        {
            if (_count > 0)
            {
                Chunk(output, "IDAT"u8, _buffer.AsSpan(0, _count));
                _count = 0;
            }
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                Flush();
            }

            base.Dispose(disposing);
        }
    }
}
