using System.Buffers.Binary;
using System.IO.Compression;
using Pace.Rendering.Painters.Pdf;
using SkiaSharp;

namespace Pace.Rendering.Tests;

/// <summary>The PDF writer's own PNG decoder: every colour type, depth, filter and interlacing, against known pixels and Skia.</summary>
public sealed class PngPixelsTests
{
    private static IEnumerable<TestCaseData> Kinds()
    {
        foreach (var (type, depths) in new[] { (0, new[] { 1, 2, 4, 8, 16 }), (2, new[] { 8, 16 }), (3, new[] { 1, 2, 4, 8 }), (4, new[] { 8, 16 }), (6, new[] { 8, 16 }) })
        {
            foreach (var depth in depths)
            {
                foreach (var interlaced in new[] { false, true })
                {
                    yield return new TestCaseData(type, depth, interlaced).SetArgDisplayNames($"type {type}", $"{depth} bit", interlaced ? "Adam7" : "plain");
                }
            }
        }
    }

    [TestCaseSource(nameof(Kinds))]
    public void Every_kind_of_png_decodes_to_its_pixels(int type, int depth, bool interlaced)
    {
        var random = new Random((type * 100) + depth + (interlaced ? 1000 : 0));
        const int width = 13, height = 11;
        var channels = type switch { 0 => 1, 2 => 3, 3 => 1, 4 => 2, _ => 4 };
        var max = (1 << depth) - 1;
        var samples = new int[width * height * channels];
        for (var i = 0; i < samples.Length; i++)
        {
            samples[i] = random.Next(type == 3 ? Math.Min(max, 5) + 1 : max + 1);
        }

        byte[] palette = [.. Enumerable.Range(0, 3 * 6).Select(_ => (byte)random.Next(256))];
        byte[] alphas = [10, 200, 0];
        var key = type == 0 ? samples[0] : -1;
        var transparency = type switch
        {
            3 => alphas,
            0 => [(byte)(key >> 8), (byte)key],
            _ => [],
        };
        var png = Encode(type, depth, width, height, channels, samples, interlaced, palette, transparency);

        var decoded = PngPixels.Decode(png);
        Assert.That(decoded, Is.Not.Null);
        var (w, h, rgba) = decoded!.Value;
        Assert.That((w, h), Is.EqualTo((width, height)));
        byte Eight(int v) => depth == 16 ? (byte)(v >> 8) : (byte)(v * 255 / max);
        for (var p = 0; p < width * height; p++)
        {
            var s = samples.AsSpan(p * channels, channels);
            byte[] expected = type switch
            {
                3 => [palette[3 * s[0]], palette[(3 * s[0]) + 1], palette[(3 * s[0]) + 2], s[0] < alphas.Length ? alphas[s[0]] : (byte)255],
                0 => [Eight(s[0]), Eight(s[0]), Eight(s[0]), s[0] == key ? (byte)0 : (byte)255],
                4 => [Eight(s[0]), Eight(s[0]), Eight(s[0]), Eight(s[1])],
                2 => [Eight(s[0]), Eight(s[1]), Eight(s[2]), 255],
                _ => [Eight(s[0]), Eight(s[1]), Eight(s[2]), Eight(s[3])],
            };
            Assert.That(rgba.AsSpan(4 * p, 4).ToArray(), Is.EqualTo(expected), $"pixel {p % width},{p / width}");
        }
    }

