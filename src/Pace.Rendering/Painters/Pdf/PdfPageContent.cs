using System.Text;
using Pace.Rendering.Layout;

namespace Pace.Rendering.Painters.Pdf;

/// <summary>
/// One page's content stream (ISO 32000-1 §8–9): every element as PDF operators, in list order, so later elements lie
/// on top — the same drawing the Skia canvas painter makes for PNG and SVG. The page is flipped once so the layout's
/// top-left, y-down points are used as they are.
/// </summary>
internal sealed class PdfPageContent
{
    /// <summary>Cubic control distance for a quarter circle, as a fraction of the radius (as CanvasPainter uses).</summary>
    private const double Kappa = 0.5523;

    private readonly StringBuilder _ops = new();
    private readonly PdfResources _resources;

    private PdfPageContent(PdfResources resources) => _resources = resources;

    /// <summary>The operators of a page (ASCII); fonts, transparency and images it uses are registered with the resources.</summary>
    public static StringBuilder Build(LayoutPage page, PdfResources resources)
    {
        var content = new PdfPageContent(resources);
        content.Nums(1, 0, 0, -1, 0, page.Height).Op("cm");
        content.Op("1 g").Nums(0, 0, page.Width, page.Height).Op("re f");
        foreach (var element in page.Elements)
        {
            switch (element)
            {
                case BoxElement box:
                    content.Box(box);
                    break;
                case LineElement line:
                    content.Line(line);
                    break;
                case PathElement path:
                    content.Path(path);
                    break;
                case CircleElement circle:
                    content.Circle(circle);
                    break;
                case TextElement text:
                    content.Text(text);
                    break;
                case ImageElement image:
                    content.Image(image);
                    break;
            }
        }

        return content._ops;
    }

    /// <summary>Appends numbers, each followed by a space, for the operator that follows.</summary>
    private PdfPageContent Nums(params ReadOnlySpan<double> values)
    {
        foreach (var value in values)
        {
            PdfSyntax.AppendNumber(_ops, value).Append(' ');
        }

        return this;
    }

    /// <summary>Appends an operator (or several) and ends the line.</summary>
    private PdfPageContent Op(string op)
    {
        _ops.Append(op).Append('\n');
        return this;
    }

    private void Box(BoxElement box)
    {
        var b = box.Bounds;
        if (box.Fill is { } fill)
        {
            Colour(fill, stroke: false);
            RoundRect(b.X, b.Y, b.Width, b.Height, box.Radius);
            Op("f").Restore(fill);
        }

        if (box.Stroke is { } stroke && box.StrokeWidth > 0)
        {
            // Inset by half the stroke, so the outline stays inside the box as laid out.
            var half = box.StrokeWidth / 2;
            Colour(stroke, stroke: true);
            Nums(box.StrokeWidth).Op("w");
            RoundRect(b.X + half, b.Y + half, b.Width - box.StrokeWidth, b.Height - box.StrokeWidth, Math.Max(0, box.Radius - half));
            Op("S").Restore(stroke);
        }
    }

    private void Line(LineElement line)
    {
        Colour(line.Color, stroke: true);
        Nums(line.Width).Op(line.Dashed ? "w [2.5 2] 0 d" : "w");
        Nums(line.From.X, line.From.Y).Op("m").Nums(line.To.X, line.To.Y).Op("l S");
        if (line.Dashed)
        {
            Op("[] 0 d");
        }

        Restore(line.Color);
    }

    private void Path(PathElement path)
    {
        if (path.Points.Count >= 2)
        {
            // Polylines (sparklines) join and end round, as CanvasPainter strokes them.
            FillAndStroke(path.Fill, path.Stroke, path.StrokeWidth, () => Outline(path), round: true);
        }
    }

    private void Outline(PathElement path)
    {
        Nums(path.Points[0].X, path.Points[0].Y).Op("m");
        for (var i = 1; i < path.Points.Count; i++)
        {
            Nums(path.Points[i].X, path.Points[i].Y).Op("l");
        }

        if (path.Closed)
        {
            Op("h");
        }
    }

