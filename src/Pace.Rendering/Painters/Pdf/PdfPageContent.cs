using System.Text;
using Pace.Rendering.Layout;
using Pace.Rendering.Text;

namespace Pace.Rendering.Painters.Pdf;

/// <summary>
/// One page's content stream (ISO 32000-1 §8–9): every element as PDF operators, in list order, so later elements lie
/// on top — the same drawing the Skia canvas painter makes for PNG and SVG. The page is flipped once so the layout's
/// top-left, y-down points are used as they are.
/// </summary>
internal sealed class PdfPageContent : IOutlineSink
{
    /// <summary>The dash operator for <see cref="Outlines.Dash"/>, spelled once.</summary>
    private static readonly string DashOn = "[" + string.Join(' ', Outlines.Dash.Select(d => PdfSyntax.Number(d))) + "] 0 d";

    private readonly StringBuilder _ops = new();
    private readonly PdfResources _resources;

    private PdfPageContent(PdfResources resources) => _resources = resources;

    /// <summary>
    /// The operators of a page (ASCII); fonts, transparency and images it uses are registered with the resources, and
    /// every element is marked as structure content or artifact (<see cref="PdfMarks"/>).
    /// </summary>
    public static StringBuilder Build(LayoutPage page, PdfResources resources, PdfMarks marks)
    {
        var content = new PdfPageContent(resources);
        content.Nums(page.Scale, 0, 0, -page.Scale, 0, page.Height * page.Scale).Op("cm");
        content.Op("/Artifact BMC\n1 g").Nums(0, 0, page.Width, page.Height).Op("re f\nEMC");
        for (var index = 0; index < page.Elements.Count; index++)
        {
            var element = page.Elements[index];
            marks.Before(index, content._ops);
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

        marks.End(content._ops);
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

    private void Box(BoxElement box) =>
        FillAndStroke(box.Fill, box.StrokeWidth > 0 ? box.Stroke : null, box.StrokeWidth, () => Outlines.Fill(box, this), () => Outlines.Stroke(box, this));

    private void Line(LineElement line)
    {
        Colour(line.Color, stroke: true);
        Nums(line.Width).Op("w");
        if (line.Dashed)
        {
            Op(DashOn);
        }

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
            Action outline = () => Outlines.Polyline(path, this);
            FillAndStroke(path.Fill, path.Stroke, path.StrokeWidth, outline, outline, round: true);
        }
    }

    private void Circle(CircleElement circle)
    {
        Action outline = () => Outlines.Circle(circle, this);
        FillAndStroke(circle.Fill, circle.Stroke, circle.StrokeWidth, outline, outline);
    }

    /// <summary>Fills one outline, then strokes another (a box's stroke is inset), each in its own colour when given.</summary>
    private void FillAndStroke(Rgb? fill, Rgb? stroke, float strokeWidth, Action fillOutline, Action strokeOutline, bool round = false)
    {
        if (fill is { } f)
        {
            Colour(f, stroke: false);
            fillOutline();
            Op("f").Restore(f);
        }

        if (stroke is { } s)
        {
            Colour(s, stroke: true);
            Nums(strokeWidth).Op(round ? "w 1 J 1 j" : "w");
            strokeOutline();
            Op(round ? "S 0 J 0 j" : "S").Restore(s);
        }
    }

    /// <summary>
    /// One line of text, run by run: the y-flip of the text matrix undoes the page's, so glyphs stand upright. A plain
    /// run is one string; any other run (shaped, right-to-left, or boxes for missing characters) is placed glyph by glyph,
    /// in visual order as every PDF writes right-to-left text, and a glyph whose characters the font's ToUnicode map
    /// cannot give — a box, or a glyph already mapped to other characters — carries them as /ActualText
    /// (ISO 32000-1 §14.9.4), so extraction gives the text as written.
    /// </summary>
    private void Text(TextElement text)
    {
        var line = text.Glyphs;
        if (line.Runs.Count == 0)
        {
            return;
        }

        Colour(text.Color, stroke: false);
        _ops.Append("BT ");
        var x = (double)text.X;
        foreach (var run in line.Runs)
        {
            var font = _resources.Font(run.Font);
            _ops.Append('/').Append(font.ResourceName).Append(' ');
            Nums(text.Size).Op("Tf");
            if (run.IsPlain)
            {
                Nums(1, 0, 0, -1, x, text.Baseline).Op("Tm");
                Glyphs(font, run);
            }
            else
            {
                var scale = text.Size / run.Font.UnitsPerEm;
                var pen = x;
                for (var i = 0; i < run.Glyphs.Length; i++)
                {
                    var (dx, dy) = run.Offsets?[i] ?? (0, 0);
                    Nums(1, 0, 0, -1, pen + (dx * scale), text.Baseline - (dy * scale)).Op("Tm");
                    var characters = run.CharactersOf(i);
                    var code = font.Claim(run, i, characters, out var mapped);
                    if (!mapped)
                    {
                        _ops.Append("/Span <</ActualText ").Append(PdfSyntax.Text(characters)).Append(">> BDC ");
                    }

                    PdfFont.Encode(_ops, code);
                    Op(mapped ? " Tj" : " Tj EMC");
                    pen += run.Advances[i] * scale;
                }
            }

            x += run.Width(text.Size);
        }

        Op("ET").Restore(text.Color);
    }

    /// <summary>A run's glyphs as one string; where an advance differs from the font's width (kerning), a TJ adjustment.</summary>
    private void Glyphs(PdfFont font, GlyphRun run)
    {
        var adjusted = false;
        for (var i = 0; i < run.Glyphs.Length && !adjusted; i++)
        {
            adjusted = run.Advances[i] != run.Font.Advance(run.Glyphs[i]);
        }

        if (!adjusted)
        {
            font.Encode(_ops, run, 0, run.Glyphs.Length);
            _ops.Append(" Tj ");
            return;
        }

        _ops.Append('[');
        for (var i = 0; i < run.Glyphs.Length; i++)
        {
            font.Encode(_ops, run, i, 1);
            var shift = (run.Advances[i] - run.Font.Advance(run.Glyphs[i])) * 1000.0 / run.Font.UnitsPerEm;
            if (shift != 0)
            {
                PdfSyntax.AppendNumber(_ops, -shift);
            }
        }

        _ops.Append("] TJ ");
    }

    /// <summary>The logo, scaled into its box (an image's unit square is flipped back, like text).</summary>
    private void Image(ImageElement image)
    {
        var name = _resources.Image(image.Image);
        var b = image.Bounds;
        Op("q").Nums(b.Width, 0, 0, -b.Height, b.X, b.Y + b.Height).Op("cm");
        _ops.Append('/').Append(name);
        Op(" Do Q");
    }

    void IOutlineSink.Rectangle(float x, float y, float width, float height) => Nums(x, y, width, height).Op("re");

    void IOutlineSink.MoveTo(float x, float y) => Nums(x, y).Op("m");

    void IOutlineSink.LineTo(float x, float y) => Nums(x, y).Op("l");

    void IOutlineSink.CubicTo(float x1, float y1, float x2, float y2, float x, float y) => Nums(x1, y1, x2, y2, x, y).Op("c");

    void IOutlineSink.Close() => Op("h");

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
