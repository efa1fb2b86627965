using Pace.Imaging;
using SkiaSharp;

namespace Pace.Tests.Imaging;

/// <summary>
/// The managed PNG decoder gives the pixels libpng gives (through SkiaSharp, whose PNG codec is libpng) for every colour
/// type and bit depth the standard allows, with and without Adam7 interlacing, with palettes and tRNS transparency, and
/// rows filtered with each of the five filters; and it refuses damaged files with a reason instead of throwing.
/// </summary>
public class PngDecoderTests
{
    public static IEnumerable<TestCaseData> Kinds()
    {
        foreach (var interlaced in new[] { false, true })
        {
            foreach (var depth in new[] { 1, 2, 4, 8, 16 })
            {
                yield return Case(PngHeader.Grey, depth, interlaced);
            }

            foreach (var depth in new[] { 1, 2, 4, 8 })
            {
                yield return Case(PngHeader.Palette, depth, interlaced);
            }

            foreach (var type in new[] { PngHeader.Rgb, PngHeader.GreyAlpha, PngHeader.RgbAlpha })
            {
                yield return Case(type, 8, interlaced);
                yield return Case(type, 16, interlaced);
            }
        }

        static TestCaseData Case(int type, int depth, bool interlaced) =>
            new TestCaseData(type, depth, interlaced).SetArgDisplayNames($"type {type}", $"{depth} bits", interlaced ? "Adam7" : "progressive");
    }

    [TestCaseSource(nameof(Kinds))]
    public void Decodes_as_libpng_does(int colourType, int depth, bool interlaced)
    {
        var image = Sample(colourType, depth, interlaced, transparency: false);
        var png = TestPng.Write(image);

        Assert.That(PngDecoder.Decode(png, 1024, 1024).Pixels, Is.EqualTo(Libpng(png)));
    }

    [TestCaseSource(nameof(Kinds))]
    public void Decodes_transparency_as_libpng_does(int colourType, int depth, bool interlaced)
    {
        var image = Sample(colourType, depth, interlaced, transparency: true);
        var png = TestPng.Write(image);
        var decoded = PngDecoder.Decode(png, 1024, 1024);

        Assert.Multiple(() =>
        {
            Assert.That(decoded.Pixels, Is.EqualTo(Libpng(png)));
            Assert.That(decoded.Pixels.Where((_, i) => i % 4 == 3), Has.Some.LessThan(255), "the sample really has transparent pixels");
        });
    }

    [TestCase(0)]
    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    [TestCase(4)]
    public void Every_row_filter_is_undone(int filter)
    {
        var png = TestPng.Write(Sample(PngHeader.RgbAlpha, 8, false, false), _ => (byte)filter);
        Assert.That(PngDecoder.Decode(png, 1024, 1024).Pixels, Is.EqualTo(Libpng(png)));
    }

    [Test]
    public void A_large_image_is_scaled_down_while_decoding_without_holding_it_whole()
    {
        // 4096 × 4096 RGBA is 64 MB decoded; scaled by 4 while decoding it needs the 4 MB result and its sums.
        var side = 4096;
        var png = TestPng.Uniform(side, side, 8, PngHeader.RgbAlpha, [.. Enumerable.Repeat<byte[]>([200, 100, 50, 255], side).SelectMany(p => p)]);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var decoded = PngDecoder.Decode(png, 1024, 1024);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        TestContext.Out.WriteLine($"decoding {png.Length:N0} bytes of PNG, 4096 x 4096 RGBA, allocated {allocated:N0} bytes");

        Assert.Multiple(() =>
        {
            Assert.That((decoded.Width, decoded.Height, decoded.SourceWidth, decoded.SourceHeight), Is.EqualTo((1024, 1024, side, side)));
            Assert.That(decoded.Pixels.Take(4), Is.EqualTo(new byte[] { 200, 100, 50, 255 }));
            Assert.That(allocated, Is.LessThan(24L * 1024 * 1024), "the 4 MB result and 16 MB of sums, never the 64 MB image");
        });
    }

    [Test]
    public void Averaging_weighs_colour_by_alpha()
    {
        // Two pixels, opaque red and fully transparent green, become one half-transparent red pixel: no green fringe.
        var png = TestPng.Write(new TestPng.Image(2, 1, 8, PngHeader.RgbAlpha, [255, 0, 0, 255, 0, 255, 0, 0]));
        Assert.That(PngDecoder.Decode(png, 1, 1).Pixels, Is.EqualTo(new byte[] { 255, 0, 0, 128 }));
    }

