using System.Buffers.Binary;
using System.IO.Compression;
using Pace.Imaging;

namespace Pace.Tests.Imaging;

/// <summary>
/// Writes PNG files of every kind the standard allows, for the decoder's tests: any colour type and bit depth, a
/// palette and tRNS, Adam7 interlacing, and each row filtered with a chosen filter (the five in turn by default), so
/// the decoder meets what other encoders write. Samples are given per pixel at the image's bit depth.
/// </summary>
internal static class TestPng
{
    /// <summary>An image: its header and, per pixel row by row, its samples (1 per pixel for grey and palette, 2, 3 or 4).</summary>
    public sealed record Image(int Width, int Height, int BitDepth, int ColourType, int[] Samples, bool Interlaced = false)
    {
        public byte[]? Palette { get; init; }

        public byte[]? Transparency { get; init; }

        public int Channels => new PngHeader(Width, Height, BitDepth, ColourType, Interlaced).Channels;
    }

    public static byte[] Write(Image image, Func<int, byte>? filterOfRow = null)
    {
        filterOfRow ??= row => (byte)(row % 5);
        using var output = new MemoryStream();
        output.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, image.Width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), image.Height);
        (header[8], header[9], header[12]) = ((byte)image.BitDepth, (byte)image.ColourType, (byte)(image.Interlaced ? 1 : 0));
        Chunk(output, "IHDR", header);
        if (image.Palette is { } palette)
        {
            Chunk(output, "PLTE", palette);
        }

        if (image.Transparency is { } transparency)
        {
            Chunk(output, "tRNS", transparency);
        }

        using var raw = new MemoryStream();
        var row = 0;
        foreach (var (x0, y0, dx, dy) in image.Interlaced ? Adam7 : [(0, 0, 1, 1)])
        {
            var width = (image.Width - x0 + dx - 1) / dx;
            var height = (image.Height - y0 + dy - 1) / dy;
            if (width <= 0 || height <= 0)
            {
                continue;
            }

            var prior = new byte[RowBytes(image, width)];
            for (var y = 0; y < height; y++)
            {
                var line = Pack(image, Enumerable.Range(0, width).Select(i => x0 + (i * dx)).ToArray(), y0 + (y * dy));
                var filter = filterOfRow(row++);
                raw.WriteByte(filter);
                raw.Write(Filter(filter, line, prior, Math.Max(1, image.Channels * image.BitDepth / 8)));
                prior = line;
            }
        }

        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(raw.ToArray());
        }

        // Split the data over several IDAT chunks, as encoders do, so the decoder must join them.
        var data = compressed.ToArray();
        for (var at = 0; at < data.Length; at += 100)
        {
            Chunk(output, "IDAT", data.AsSpan(at, Math.Min(100, data.Length - at)));
        }

        Chunk(output, "IEND", []);
        return output.ToArray();
    }

    /// <summary>A large image whose every row is the same bytes, written without holding its samples (rows unfiltered).</summary>
    public static byte[] Uniform(int width, int height, int bitDepth, int colourType, byte[] row)
    {
        using var output = new MemoryStream();
        output.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        (header[8], header[9]) = ((byte)bitDepth, (byte)colourType);
        Chunk(output, "IHDR", header);
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            for (var y = 0; y < height; y++)
            {
                zlib.WriteByte(0);
                zlib.Write(row);
            }
        }

        Chunk(output, "IDAT", compressed.ToArray());
        Chunk(output, "IEND", []);
        return output.ToArray();
    }

    public static readonly (int, int, int, int)[] Adam7 = [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)];

    public static void Chunk(Stream output, string type, ReadOnlySpan<byte> data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        output.Write(number);
        var typed = new byte[4 + data.Length];
        System.Text.Encoding.ASCII.GetBytes(type).CopyTo(typed, 0);
        data.CopyTo(typed.AsSpan(4));
        output.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(number, PngCrc.Of(typed));
        output.Write(number);
    }

    private static int RowBytes(Image image, int width) => ((width * image.Channels * image.BitDepth) + 7) / 8;

    private static byte[] Pack(Image image, int[] xs, int y)
    {
        var line = new byte[RowBytes(image, xs.Length)];
        var bit = 0;
        foreach (var x in xs)
        {
            for (var c = 0; c < image.Channels; c++)
            {
                var sample = image.Samples[(((y * image.Width) + x) * image.Channels) + c];
                if (image.BitDepth == 16)
                {
                    BinaryPrimitives.WriteUInt16BigEndian(line.AsSpan(bit / 8), (ushort)sample);
                }
                else if (image.BitDepth == 8)
                {
                    line[bit / 8] = (byte)sample;
                }
                else
                {
                    line[bit / 8] |= (byte)(sample << (8 - image.BitDepth - (bit % 8)));
                }

                bit += image.BitDepth;
            }
        }

        return line;
    }

    private static byte[] Filter(byte filter, byte[] line, byte[] prior, int stride)
    {
        var output = new byte[line.Length];
        for (var i = 0; i < line.Length; i++)
        {
            int left = i >= stride ? line[i - stride] : 0, up = prior[i], upLeft = i >= stride ? prior[i - stride] : 0;
            var predicted = filter switch
            {
                0 => 0,
                1 => left,
                2 => up,
                3 => (left + up) >> 1,
                _ => Paeth(left, up, upLeft),
            };
            output[i] = (byte)(line[i] - predicted);
        }

        return output;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
