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

    /// <summary>The operators of a page; fonts, transparency and images it uses are registered with the resources.</summary>
    public static byte[] Build(LayoutPage page, PdfResources resources)
    {
        var content = new PdfPageContent(resources);
        content.Op("1 0 0 -1 0 ", N(page.Height), " cm");
        content.Op("1 g 0 0 ", N(page.Width), " ", N(page.Height), " re f");
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

        return Encoding.ASCII.GetBytes(content._ops.ToString());
    }

    private static string N(double value) => PdfSyntax.Number(value);

    private void Op(params string[] parts)
    {
        foreach (var part in parts)
        {
            _ops.Append(part);
        }

        _ops.Append('\n');
    }

    private void Box(BoxElement box)
    {
        var b = box.Bounds;
        if (box.Fill is { } fill)
        {
            Painted(fill, stroke: false, () =>
            {
                RoundRect(b.X, b.Y, b.Width, b.Height, box.Radius);
                Op("f");
            });
        }

        if (box.Stroke is { } stroke && box.StrokeWidth > 0)
        {
            // Inset by half the stroke, so the outline stays inside the box as laid out.
            var half = box.StrokeWidth / 2;
            Painted(stroke, stroke: true, () =>
            {
                Op(N(box.StrokeWidth), " w");
                RoundRect(b.X + half, b.Y + half, b.Width - box.StrokeWidth, b.Height - box.StrokeWidth, Math.Max(0, box.Radius - half));
                Op("S");
            });
        }
    }

    private void Line(LineElement line) =>
        Painted(line.Color, stroke: true, () =>
        {
            Op(N(line.Width), line.Dashed ? " w [2.5 2] 0 d" : " w");
            Op(N(line.From.X), " ", N(line.From.Y), " m ", N(line.To.X), " ", N(line.To.Y), " l S");
            if (line.Dashed)
            {
                Op("[] 0 d");
            }
        });

    private void Path(PathElement path)
    {
        if (path.Points.Count < 2)
        {
            return;
        }

        void Outline()
        {
            Op(N(path.Points[0].X), " ", N(path.Points[0].Y), " m");
            for (var i = 1; i < path.Points.Count; i++)
            {
                Op(N(path.Points[i].X), " ", N(path.Points[i].Y), " l");
            }

            if (path.Closed)
            {
                Op("h");
            }
        }

        if (path.Fill is { } fill)
        {
            Painted(fill, stroke: false, () =>
            {
                Outline();
                Op("f");
            });
        }

        if (path.Stroke is { } stroke)
        {
            Painted(stroke, stroke: true, () =>
            {
                Op(N(path.StrokeWidth), " w 1 J 1 j");
                Outline();
                Op("S 0 J 0 j");
            });
        }
    }

    private void Circle(CircleElement circle)
    {
        void Outline()
        {
            double x = circle.Center.X, y = circle.Center.Y, r = circle.Radius, k = r * Kappa;
            Op(N(x + r), " ", N(y), " m");
            Op(N(x + r), " ", N(y + k), " ", N(x + k), " ", N(y + r), " ", N(x), " ", N(y + r), " c");
            Op(N(x - k), " ", N(y + r), " ", N(x - r), " ", N(y + k), " ", N(x - r), " ", N(y), " c");
            Op(N(x - r), " ", N(y - k), " ", N(x - k), " ", N(y - r), " ", N(x), " ", N(y - r), " c");
            Op(N(x + k), " ", N(y - r), " ", N(x + r), " ", N(y - k), " ", N(x + r), " ", N(y), " c h");
        }

        if (circle.Fill is { } fill)
        {
            Painted(fill, stroke: false, () =>
            {
                Outline();
                Op("f");
            });
        }

        if (circle.Stroke is { } stroke)
        {
            Painted(stroke, stroke: true, () =>
            {
                Op(N(circle.StrokeWidth), " w");
                Outline();
                Op("S");
            });
        }
    }

    /// <summary>One line of text: the y-flip of the text matrix undoes the page's, so glyphs stand upright.</summary>
    private void Text(TextElement text)
    {
        if (text.Text.Length == 0)
        {
            return;
        }

        var font = _resources.Font(text.Face);
        Painted(text.Color, stroke: false, () =>
            Op("BT /", font.ResourceName, " ", N(text.Size), " Tf 1 0 0 -1 ", N(text.X), " ", N(text.Baseline), " Tm ", font.Encode(text.Text), " Tj ET"));
    }

    /// <summary>The logo, scaled into its box (an image's unit square is flipped back, like text).</summary>
    private void Image(ImageElement image)
    {
        if (_resources.Image(image.Png) is not { } name)
        {
            return;
        }

        var b = image.Bounds;
        Op("q ", N(b.Width), " 0 0 ", N(-b.Height), " ", N(b.X), " ", N(b.Y + b.Height), " cm /", name, " Do Q");
    }

    /// <summary>A rectangle, its corners rounded by four cubic quarter circles when a radius is given.</summary>
    private void RoundRect(double x, double y, double w, double h, double radius)
    {
        radius = Math.Min(radius, Math.Min(w, h) / 2);
        if (radius <= 0)
        {
            Op(N(x), " ", N(y), " ", N(w), " ", N(h), " re");
            return;
        }

        double r = x + w, bottom = y + h, k = radius * (1 - Kappa);
        Op(N(x + radius), " ", N(y), " m ", N(r - radius), " ", N(y), " l");
        Op(N(r - k), " ", N(y), " ", N(r), " ", N(y + k), " ", N(r), " ", N(y + radius), " c ", N(r), " ", N(bottom - radius), " l");
        Op(N(r), " ", N(bottom - k), " ", N(r - k), " ", N(bottom), " ", N(r - radius), " ", N(bottom), " c ", N(x + radius), " ", N(bottom), " l");
        Op(N(x + k), " ", N(bottom), " ", N(x), " ", N(bottom - k), " ", N(x), " ", N(bottom - radius), " c ", N(x), " ", N(y + radius), " l");
        Op(N(x), " ", N(y + k), " ", N(x + k), " ", N(y), " ", N(x + radius), " ", N(y), " c h");
    }

    /// <summary>
    /// Draws in a colour: sets it, and for a translucent colour wraps the drawing in q/Q with a graphics state of that
    /// opacity, so nothing leaks into later elements.
    /// </summary>
    private void Painted(Rgb color, bool stroke, Action draw)
    {
        var rgb = PdfSyntax.Component(color.R) + " " + PdfSyntax.Component(color.G) + " " + PdfSyntax.Component(color.B);
        if (color.A == 255)
        {
            Op(rgb, stroke ? " RG" : " rg");
            draw();
            return;
        }

        Op("q /", _resources.Opacity(color.A), " gs ", rgb, stroke ? " RG" : " rg");
        draw();
        Op("Q");
    }
}