    [Test]
    public void An_image_over_the_limit_is_refused_before_anything_is_inflated()
    {
        var png = TestPng.Uniform(PngDecoder.MaxSide + 1, 1, 1, PngHeader.Grey, new byte[(PngDecoder.MaxSide / 8) + 1]);
        var e = Assert.Throws<PngFormatException>(() => PngDecoder.Decode(png, 1024, 1024));
        Assert.That(e!.Reason, Is.EqualTo("PngReasonTooLarge"));
    }

    [TestCase("signature", "PngReasonSignature")]
    [TestCase("checksum", "PngReasonChecksum")]
    [TestCase("truncated", "PngReasonTruncated")]
    [TestCase("filter", "PngReasonFilter")]
    [TestCase("data", "PngReasonData")]
    [TestCase("palette", "PngReasonPalette")]
    [TestCase("depth", "PngReasonHeader")]
    public void A_damaged_file_is_refused_with_its_reason(string damage, string reason)
    {
        var good = TestPng.Write(Sample(PngHeader.Rgb, 8, false, false));
        var png = damage switch
        {
            "signature" => [.. "GIF89a"u8, .. good.AsSpan(6)],
            "checksum" => Flip(good, 17),
            "truncated" => good[..(good.Length - 40)],
            "filter" => TestPng.Write(Sample(PngHeader.Rgb, 8, false, false), _ => 7),
            "data" => WithData(good, [0x78, 0x9C, 0xFF, 0xFF, 0xFF, 0xFF]),
            "palette" => TestPng.Write(Sample(PngHeader.Palette, 8, false, false) with { Palette = null }),
            _ => TestPng.Write(Sample(PngHeader.Rgb, 8, false, false) with { BitDepth = 4 }),
        };

        var e = Assert.Throws<PngFormatException>(() => PngDecoder.Decode(png, 1024, 1024));
        Assert.That(e!.Reason, Is.EqualTo(reason));
    }

    /// <summary>An image of 13 × 11 pixels (odd, so Adam7's passes are uneven and sub-byte rows end mid-byte) with varied samples.</summary>
    private static TestPng.Image Sample(int colourType, int depth, bool interlaced, bool transparency)
    {
        var random = new Random((colourType * 100) + depth);
        const int width = 13, height = 11;
        var max = (1 << depth) - 1;
        var entries = colourType == PngHeader.Palette ? Math.Min(max + 1, 200) : 0;
        var channels = new PngHeader(width, height, depth, colourType, interlaced).Channels;
        var samples = Enumerable.Range(0, width * height * channels)
            .Select(_ => colourType == PngHeader.Palette ? random.Next(entries) : random.Next(max + 1)).ToArray();
        var image = new TestPng.Image(width, height, depth, colourType, samples, interlaced);
        if (colourType == PngHeader.Palette)
        {
            image = image with { Palette = [.. Enumerable.Range(0, 3 * entries).Select(_ => (byte)random.Next(256))] };
        }

        if (!transparency)
        {
            return image;
        }

        return colourType switch
        {
            PngHeader.Palette => image with { Transparency = [.. Enumerable.Range(0, Math.Min(entries, 7)).Select(i => (byte)(i * 40))] },
            PngHeader.Grey => image with { Transparency = [(byte)(samples[0] >> 8), (byte)samples[0]] },
            PngHeader.Rgb => image with { Transparency = [.. samples[..3].SelectMany(s => new[] { (byte)(s >> 8), (byte)s })] },
            _ => image, // alpha channels carry their own transparency
        };
    }

    /// <summary>The pixels libpng decodes, as SkiaSharp hands them over: RGBA, 8 bits, alpha not premultiplied.</summary>
    private static byte[] Libpng(byte[] png)
    {
        using var data = SKData.CreateCopy(png);
        using var codec = SKCodec.Create(data);
        Assert.That(codec, Is.Not.Null, "Skia reads the test file");
        using var bitmap = SKBitmap.Decode(codec, codec.Info.WithColorType(SKColorType.Rgba8888).WithAlphaType(SKAlphaType.Unpremul).WithColorSpace(null));
        return bitmap.GetPixelSpan().ToArray();
    }

    private static byte[] Flip(byte[] bytes, int at)
    {
        var copy = bytes.ToArray();
        copy[at] ^= 0x55;
        return copy;
    }

    private static byte[] WithData(byte[] png, byte[] data)
    {
        // The signature and IHDR (8 + 25 bytes), one IDAT of the given bytes, IEND.
        using var output = new MemoryStream();
        output.Write(png.AsSpan(0, 33));
        TestPng.Chunk(output, "IDAT", data);
        TestPng.Chunk(output, "IEND", []);
        return output.ToArray();
    }
}
