using Pace.Rendering.Layout;
using SkiaSharp;

namespace Pace.Rendering.Painters;

/// <summary>Writes one page as SVG (text stays text; viewers need the Lato font or fall back to a sans-serif).</summary>
internal static class SvgPainter
{
    /// <summary>Paints a page and returns the SVG bytes.</summary>
    public static byte[] Encode(LayoutPage page)
    {
        using var buffer = new MemoryStream();
        using (var stream = new SKManagedWStream(buffer))
        {
            using (var canvas = SKSvgCanvas.Create(SKRect.Create(page.Width * page.Scale, page.Height * page.Scale), stream))
            {
                canvas.Scale(page.Scale);
                CanvasPainter.Paint(canvas, page);
            }

            stream.Flush();
        }

        return buffer.ToArray();
    }
}
