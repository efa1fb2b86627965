using Pace.Rendering.Text;
namespace Pace.Rendering.Layout;

/// <summary>
/// Something placed on a page. Elements are plain geometry: painters turn them into PDF, PNG or SVG,
/// tests read them as numbers. Painters draw them in list order, so later elements lie on top.
/// </summary>
internal abstract record Element
{
    /// <summary>
    /// What a mark means, in the chart's language, for readers who cannot see it (an SVG's aria-label); <see langword="null"/>
    /// for decoration, or for a mark whose meaning the text beside it already says.
    /// </summary>
    public string? Label { get; init; }
}

/// <summary>A rectangle, optionally rounded, filled and/or outlined.</summary>
internal sealed record BoxElement(Rect Bounds, Rgb? Fill, Rgb? Stroke = null, float StrokeWidth = 0.5f, float Radius = 0) : Element;

/// <summary>A straight line.</summary>
internal sealed record LineElement(Point From, Point To, Rgb Color, float Width, bool Dashed = false) : Element;

/// <summary>A polygon (closed) or polyline (open): chevrons, status shapes, sparklines.</summary>
internal sealed record PathElement(IReadOnlyList<Point> Points, bool Closed, Rgb? Fill, Rgb? Stroke = null, float StrokeWidth = 0.75f) : Element;

/// <summary>A circle: process numbers, status dots, sparkline points.</summary>
internal sealed record CircleElement(Point Center, float Radius, Rgb? Fill, Rgb? Stroke = null, float StrokeWidth = 0.5f) : Element;

/// <summary>
/// One line of text, already sanitised, wrapped and sized. <see cref="Bounds"/> is the line box
/// (left, top = baseline − ascent, measured width, line height); <see cref="Cell"/> is the box it was fitted into,
/// kept so tests can check that text never leaves its cell. <see cref="Glyphs"/> is the line as drawn — fonts chosen,
/// shaped, in visual order — worked out when the element is made, with the fonts of the layout that makes it.
/// </summary>
internal sealed record TextElement(string Text, float X, float Baseline, FontFace Face, float Size, Rgb Color, Rect Bounds, Rect Cell) : Element
{
    /// <summary>The glyph runs that draw <see cref="TextElement.Text"/>, left to right.</summary>
    public ShapedLine Glyphs { get; init; } = Fonts.Shape(Text, Face);
}

/// <summary>An image (the theme's logo), decoded, scaled into a box.</summary>
internal sealed record ImageElement(Rect Bounds, LogoImage Image) : Element;

/// <summary>
/// One laid-out page: its size in layout units, what is placed on it, the points on paper per layout unit
/// (<see cref="Page.Scale"/>: 1 but for A3), and its reading structure (<see cref="PageBuilder"/>).
/// </summary>
internal sealed record LayoutPage(float Width, float Height, IReadOnlyList<Element> Elements, float Scale = 1, IReadOnlyList<StructureNode>? Structure = null)
{
    /// <summary>The text runs on the page, in drawing order.</summary>
    public IEnumerable<TextElement> Texts => Elements.OfType<TextElement>();

    /// <summary>The page's top-level structure nodes, in reading order; none for a page that is all decoration.</summary>
    public IReadOnlyList<StructureNode> Nodes => Structure ?? [];
}

/// <summary>Document information a PDF carries besides its pages; <see cref="Language"/> is the labels' language as a BCP 47 tag.</summary>
internal sealed record DocumentInfo(string Title, string Author, string Subject, string Keywords, DateTimeOffset Timestamp, string Language = "en");

/// <summary>The whole laid-out chart: every page and the document information.</summary>
internal sealed record LayoutDocument(IReadOnlyList<LayoutPage> Pages, DocumentInfo Info);
