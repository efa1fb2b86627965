using System.Globalization;
using System.Text;
using Pace.Rendering.Layout;
using Pace.Rendering.Text;
using SkiaSharp;

namespace Pace.Rendering.Painters;

/// <summary>The elements of one SVG page, and the fonts and glyphs its text uses.</summary>
internal sealed class SvgBody : IOutlineSink
{
    private readonly StringBuilder _sb = new();
    private readonly StringBuilder _path = new();
    private readonly Dictionary<Typeface, (string Family, Dictionary<char, ushort> Characters)> _fonts = new(ReferenceEqualityComparer.Instance);

    /// <summary>The elements as SVG markup.</summary>
    public StringBuilder Text => _sb;

    /// <summary>The fonts text elements name, with the family name each is declared under, in first-use order.</summary>
    public IReadOnlyList<(Typeface Font, string Family)> Fonts => [.. _fonts.Select(f => (f.Key, f.Value.Family))];

    /// <summary>The characters written as text in a font, with their glyphs.</summary>
    public IReadOnlyDictionary<char, ushort> CharactersOf(Typeface font) => _fonts[font].Characters;

    /// <summary>A number with at most three decimals, invariant, no exponent (the PDF writer's spelling).</summary>
    public static string Num(double value) => Pdf.PdfSyntax.Number(value);

    /// <summary>Escapes text for XML content and attribute values.</summary>
    public static string Escape(string text)
    {
        // Called for every text and label of a page: most have nothing to escape and are returned as they are.
        if (text.AsSpan().IndexOfAny("&<>\"") < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                default: sb.Append(c); break;
            }
        }