    private void Circle(CircleElement circle) => FillAndStroke(circle.Fill, circle.Stroke, circle.StrokeWidth, () => Outline(circle));

    /// <summary>Fills an outline, then strokes it, each in its own colour when given.</summary>
    private void FillAndStroke(Rgb? fill, Rgb? stroke, float strokeWidth, Action outline, bool round = false)
    {
        if (fill is { } f)
        {
            Colour(f, stroke: false);
            outline();
            Op("f").Restore(f);
        }

        if (stroke is { } s)
        {
            Colour(s, stroke: true);
            Nums(strokeWidth).Op(round ? "w 1 J 1 j" : "w");
            outline();
            Op(round ? "S 0 J 0 j" : "S").Restore(s);
        }
    }

    /// <summary>A circle as four cubic quarter arcs.</summary>
    private void Outline(CircleElement circle)
    {
        double x = circle.Center.X, y = circle.Center.Y, r = circle.Radius, k = r * Kappa;
        Nums(x + r, y).Op("m");
        Nums(x + r, y + k, x + k, y + r, x, y + r).Op("c");
        Nums(x - k, y + r, x - r, y + k, x - r, y).Op("c");
        Nums(x - r, y - k, x - k, y - r, x, y - r).Op("c");
        Nums(x + k, y - r, x + r, y - k, x + r, y).Op("c h");
    }

    /// <summary>One line of text: the y-flip of the text matrix undoes the page's, so glyphs stand upright.</summary>
    private void Text(TextElement text)
    {
        if (text.Text.Length == 0)
        {
            return;
        }

        var font = _resources.Font(text.Face);
        Colour(text.Color, stroke: false);
        _ops.Append("BT /").Append(font.ResourceName).Append(' ');
        Nums(text.Size).Op("Tf").Nums(1, 0, 0, -1, text.X, text.Baseline).Op("Tm");
        font.Encode(_ops, text.Text);
        Op(" Tj ET").Restore(text.Color);
    }

    /// <summary>The logo, scaled into its box (an image's unit square is flipped back, like text).</summary>
    private void Image(ImageElement image)
    {
        if (_resources.Image(image.Png) is not { } name)
        {
            return;
        }

        var b = image.Bounds;
        Op("q").Nums(b.Width, 0, 0, -b.Height, b.X, b.Y + b.Height).Op("cm");
        _ops.Append('/').Append(name);
        Op(" Do Q");
    }

    /// <summary>A rectangle, its corners rounded by four cubic quarter circles when a radius is given.</summary>
    private void RoundRect(double x, double y, double w, double h, double radius)
    {
        radius = Math.Min(radius, Math.Min(w, h) / 2);
        if (radius <= 0)
        {
            Nums(x, y, w, h).Op("re");
            return;
        }

        double r = x + w, bottom = y + h, k = radius * (1 - Kappa);
        Nums(x + radius, y).Op("m").Nums(r - radius, y).Op("l");
        Nums(r - k, y, r, y + k, r, y + radius).Op("c").Nums(r, bottom - radius).Op("l");
        Nums(r, bottom - k, r - k, bottom, r - radius, bottom).Op("c").Nums(x + radius, bottom).Op("l");
        Nums(x + k, bottom, x, bottom - k, x, bottom - radius).Op("c").Nums(x, y + radius).Op("l");
        Nums(x, y + k, x + k, y, x + radius, y).Op("c h");
    }

    /// <summary>
    /// Sets the colour to draw in. A translucent colour opens a q with a graphics state of that opacity, which
    /// <see cref="Restore"/> closes after the drawing, so the opacity never leaks into later elements.
    /// </summary>
    private void Colour(Rgb color, bool stroke)
    {
        if (color.A != 255)
        {
            _ops.Append("q /").Append(_resources.Opacity(color.A)).Append(" gs ");
        }

        _ops.Append(PdfSyntax.Component(color.R)).Append(' ').Append(PdfSyntax.Component(color.G)).Append(' ').Append(PdfSyntax.Component(color.B));
        Op(stroke ? " RG" : " rg");
    }

    private void Restore(Rgb color)
    {
        if (color.A != 255)
        {
            Op("Q");
        }
    }
}
