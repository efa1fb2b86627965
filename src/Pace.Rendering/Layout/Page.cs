namespace Pace.Rendering.Layout;

/// <summary>
/// A landscape page in layout units, and the margins every page shares. The layout works in these units; a painter
/// multiplies by <see cref="Scale"/> to get points on paper. Every paper but A3 is laid out at its own size (scale 1);
/// A3 is laid out at its size divided by √2 — almost exactly A4 — and drawn √2 larger, so the wall chart is the desk
/// chart enlarged, type and all, rather than the same small type on a wider sheet.
/// </summary>
/// <param name="Width">The width in layout units.</param>
/// <param name="Height">The height in layout units.</param>
/// <param name="Scale">Points on paper per layout unit.</param>
internal sealed record Page(float Width, float Height, float Scale = 1)
{
    /// <summary>The margin on every side; generous enough for office printers that cannot print to the edge.</summary>
    public const float Margin = 30;

    /// <summary>A4 landscape, 297 × 210 mm: 841.89 × 595.28 points.</summary>
    public static Page A4 { get; } = new(841.89f, 595.28f);

    /// <summary>A3 landscape, 420 × 297 mm (1190.55 × 841.89 points), laid out at 1/√2.</summary>
    public static Page A3 { get; } = new(1190.55f / MathF.Sqrt(2), 841.89f / MathF.Sqrt(2), MathF.Sqrt(2));

    /// <summary>US Letter landscape, 11 × 8.5 inches: 792 × 612 points.</summary>
    public static Page Letter { get; } = new(792, 612);

    /// <summary>Where the footer's rule sits; content ends above it.</summary>
    public float FooterTop => Height - Margin - 14;

    /// <summary>The printable area inside the margins.</summary>
    public Rect Content => new(Margin, Margin, Width - (2 * Margin), Height - (2 * Margin));

    /// <summary>The whole page.</summary>
    public Rect Bounds => new(0, 0, Width, Height);

    /// <summary>The page for a paper size.</summary>
    public static Page For(PaperSize paper) => paper switch
    {
        PaperSize.A3 => A3,
        PaperSize.Letter => Letter,
        _ => A4,
    };
}
