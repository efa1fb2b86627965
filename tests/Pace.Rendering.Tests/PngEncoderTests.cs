using Pace.Rendering.Painters;
using SkiaSharp;

namespace Pace.Rendering.Tests;

/// <summary>Pace's own PNG writer: what it writes decodes to exactly the pixels it was given.</summary>
public sealed class PngEncoderTests
{
    /// <summary>A small image (one IDAT chunk), and a large noisy one whose deflated rows span several 64 KB chunks.</summary>
    [TestCase(37, 11, 1)]
    [TestCase(300, 300, 5)]
    public void An_encoded_image_decodes_to_the_same_pixels(int width, int height, int idatChunks)
    {
        var stride = (4 * width) + 8; // a row gap, as a surface may have
        var pixels = new byte[stride * height];
        var noise = new Random(7);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var at = (y * stride) + (4 * x);
                (pixels[at], pixels[at + 1], pixels[at + 2], pixels[at + 3]) = width < 100
                    ? ((byte)(x * 7), (byte)(y * 23), (byte)((x + y) * 5), (byte)0x5A)
                    : ((byte)noise.Next(256), (byte)noise.Next(256), (byte)noise.Next(256), (byte)0x5A);
            }
        }

        var png = PngEncoder.Encode(pixels, width, height, stride, 150);
        Assert.That(Chunks(png).Count(t => t == "IDAT"), Is.EqualTo(idatChunks), "IDAT chunks");
        using var decoded = SKBitmap.Decode(png);
        Assert.That(decoded, Is.Not.Null, "Skia (libpng, which checks every chunk's CRC) reads it");
        Assert.Multiple(() =>
        {
            Assert.That(decoded!.Width, Is.EqualTo(width));
            Assert.That(decoded.Height, Is.EqualTo(height));
            Assert.That(png[25], Is.EqualTo(2), "colour type RGB: no alpha channel for an opaque page");
            for (var y = 0; y < height; y++)
            {
                for (var x = 0; x < width; x++)
                {
                    var at = (y * stride) + (4 * x);
                    Assert.That(decoded.GetPixel(x, y), Is.EqualTo(new SKColor(pixels[at], pixels[at + 1], pixels[at + 2])), $"pixel {x},{y}");
                }
            }
        });
    }

    /// <summary>
    /// A compact PNG (level 9) holds the same pixels in fewer bytes. The image mixes what a page has: flat paper, runs of
    /// repeating colours and noisy "text".
    /// </summary>
    [TestCase(false)]
    [TestCase(true)]
    public void A_compact_png_decodes_to_the_same_pixels_in_fewer_bytes(bool alpha)
    {
        const int width = 211, height = 97;
        var stride = 4 * width;
        var pixels = new byte[stride * height];
        var noise = new Random(11);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var at = (y * stride) + (4 * x);
                (pixels[at], pixels[at + 1], pixels[at + 2]) = (y % 20) switch
                {
                    < 8 => ((byte)255, (byte)255, (byte)255),
                    < 14 => ((byte)(x * 3), (byte)(y * 2), (byte)(x + y)),
                    _ => ((byte)noise.Next(256), (byte)(x * 5), (byte)200),
                };
                pixels[at + 3] = 255;
            }
        }

        var plain = PngEncoder.Encode(pixels, width, height, stride, 96, alpha);
        var compact = PngEncoder.Encode(pixels, width, height, stride, 96, alpha, compact: true);
        Assert.That(compact.Length, Is.LessThan(plain.Length));
        Assert.That(compact[25], Is.EqualTo(alpha ? 6 : 2), "colour type");
        using var decoded = SKBitmap.Decode(compact);
        Assert.That(decoded, Is.Not.Null, "libpng reads it");
        var wrong = 0;
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var at = (y * stride) + (4 * x);
                wrong += decoded!.GetPixel(x, y) == new SKColor(pixels[at], pixels[at + 1], pixels[at + 2]) ? 0 : 1;
            }
        }

        Assert.That(wrong, Is.Zero, "pixels that differ");
    }

    [TestCase(150f, 5906u)]
    [TestCase(300f, 11811u)]
    [TestCase(72f, 2835u)]
    public void The_png_records_srgb_and_its_resolution(float dpi, uint pixelsPerMetre)
    {
        var png = PngEncoder.Encode(new byte[4 * 4], 2, 2, 8, dpi);
        Assert.That(Chunks(png).Take(3), Is.EqualTo(new[] { "IHDR", "sRGB", "pHYs" }));
        var phys = 8 + 12 + 13 + 12 + 1;
        Assert.Multiple(() =>
        {
            Assert.That(png[8 + 12 + 13 + 12 - 4], Is.Zero, "sRGB rendering intent: perceptual");
            Assert.That(System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(phys + 8)), Is.EqualTo(pixelsPerMetre), "pixels per metre across");
            Assert.That(System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(phys + 12)), Is.EqualTo(pixelsPerMetre), "down");
            Assert.That(png[phys + 16], Is.EqualTo(1), "unit: the metre");
        });
    }

    private static IEnumerable<string> Chunks(byte[] png)
    {
        for (var at = 8; at < png.Length; at += 12 + System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at)))
        {
            yield return System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
        }
    }
}
