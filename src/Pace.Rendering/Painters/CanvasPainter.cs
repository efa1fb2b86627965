using Pace.Rendering.Layout;
using Pace.Rendering.Text;
using SkiaSharp;

namespace Pace.Rendering.Painters;

/// <summary>
/// Paints placed elements on a Skia canvas in points. The PNG and SVG painters differ only in the canvas they
/// hand in; the PDF painter writes the same elements as PDF operators itself (Pdf/PdfPageContent), in the same order.
/// </summary>
internal static class CanvasPainter
{
    /// <summary>Paints a page with the embedded faces: a white sheet, then every element in order.</summary>
    public static void Paint(SKCanvas canvas, LayoutPage page)
    {
        using var fill = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill };
        using var stroke = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke };
        var fonts = new Dictionary<Typeface, SKFont>(ReferenceEqualityComparer.Instance);
        using var dash = SKPathEffect.CreateDash(Outlines.Dash, 0);

        fill.Color = SKColors.White;
        canvas.DrawRect(0, 0, page.Width, page.Height, fill);
        foreach (var element in page.Elements)
        {
            switch (element)
            {
                case BoxElement box:
                    Box(canvas, box, fill, stroke);
                    break;
                case LineElement line:
                    stroke.Color = Color(line.Color);
                    stroke.StrokeWidth = line.Width;
                    stroke.PathEffect = line.Dashed ? dash : null;
                    canvas.DrawLine(line.From.X, line.From.Y, line.To.X, line.To.Y, stroke);
                    stroke.PathEffect = null;
                    break;
                case PathElement path:
                    Path(canvas, path, fill, stroke);
                    break;
                case CircleElement circle:
                    Circle(canvas, circle, fill, stroke);
                    break;
                case TextElement text:
                    fill.Color = Color(text.Color);
                    Text(canvas, text, fonts, fill);
                    break;
                case ImageElement image:
                    Image(canvas, image);
                    break;
            }
        }

        foreach (var font in fonts.Values)
        {
            font.Dispose();
        }
    }

    /// <summary>
    /// Draws a line of text run by run, each at one em of its font and scaled to size, with every glyph at its exact
    /// font-unit position (see <see cref="Fonts"/>): positions then match the advances the PDF declares.
    /// </summary>
    private static void Text(SKCanvas canvas, TextElement text, Dictionary<Typeface, SKFont> fonts, SKPaint paint)
    {
        var x = text.X;
        foreach (var run in text.Glyphs.Runs)
        {
            if (!fonts.TryGetValue(run.Font, out var font))
            {
                font = SkiaFaces.EmFont(run.Font);
                fonts.Add(run.Font, font);
            }

            var positions = new SKPoint[run.Glyphs.Length];
            var pen = 0;
            for (var i = 0; i < positions.Length; i++)
            {
                var (dx, dy) = run.Offsets?[i] ?? (0, 0);
                positions[i] = new SKPoint(pen + dx, -dy);
                pen += run.Advances[i];
            }

            using var builder = new SKTextBlobBuilder();
            builder.AddPositionedRun(run.Glyphs, font, positions);
            using var blob = builder.Build();
            if (blob is not null)
            {
                canvas.Save();
                canvas.Translate(x, text.Baseline);
                var scale = text.Size / run.Font.UnitsPerEm;
                canvas.Scale(scale, scale);
                canvas.DrawText(blob, 0, 0, paint);
                canvas.Restore();
            }

            x += run.Width(text.Size);
        }
    }

    private static void Box(SKCanvas canvas, BoxElement box, SKPaint fill, SKPaint stroke)
    {
        if (box.Fill is { } f)
        {
            fill.Color = Color(f);
            using var path = SkiaOutline.Of(box, Outlines.Fill);
            canvas.DrawPath(path, fill);
        }

        if (box.Stroke is { } s && box.StrokeWidth > 0)
        {
            stroke.Color = Color(s);
            stroke.StrokeWidth = box.StrokeWidth;
            using var path = SkiaOutline.Of(box, Outlines.Stroke);
            canvas.DrawPath(path, stroke);
        }
    }

    private static void Path(SKCanvas canvas, PathElement element, SKPaint fill, SKPaint stroke)
    {
        if (element.Points.Count < 2)
        {
            return;
        }

        using var path = SkiaOutline.Of(element, Outlines.Polyline);
        if (element.Fill is { } f)
        {
            fill.Color = Color(f);
            canvas.DrawPath(path, fill);
        }

        if (element.Stroke is { } s)
        {
            stroke.Color = Color(s);
            stroke.StrokeWidth = element.StrokeWidth;
            stroke.StrokeJoin = SKStrokeJoin.Round;
            stroke.StrokeCap = SKStrokeCap.Round;
            canvas.DrawPath(path, stroke);
            stroke.StrokeJoin = SKStrokeJoin.Miter;
            stroke.StrokeCap = SKStrokeCap.Butt;
        }
    }

    private static void Circle(SKCanvas canvas, CircleElement circle, SKPaint fill, SKPaint stroke)
    {
        if (circle.Fill is { } f)
        {
            fill.Color = Color(f);
            canvas.DrawCircle(circle.Center.X, circle.Center.Y, circle.Radius, fill);
        }

        if (circle.Stroke is { } s)
        {
            stroke.Color = Color(s);
            stroke.StrokeWidth = circle.StrokeWidth;
            canvas.DrawCircle(circle.Center.X, circle.Center.Y, circle.Radius, stroke);
        }
    }

    /// <summary>Draws the logo from its decoded pixels (the check decoded it; Skia does not read the PNG).</summary>
    private static void Image(SKCanvas canvas, ImageElement image)
    {
        var logo = image.Image;
        using var pixels = SKImage.FromPixelCopy(new SKImageInfo(logo.Width, logo.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul), logo.Rgba.Span);
        var rect = SKRect.Create(image.Bounds.X, image.Bounds.Y, image.Bounds.Width, image.Bounds.Height);
        using var paint = new SKPaint { IsAntialias = true };
        canvas.DrawImage(pixels, rect, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear), paint);
    }

    private static SKColor Color(Rgb c) => new(c.R, c.G, c.B, c.A);

    /// <summary>Collects an outline into a Skia path.</summary>
    private sealed class SkiaOutline : IOutlineSink, IDisposable
    {
        private readonly SKPathBuilder _builder = new();

        public static SKPath Of<T>(T element, Action<T, IOutlineSink> outline)
        {
            using var sink = new SkiaOutline();
            outline(element, sink);
            return sink._builder.Detach();
        }

        public void Rectangle(float x, float y, float width, float height) => _builder.AddRect(SKRect.Create(x, y, width, height), SKPathDirection.Clockwise);

        public void MoveTo(float x, float y) => _builder.MoveTo(x, y);

        public void LineTo(float x, float y) => _builder.LineTo(x, y);

        public void CubicTo(float x1, float y1, float x2, float y2, float x, float y) => _builder.CubicTo(x1, y1, x2, y2, x, y);

        public void Close() => _builder.Close();

        public void Dispose() => _builder.Dispose();
    }
}