    [Test]
    public void A_png_skia_wrote_decodes_as_skia_reads_it()
    {
        using var bitmap = new SKBitmap(new SKImageInfo(37, 19, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        var random = new Random(5);
        for (var y = 0; y < 19; y++)
        {
            for (var x = 0; x < 37; x++)
            {
                bitmap.SetPixel(x, y, new SKColor((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256)));
            }
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        using var back = SKBitmap.Decode(data.ToArray(), new SKImageInfo(37, 19, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        var decoded = PngPixels.Decode(data.ToArray())!.Value;
        Assert.That(decoded.Rgba, Is.EqualTo(back.GetPixelSpan().ToArray()));
    }

    [TestCase(new byte[] { 1, 2, 3 })]
    [TestCase(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 9, 0, 0, 0, 0, 0, 0, 0 })]
    public void What_is_not_a_png_it_reads_gives_nothing(byte[] bytes) => Assert.That(PngPixels.Decode(bytes), Is.Null);

    [Test]
    public void A_png_bigger_than_a_logo_needs_gives_nothing()
    {
        var png = Encode(0, 8, 5000, 4000, 1, new int[1], false, [], [], rowsOnly: 1);
        Assert.That(PngPixels.Decode(png), Is.Null);
    }

    /// <summary>A PNG of the given samples, rows filtered by turns with each of the five filters.</summary>
    private static byte[] Encode(int type, int depth, int width, int height, int channels, int[] samples, bool interlaced, byte[] palette, byte[] transparency, int rowsOnly = int.MaxValue)
    {
        using var raw = new MemoryStream();
        if (rowsOnly == int.MaxValue)
        {
            if (interlaced)
            {
                foreach (var (x0, y0, dx, dy) in new[] { (0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2) })
                {
                    var (w, h) = ((width - x0 + dx - 1) / dx, (height - y0 + dy - 1) / dy);
                    if (w > 0 && h > 0)
                    {
                        Rows(raw, depth, channels, w, h, (x, y) => ((y0 + (y * dy)) * width) + x0 + (x * dx), samples);
                    }
                }
            }
            else
            {
                Rows(raw, depth, channels, width, height, (x, y) => (y * width) + x, samples);
            }
        }

        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        (header[8], header[9], header[12]) = ((byte)depth, (byte)type, (byte)(interlaced ? 1 : 0));
        Chunk(png, "IHDR", header);
        if (type == 3)
        {
            Chunk(png, "PLTE", palette);
        }

        if (transparency.Length > 0)
        {
            Chunk(png, "tRNS", transparency);
        }

        using var packed = new MemoryStream();
        using (var zlib = new ZLibStream(packed, CompressionLevel.Fastest, leaveOpen: true))
        {
            zlib.Write(raw.ToArray());
        }

        Chunk(png, "IDAT", packed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Rows(Stream raw, int depth, int channels, int width, int height, Func<int, int, int> pixel, int[] samples)
    {
        var bits = depth * channels;
        var rowBytes = ((width * bits) + 7) / 8;
        var step = Math.Max(1, bits / 8);
        var above = new byte[rowBytes];
        for (var y = 0; y < height; y++)
        {
            var row = new byte[rowBytes];
            for (var x = 0; x < width; x++)
            {
                for (var c = 0; c < channels; c++)
                {
                    var value = samples[(pixel(x, y) * channels) + c];
                    var index = (x * channels) + c;
                    if (depth == 16)
                    {
                        BinaryPrimitives.WriteUInt16BigEndian(row.AsSpan(2 * index), (ushort)value);
                    }
                    else if (depth == 8)
                    {
                        row[index] = (byte)value;
                    }
                    else
                    {
                        row[index * depth / 8] |= (byte)(value << (8 - depth - (index * depth % 8)));
                    }
                }
            }

            var filter = y % 5;
            raw.WriteByte((byte)filter);
            for (var i = 0; i < rowBytes; i++)
            {
                int left = i >= step ? row[i - step] : 0, up = above[i], corner = i >= step ? above[i - step] : 0;
                var predicted = filter switch { 0 => 0, 1 => left, 2 => up, 3 => (left + up) / 2, _ => Paeth(left, up, corner) };
                raw.WriteByte((byte)(row[i] - predicted));
            }

            above = row;
        }
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var (pa, pb, pc) = (Math.Abs(p - a), Math.Abs(p - b), Math.Abs(p - c));
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        png.Write(System.Text.Encoding.ASCII.GetBytes(type));
        png.Write(data);
        png.Write(new byte[4]);
    }
}
