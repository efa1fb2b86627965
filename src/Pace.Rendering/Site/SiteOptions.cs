namespace Pace.Rendering.Site;

/// <summary>How <see cref="SitePublisher"/> builds a site.</summary>
public sealed record SiteOptions
{
    /// <summary>The defaults: every chart's PDF to download.</summary>
    public static SiteOptions Default { get; } = new();

    /// <summary>What each chart's pages offer to download (default <see cref="SiteDownloads.Pdf"/>).</summary>
    public SiteDownloads Downloads { get; init; } = SiteDownloads.Pdf;

    /// <summary>
    /// The PNG download's resolution, 1 to 1200 dots per inch. Default 96: one pixel per CSS pixel, a PNG for screens
    /// (1123 × 794 for A4 landscape); at <c>pace render</c>'s 150 the three examples' PNGs alone were 0.97 MB of a 2.0 MB site.
    /// </summary>
    public float PngDpi { get; init; } = 96;

    /// <summary>The PDF's creation date; <see langword="null"/> follows <see cref="RenderOptions.Timestamp"/>'s rule (the chart's date, <c>SOURCE_DATE_EPOCH</c>, a fixed epoch).</summary>
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>The options the downloads are rendered with.</summary>
    internal RenderOptions Render() => new()
    {
        Timestamp = Timestamp,
        PngDpi = PngDpi,
    };
}
