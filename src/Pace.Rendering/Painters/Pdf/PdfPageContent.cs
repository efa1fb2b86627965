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
    private static readonly byte[] DashOn = System.Text.Encoding.ASCII.GetBytes("[" + string.Join(' ', Outlines.Dash.Select(d => PdfSyntax.Number(d))) + "] 0 d");

    private readonly PdfBuffer _ops;
    private readonly PdfResources _resources;

    /// <summary>
    /// The graphics state the operators so far leave, so a colour, width or font that is already in force is not set
    /// again: about a third of a page's operators did only that, and every byte is deflated (docs/performance.md).
    /// </summary>
    private DrawingState _state = DrawingState.Unknown;

    /// <summary>The state at the last translucent colour's <c>q</c>, which its <c>Q</c> brings back.</summary>
    private DrawingState _beforeTranslucent = DrawingState.Unknown;

    /// <summary>The current point of the path being built, so a segment of no length is left out.</summary>
    private (float X, float Y) _pen;

    private PdfPageContent(PdfResources resources, PdfBuffer ops)
    {
        _resources = resources;
        _ops = ops;
    }

    /// <summary>
    /// The operators of a page (ASCII, but for the glyph codes in its strings), in a pooled buffer the caller disposes; fonts, transparency and images it uses
    /// are registered with the resources, and every element is marked as structure content or artifact (<see cref="PdfMarks"/>).
    /// </summary>
    public static PdfBuffer Build(LayoutPage page, PdfResources resources, PdfMarks marks)
    {
        // A full page of the examples is 40–60 KB of operators; the buffer grows past that when needed.
        var content = new PdfPageContent(resources, new PdfBuffer(64 * 1024));
        try
        {
            content.Nums(page.Scale, 0, 0, -page.Scale, 0, page.Height * page.Scale).Op("cm"u8);
            content.Op("/Artifact BMC\n1 g"u8).Nums(0, 0, page.Width, page.Height).Op("re f\nEMC"u8);
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
        catch
        {
            // A page that cannot be built gives its pooled buffer back; the caller never saw it.
            content._ops.Dispose();
            throw;
        }
    }

    /// <summary>Appends numbers, each followed by a space, for the operator that follows.</summary>
    private PdfPageContent Nums(params ReadOnlySpan<double> values)
    {
        foreach (var value in values)
        {
            _ops.AppendNumber(value).Append(' ');
        }

        return this;
    }

    /// <summary>The text matrix that stands glyphs upright on the flipped page, at a point: its four constants spelled once.</summary>
    private void Flipped(double x, double y)
    {
        _ops.Append("1 0 0 -1 "u8);
        Nums(x, y).Op("Tm"u8);
    }

    /// <summary>Appends an operator (or several) and ends the line.</summary>
    private PdfPageContent Op(ReadOnlySpan<byte> op)
    {
        _ops.Append(op).Append('\n');
        return this;
    }

    private void Box(BoxElement box) => FillAndStroke(box, box.Fill, box.StrokeWidth > 0 ? box.Stroke : null, box.StrokeWidth);

    private void Line(LineElement line)
    {
        Colour(line.Color, stroke: true);
        Stroking(line.Width, round: false);
        if (line.Dashed)
        {
            Op(DashOn);
        }

        Nums(line.From.X, line.From.Y).Op("m"u8).Nums(line.To.X, line.To.Y).Op("l S"u8);
        if (line.Dashed)
        {
            Op("[] 0 d"u8);
        }

        Restore(line.Color);
    }

    private void Path(PathElement path)
    {
        if (path.Points.Count >= 2)
        {
            // Polylines (sparklines) join and end round, as CanvasPainter strokes them.
            FillAndStroke(path, path.Fill, path.Stroke, path.StrokeWidth, round: true);
        }
    }

    private void Circle(CircleElement circle) => FillAndStroke(circle, circle.Fill, circle.Stroke, circle.StrokeWidth);

    /// <summary>
    /// Fills a shape's outline, then strokes it (a box's stroke is inset), each in its own colour when given. Both opaque,
    /// the stroke's outline is filled and stroked at once (<c>B</c>): for a box the inset outline filled and its stroke
    /// cover exactly the box (the stroke reaches half its width outward, and the inset corner radius grows back by that
    /// much), so the page looks the same with one path instead of two.
    /// </summary>
    private void FillAndStroke(Element shape, Rgb? fill, Rgb? stroke, float strokeWidth, bool round = false)
    {
        if (fill is { A: 255 } f && stroke is { A: 255 } s && InsetCoversBox(shape))
        {
            Colour(f, stroke: false);
            Colour(s, stroke: true);
            Stroking(strokeWidth, round);
            Outline(shape, forStroke: true);
            Op("B"u8);
            return;
        }

        if (fill is { } fillOnly)
        {
            Colour(fillOnly, stroke: false);
            Outline(shape, forStroke: false);
            Op("f"u8).Restore(fillOnly);
        }

        if (stroke is { } strokeOnly)
        {
            Colour(strokeOnly, stroke: true);
            Stroking(strokeWidth, round);
            Outline(shape, forStroke: true);
            Op("S"u8).Restore(strokeOnly);
        }
    }

    /// <summary>
    /// Whether filling and stroking one outline paints what filling the shape and stroking its outline paint: always for
    /// circles and polylines (one outline for both), for a box when its inset outline still has room. A corner radius
    /// under half the stroke is left to two paths too: it would very likely paint the same, but no example has one to
    /// compare pixels with.
    /// </summary>
    private static bool InsetCoversBox(Element shape) => shape is not BoxElement box
        || (box.Bounds.Width > box.StrokeWidth && box.Bounds.Height > box.StrokeWidth && (box.Radius == 0 || box.Radius >= box.StrokeWidth / 2));

    /// <summary>Sets the line width and the caps and joins (round for polylines, as CanvasPainter strokes them) when they differ.</summary>
    private void Stroking(float width, bool round)
    {
        if (width != _state.Width)
        {
            Nums(width).Op("w"u8);
            _state = _state with { Width = width };
        }

        if (round != _state.Round)
        {
            Op(round ? "1 J 1 j"u8 : "0 J 0 j"u8);
            _state = _state with { Round = round };
        }
    }

    /// <summary>A shape's outline as path operators; a switch, not a delegate per shape (a closure each, hundreds a page).</summary>
    private void Outline(Element shape, bool forStroke)
    {
        switch (shape)
        {
            case BoxElement box when forStroke:
                Outlines.Stroke(box, this);
                break;
            case BoxElement box:
                Outlines.Fill(box, this);
                break;
            case PathElement path:
                Outlines.Polyline(path, this);
                break;
            case CircleElement circle:
                Outlines.Circle(circle, this);
                break;
            default:
                throw new ArgumentException($"No outline for {shape.GetType().Name}.", nameof(shape));
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
        _ops.Append("BT "u8);
        var x = (double)text.X;
        foreach (var run in line.Runs)
        {
            var font = _resources.Font(run.Font);
            if (!ReferenceEquals(font, _state.Font) || text.Size != _state.Size)
            {
                // The font and size are part of the graphics state (ISO 32000-1 §9.3.1), so they outlast ET.
                _ops.Append('/').Append(font.ResourceName).Append(' ');
                Nums(text.Size).Op("Tf"u8);
                _state = _state with { Font = font, Size = text.Size };
            }

            if (run.IsPlain && font.MapsPlain(run))
            {
                Flipped(x, text.Baseline);
                Glyphs(font, run);
            }
            else
            {
                var scale = text.Size / run.Font.UnitsPerEm;
                var pen = x;
                for (var i = 0; i < run.Glyphs.Length; i++)
                {
                    var (dx, dy) = run.Offsets?[i] ?? (0, 0);
                    Flipped(pen + (dx * scale), text.Baseline - (dy * scale));
                    var characters = run.CharactersOf(i);
                    var code = font.Claim(run, i, characters, out var mapped);
                    if (!mapped)
                    {
                        _ops.Append("/Span <</ActualText "u8).Append(PdfSyntax.Text(characters)).Append(">> BDC "u8);
                    }

                    PdfFont.Encode(_ops, code);
                    Op(mapped ? " Tj"u8 : " Tj EMC"u8);
                    pen += run.Advances[i] * scale;
                }
            }

            x += run.Width(text.Size);
        }

        Op("ET"u8).Restore(text.Color);
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
            _ops.Append(" Tj "u8);
            return;
        }

        _ops.Append('[');
        for (var i = 0; i < run.Glyphs.Length; i++)
        {
            font.Encode(_ops, run, i, 1);
            var shift = (run.Advances[i] - run.Font.Advance(run.Glyphs[i])) * 1000.0 / run.Font.UnitsPerEm;
            if (shift != 0)
            {
                _ops.AppendNumber(-shift);
            }
        }

        _ops.Append("] TJ "u8);
    }

    /// <summary>The logo, scaled into its box (an image's unit square is flipped back, like text).</summary>
    private void Image(ImageElement image)
    {
        var name = _resources.Image(image.Image);
        var b = image.Bounds;
        Op("q"u8).Nums(b.Width, 0, 0, -b.Height, b.X, b.Y + b.Height).Op("cm"u8);
        _ops.Append('/').Append(name);
        Op(" Do Q"u8);
    }

    void IOutlineSink.Rectangle(float x, float y, float width, float height) => Nums(x, y, width, height).Op("re"u8);

    void IOutlineSink.MoveTo(float x, float y)
    {
        Nums(x, y).Op("m"u8);
        _pen = (x, y);
    }

    void IOutlineSink.LineTo(float x, float y)
    {
        // A pill's straight sides have no length (its height is twice its radius): nothing to draw, nothing to write.
        if (MathF.Abs(x - _pen.X) < 0.0005f && MathF.Abs(y - _pen.Y) < 0.0005f)
        {
            return;
        }

        Nums(x, y).Op("l"u8);
        _pen = (x, y);
    }

    void IOutlineSink.CubicTo(float x1, float y1, float x2, float y2, float x, float y)
    {
        Nums(x1, y1, x2, y2, x, y).Op("c"u8);
        _pen = (x, y);
    }

    void IOutlineSink.Close() => Op("h"u8);

    /// <summary>
    /// Sets the colour to draw in, unless it is in force already. A translucent colour opens a q with a graphics state of
    /// that opacity, which <see cref="Restore"/> closes after the drawing, so the opacity never leaks into later elements.
    /// </summary>
    private void Colour(Rgb color, bool stroke)
    {
        if (color.A != 255)
        {
            _beforeTranslucent = _state;
            _ops.Append("q /"u8).Append(_resources.Opacity(color.A)).Append(" gs "u8);
        }
        else if ((stroke ? _state.Stroke : _state.Fill) == color)
        {
            return;
        }

        _ops.Append(PdfSyntax.Component(color.R)).Append(' ').Append(PdfSyntax.Component(color.G)).Append(' ').Append(PdfSyntax.Component(color.B));
        Op(stroke ? " RG"u8 : " rg"u8);
        _state = stroke ? _state with { Stroke = color } : _state with { Fill = color };
    }

    private void Restore(Rgb color)
    {
        if (color.A != 255)
        {
            Op("Q"u8);
            _state = _beforeTranslucent;
        }
    }

    /// <summary>What the content stream has set so far; <see langword="null"/> or <see cref="Unknown"/>'s values where it has not.</summary>
    private readonly record struct DrawingState(Rgb? Fill, Rgb? Stroke, float Width, bool Round, PdfFont? Font, float Size)
    {
        /// <summary>A page's start: PDF's own line width (1) and square caps and joins; no colour or font of Pace's set.</summary>
        public static DrawingState Unknown { get; } = new(null, null, 1, false, null, 0);
    }
}
