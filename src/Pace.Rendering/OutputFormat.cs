namespace Pace.Rendering;

/// <summary>The file format to render a chart to.</summary>
public enum OutputFormat
{
    /// <summary>A vector PDF with every page, selectable text and the font embedded.</summary>
    Pdf,

    /// <summary>A PNG image per page, at <see cref="RenderOptions.PngDpi"/>.</summary>
    Png,

    /// <summary>An SVG image per page.</summary>
    Svg,
}
