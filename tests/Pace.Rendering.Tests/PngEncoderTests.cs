using Pace.Rendering.Painters;
using SkiaSharp;

namespace Pace.Rendering.Tests;

/// <summary>Pace's own PNG writer: what it writes decodes to exactly the pixels it was given.</summary>
public sealed class PngEncoderTests
{
    [Test]
    public void An_encoded_image_decodes_to_the_same_pixels()
    {
        const int width = 37, height = 11, stride = (4 * width) + 8; // a row gap, as a surface may have
        var pixels = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var at = (y * stride) + (4 * x);
                (pixels[at], pixels[at + 1], pixels[at + 2], pixels[at + 3]) = ((byte)(x * 7), (byte)(y * 23), (byte)((x + y) * 5), 0x5A);
            }
        }

        var png = PngEncoder.Encode(pixels, width, height, stride);
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
}
