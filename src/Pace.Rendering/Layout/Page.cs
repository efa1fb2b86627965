namespace Pace.Rendering.Layout;

/// <summary>A4 landscape in points, and the margins every page shares.</summary>
internal static class Page
{
    /// <summary>A4 landscape width.</summary>
    public const float Width = 842;

    /// <summary>A4 landscape height.</summary>
    public const float Height = 595;

    /// <summary>The margin on every side; generous enough for office printers that cannot print to the edge.</summary>
    public const float Margin = 30;

    /// <summary>Where the footer's rule sits; content ends above it.</summary>
    public const float FooterTop = Height - Margin - 14;

    /// <summary>The printable area inside the margins.</summary>
    public static Rect Content => new(Margin, Margin, Width - (2 * Margin), Height - (2 * Margin));

    /// <summary>The whole page.</summary>
    public static Rect Bounds => new(0, 0, Width, Height);
}