        return sb.ToString();
    }

    /// <summary>Writes an element; every kind has a case, so none is skipped silently.</summary>
    public void Add(Element element)
    {
        switch (element)
        {
            case BoxElement box:
                if (box.Fill is { } fill)
                {
                    Outlines.Fill(box, this);
                    Shape($"fill=\"{Colour(fill)}\"{Opacity("fill", fill)}", box.Label);
                }

                if (box.Stroke is { } stroke && box.StrokeWidth > 0)
                {
                    Outlines.Stroke(box, this);
                    Shape($"fill=\"none\" stroke=\"{Colour(stroke)}\"{Opacity("stroke", stroke)} stroke-width=\"{Num(box.StrokeWidth)}\"", box.Fill is null ? box.Label : null);
                }

                break;
            case LineElement line:
                _sb.Append("<line x1=\"").Append(Num(line.From.X)).Append("\" y1=\"").Append(Num(line.From.Y)).Append("\" x2=\"").Append(Num(line.To.X))
                   .Append("\" y2=\"").Append(Num(line.To.Y)).Append("\" stroke=\"").Append(Colour(line.Color)).Append('"').Append(Opacity("stroke", line.Color))
                   .Append(" stroke-width=\"").Append(Num(line.Width)).Append('"')
                   .Append(line.Dashed ? " stroke-dasharray=\"" + string.Join(' ', Outlines.Dash.Select(d => Num(d))) + "\"" : string.Empty).Append("/>\n");
                break;
            case PathElement path when path.Points.Count >= 2:
                Outlines.Polyline(path, this);
                var paint = (path.Fill is { } f ? $"fill=\"{Colour(f)}\"{Opacity("fill", f)}" : "fill=\"none\"")
                    + (path.Stroke is { } s ? $" stroke=\"{Colour(s)}\"{Opacity("stroke", s)} stroke-width=\"{Num(path.StrokeWidth)}\" stroke-linejoin=\"round\" stroke-linecap=\"round\"" : string.Empty);
                Shape(paint, path.Label);
                break;
            case PathElement:
                break;
            case CircleElement circle:
                _sb.Append("<circle cx=\"").Append(Num(circle.Center.X)).Append("\" cy=\"").Append(Num(circle.Center.Y)).Append("\" r=\"").Append(Num(circle.Radius)).Append('"')
                   .Append(circle.Fill is { } cf ? $" fill=\"{Colour(cf)}\"{Opacity("fill", cf)}" : " fill=\"none\"")
                   .Append(circle.Stroke is { } cs ? $" stroke=\"{Colour(cs)}\"{Opacity("stroke", cs)} stroke-width=\"{Num(circle.StrokeWidth)}\"" : string.Empty)
                   .Append(Meaning(circle.Label)).Append("/>\n");
                break;
            case TextElement text:
                AddText(text);
                break;
            case ImageElement image:
                _sb.Append("<image x=\"").Append(Num(image.Bounds.X)).Append("\" y=\"").Append(Num(image.Bounds.Y)).Append("\" width=\"").Append(Num(image.Bounds.Width))
                   .Append("\" height=\"").Append(Num(image.Bounds.Height)).Append("\" preserveAspectRatio=\"none\" href=\"data:image/png;base64,")
                   .Append(Convert.ToBase64String(LogoPng(image.Image))).Append("\"/>\n");
                break;
            default:
                throw new InvalidOperationException($"The SVG painter cannot draw a {element.GetType().Name}.");
        }
    }

    /// <summary>The logo's decoded pixels as a PNG again (the check decoded it; the SVG carries it as data).</summary>
    private static byte[] LogoPng(LogoImage logo) =>
        PngEncoder.Encode(logo.Rgba.Span, logo.Width, logo.Height, 4 * logo.Width, LogoFile.Dpi, alpha: true);

    /// <summary>
    /// A line of text: plain runs as <c>&lt;text&gt;</c> with each character's x, in an embedded font; other runs as
    /// the outlines of their glyphs, grouped and labelled with their text so it can still be read out.
    /// </summary>
    private void AddText(TextElement text)
    {
        var x = (double)text.X;
        foreach (var run in text.Glyphs.Runs)
        {
            var scale = text.Size / run.Font.UnitsPerEm;
            if (run.IsPlain)
            {
                var family = Family(run);
                _sb.Append("<text x=\"");
                double pen = 0;
                for (var i = 0; i < run.Glyphs.Length; i++)
                {
                    _sb.Append(i > 0 ? " " : string.Empty).Append(Num(x + (pen * scale)));
                    pen += run.Advances[i];
                }

                _sb.Append("\" y=\"").Append(Num(text.Baseline)).Append("\" font-family=\"").Append(family).Append("\" font-size=\"").Append(Num(text.Size))
                   .Append("\" font-weight=\"").Append(text.Face == FontFace.Bold ? "700" : "400").Append("\" fill=\"").Append(Colour(text.Color)).Append('"')
                   .Append(Opacity("fill", text.Color)).Append(" xml:space=\"preserve\">").Append(Escape(run.Text)).Append("</text>\n");
            }
            else
            {
                Outline(run, x, text.Baseline, scale, text.Color);
            }

            x += run.Width(text.Size);
        }
    }

    /// <summary>A run's glyphs as one path, in font units placed and scaled, with its text as the accessible name.</summary>
    private void Outline(GlyphRun run, double x, float baseline, float scale, Rgb colour)
    {
        using var font = SkiaFaces.EmFont(run.Font);
        var d = new StringBuilder();
        var pen = 0;
        for (var i = 0; i < run.Glyphs.Length; i++)
        {
            using var glyph = font.GetGlyphPath(run.Glyphs[i]);
            var (dx, dy) = run.Offsets?[i] ?? (0, 0);
            if (glyph is not null && !glyph.IsEmpty)
            {
                glyph.Transform(SKMatrix.CreateTranslation(pen + dx, -dy));
                d.Append(glyph.ToSvgPathData());
            }

            pen += run.Advances[i];
        }

        _sb.Append("<path role=\"img\" aria-label=\"").Append(Escape(run.Text)).Append("\" transform=\"translate(").Append(Num(x)).Append(' ').Append(Num(baseline))
           .Append(") scale(").Append(Num(scale)).Append(")\" fill=\"").Append(Colour(colour)).Append('"').Append(Opacity("fill", colour))
           .Append(" d=\"").Append(d).Append("\"/>\n");
    }

    /// <summary>The family a plain run's font is declared under (one per font), noting the characters it writes.</summary>
    private string Family(GlyphRun run)
    {
        if (!_fonts.TryGetValue(run.Font, out var entry))
        {
            entry = ("pace-" + (_fonts.Count + 1).ToString(CultureInfo.InvariantCulture) + "-" + run.Font.Name, []);
            _fonts.Add(run.Font, entry);
        }

        for (var i = 0; i < run.Glyphs.Length; i++)
        {
            entry.Characters[run.Text[i]] = run.Glyphs[i];
        }

        return entry.Family;
    }

    /// <summary>Ends the outline collected so far as a path with a paint.</summary>
    private void Shape(string paint, string? label)
    {
        _sb.Append("<path d=\"").Append(_path.ToString().TrimEnd()).Append("\" ").Append(paint).Append(Meaning(label)).Append("/>\n");
        _path.Clear();
    }

    /// <summary>A status mark's meaning as role and label; nothing for decoration.</summary>
    private static string Meaning(string? label) =>
        string.IsNullOrEmpty(label) ? string.Empty : " role=\"img\" aria-label=\"" + Escape(label) + "\"";

    private static string Colour(Rgb c) => string.Create(CultureInfo.InvariantCulture, $"#{c.R:x2}{c.G:x2}{c.B:x2}");

    private static string Opacity(string what, Rgb c) => c.A == 255 ? string.Empty : $" {what}-opacity=\"{Pdf.PdfSyntax.Component(c.A)}\"";

    void IOutlineSink.Rectangle(float x, float y, float width, float height) =>
        _path.Append('M').Append(Num(x)).Append(' ').Append(Num(y)).Append('h').Append(Num(width)).Append('v').Append(Num(height)).Append('h').Append(Num(-width)).Append("z ");

    void IOutlineSink.MoveTo(float x, float y) => _path.Append('M').Append(Num(x)).Append(' ').Append(Num(y)).Append(' ');

    void IOutlineSink.LineTo(float x, float y) => _path.Append('L').Append(Num(x)).Append(' ').Append(Num(y)).Append(' ');

    void IOutlineSink.CubicTo(float x1, float y1, float x2, float y2, float x, float y) =>
        _path.Append('C').Append(Num(x1)).Append(' ').Append(Num(y1)).Append(' ').Append(Num(x2)).Append(' ').Append(Num(y2)).Append(' ').Append(Num(x)).Append(' ').Append(Num(y)).Append(' ');

    void IOutlineSink.Close() => _path.Append("z ");
}
