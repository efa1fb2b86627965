using Pace.Rendering.Text;
using System.Globalization;
using System.Text;
using Pace.Rendering.Layout;

namespace Pace.Rendering.Site;

/// <summary>
/// Placed elements from the layout — a status mark, a sparkline — as an SVG inside the page. Colours that are the
/// palette's become classes (<c>f-accent</c>, <c>s-muted</c>), so the page's light and dark schemes recolour them;
/// texts are escaped like every chart text. A graphic that says something has a title (its accessible name and
/// tooltip); a decorative one is hidden from assistive technology.
/// </summary>
internal static class InlineSvg
{
    /// <summary>An SVG of the elements within a box (in points), drawn at its size in CSS pixels times <paramref name="scale"/>.</summary>
    /// <param name="elements">The elements, in drawing order.</param>
    /// <param name="box">The part of the page to show.</param>
    /// <param name="palette">The palette the elements were laid out with.</param>
    /// <param name="title">The graphic's text; <see langword="null"/> for a decorative graphic.</param>
    /// <param name="cssClass">The element's class.</param>
    /// <param name="scale">CSS pixels per point.</param>
    public static TrustedMarkup Of(IEnumerable<Element> elements, Rect box, Palette palette, string? title, string cssClass, float scale = 1)
    {
        var sb = new StringBuilder(512);
        sb.Append("<svg class=\"").Append(cssClass).Append("\" viewBox=\"")
            .Append(N(box.X)).Append(' ').Append(N(box.Y)).Append(' ').Append(N(box.Width)).Append(' ').Append(N(box.Height))
            .Append("\" width=\"").Append(N(box.Width * scale)).Append("\" height=\"").Append(N(box.Height * scale)).Append('"');
        if (title is null)
        {
            sb.Append(" aria-hidden=\"true\" focusable=\"false\">");
        }
        else
        {
            sb.Append(" role=\"img\" aria-label=\"");
            HtmlText.Append(sb, title);
            sb.Append("\"><title>");
            HtmlText.Append(sb, title);
            sb.Append("</title>");
        }

        var colors = new Colors(palette);
        foreach (var element in elements)
        {
            Append(sb, element, colors);
        }

        sb.Append("</svg>");
        return new TrustedMarkup(sb.ToString());
    }

    private static void Append(StringBuilder sb, Element element, Colors colors)
    {
        switch (element)
        {
            case BoxElement box:
                sb.Append("<rect x=\"").Append(N(box.Bounds.X)).Append("\" y=\"").Append(N(box.Bounds.Y))
                    .Append("\" width=\"").Append(N(box.Bounds.Width)).Append("\" height=\"").Append(N(box.Bounds.Height)).Append('"');
                if (box.Radius > 0)
                {
                    sb.Append(" rx=\"").Append(N(box.Radius)).Append('"');
                }

                Paint(sb, colors, box.Fill, box.Stroke, box.StrokeWidth);
                sb.Append("/>");
                break;
            case LineElement line:
                sb.Append("<line x1=\"").Append(N(line.From.X)).Append("\" y1=\"").Append(N(line.From.Y))
                    .Append("\" x2=\"").Append(N(line.To.X)).Append("\" y2=\"").Append(N(line.To.Y)).Append('"');
                Paint(sb, colors, null, line.Color, line.Width);
                sb.Append(line.Dashed ? " stroke-dasharray=\"3 2\"/>" : "/>");
                break;
            case PathElement path:
                sb.Append(path.Closed ? "<polygon points=\"" : "<polyline points=\"");
                for (var i = 0; i < path.Points.Count; i++)
                {
                    sb.Append(i == 0 ? string.Empty : " ").Append(N(path.Points[i].X)).Append(',').Append(N(path.Points[i].Y));
                }

                sb.Append('"');
                Paint(sb, colors, path.Fill, path.Stroke, path.StrokeWidth);
                sb.Append(" stroke-linejoin=\"round\"/>");
                break;
            case CircleElement circle:
                sb.Append("<circle cx=\"").Append(N(circle.Center.X)).Append("\" cy=\"").Append(N(circle.Center.Y))
                    .Append("\" r=\"").Append(N(circle.Radius)).Append('"');
                Paint(sb, colors, circle.Fill, circle.Stroke, circle.StrokeWidth);
                sb.Append("/>");
                break;
            case TextElement text:
                sb.Append("<text x=\"").Append(N(text.X)).Append("\" y=\"").Append(N(text.Baseline))
                    .Append("\" font-size=\"").Append(N(text.Size)).Append('"')
                    .Append(text.Face == FontFace.Bold ? " font-weight=\"bold\"" : string.Empty);
                Paint(sb, colors, text.Color, null, 0);
                sb.Append('>');
                HtmlText.Append(sb, text.Text);
                sb.Append("</text>");
                break;
            case ImageElement:
                // Only the page header has an image (the logo), and the site shows the logo as an <img> of its own.
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(element), element.GetType().Name, "An element the site cannot draw.");
        }
    }

    private static void Paint(StringBuilder sb, Colors colors, Rgb? fill, Rgb? stroke, float width)
    {
        var classes = new List<string>(2);
        if (fill is { } f)
        {
            if (colors.Name(f) is { } name)
            {
                classes.Add("f-" + name);
            }
            else
            {
                sb.Append(" fill=\"").Append(f.ToHex()).Append('"');
            }
        }
        else
        {
            sb.Append(" fill=\"none\"");
        }

        if (stroke is { } s)
        {
            if (colors.Name(s) is { } name)
            {
                classes.Add("s-" + name);
            }
            else
            {
                sb.Append(" stroke=\"").Append(s.ToHex()).Append('"');
            }

            sb.Append(" stroke-width=\"").Append(N(width)).Append('"');
        }

        if (classes.Count > 0)
        {
            sb.Append(" class=\"").Append(string.Join(' ', classes)).Append('"');
        }
    }

    /// <summary>A coordinate with at most two decimals, invariant: deterministic and short.</summary>
    private static string N(float value) => MathF.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>The palette's colours by the names the stylesheet gives them.</summary>
    private sealed class Colors(Palette p)
    {
        private readonly (Rgb Color, string Name)[] _names =
        [
            (p.Accent, "accent"), (p.Ink, "ink"), (p.Muted, "muted"), (p.Rule, "rule"), (p.Faint, "faint"), (p.Paper, "paper"),
            (p.Green, "green"), (p.Amber, "amber"), (p.Red, "red"),
        ];

        public string? Name(Rgb color)
        {
            foreach (var (c, name) in _names)
            {
                if (c == color)
                {
                    return name;
                }
            }

            return null;
        }
    }
}
