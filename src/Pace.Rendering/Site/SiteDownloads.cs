namespace Pace.Rendering.Site;

/// <summary>
/// The files each chart's pages offer to download. The PDF is the default: it is every page, as <c>pace render</c>
/// writes it, and the three examples' site with it stays under a megabyte and within three times the time of rendering
/// their PDFs; the PNG and the SVG of page 1 are for those who ask (together they were two thirds of the site's bytes
/// and most of its time, see docs/performance.md).
/// </summary>
[Flags]
public enum SiteDownloads
{
    /// <summary>No downloads: the pages alone.</summary>
    None = 0,

    /// <summary>The PDF, every page.</summary>
    Pdf = 1,

    /// <summary>The PNG of page 1, at <see cref="SiteOptions.PngDpi"/>.</summary>
    Png = 2,

    /// <summary>The SVG of page 1.</summary>
    Svg = 4,

    /// <summary>The PDF, the PNG and the SVG.</summary>
    All = Pdf | Png | Svg,
}
