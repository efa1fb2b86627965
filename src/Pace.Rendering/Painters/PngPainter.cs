using Pace.Rendering.Layout;
using SkiaSharp;

namespace Pace.Rendering.Painters;

/// <summary>Rasterises one page with Skia and encodes it as PNG (<see cref="PngEncoder"/>).</summary>
internal static class PngPainter
{
    /// <summary>Paints a page at a resolution and returns the PNG bytes; <paramref name="compact"/> spends time on fewer bytes (<see cref="PngEncoder"/>).</summary>
    public static byte[] Encode(LayoutPage page, float dpi, bool compact = false)
    {
        var scale = dpi / 72f * page.Scale;
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
        return PngEncoder.Encode(pixmap.GetPixelSpan(), width, height, pixmap.RowBytes, dpi, compact: compact);
    }
}
