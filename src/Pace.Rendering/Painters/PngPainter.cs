using Pace.Rendering.Layout;
using SkiaSharp;

namespace Pace.Rendering.Painters;

/// <summary>Rasterises one page to PNG.</summary>
internal static class PngPainter
{
    /// <summary>
    /// zlib level 1: measured here ~5x faster than the default for a few percent more bytes. No row filter: libpng
    /// trying all five per row cost ~3x the encoding time, and on these flat-colour pages the unfiltered rows even
    /// compress better (acme page 1 at 150 dpi: 347 KB unfiltered against 418 KB; bench/ and docs/performance.md).
    /// </summary>
    private static readonly SKPngEncoderOptions Options = new(SKPngEncoderFilterFlags.None, 1);

    /// <summary>Paints a page at a resolution and returns the PNG bytes.</summary>
    public static byte[] Encode(LayoutPage page, float dpi)
    {
        var scale = dpi / 72f;
        var width = Math.Max(1, (int)MathF.Round(page.Width * scale));
        var height = Math.Max(1, (int)MathF.Round(page.Height * scale));
        var info = new SKImageInfo(width, height, SKColorType.Rgb888x, SKAlphaType.Opaque);
        using var surface = SKSurface.Create(info)
            ?? throw new InvalidOperationException($"Could not allocate a {width}×{height} image.");
        var canvas = surface.Canvas;
        canvas.Scale(scale);
        CanvasPainter.Paint(canvas, page);
        canvas.Flush();
        using var pixmap = surface.PeekPixels();
        using var data = pixmap.Encode(Options)
            ?? throw new InvalidOperationException("PNG encoding failed.");
        return data.ToArray();
    }
}
