namespace Pace.Rendering;

/// <summary>How to render a chart. Immutable; start from <see cref="Default"/> and change what you need with <c>with</c>.</summary>
public sealed record RenderOptions
{
    /// <summary>PDF, no banner, the timestamp from the chart's date.</summary>
    public static RenderOptions Default { get; } = new();

    /// <summary>The output format; PDF when not set.</summary>
    public OutputFormat Format { get; init; } = OutputFormat.Pdf;

    /// <summary>Whether page 1 carries a visible banner saying the chart was rendered despite errors (<c>--force</c>).</summary>
    public bool FindingsBanner { get; init; }

    /// <summary>
    /// The PDF's creation date. When <see langword="null"/>: the chart's date, else <c>SOURCE_DATE_EPOCH</c>,
    /// else a fixed epoch — never the clock, so identical input gives identical bytes.
    /// </summary>
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>The paper size (landscape); the chart's own <c>paper</c> when <see langword="null"/>, else A4.</summary>
    public PaperSize? Paper { get; init; }

    /// <summary>The pages to render; every page when not set (see <see cref="PageSelection"/> for what each format makes of it).</summary>
    public PageSelection Pages { get; init; } = PageSelection.All;

    /// <summary>The resolution of PNG output, in dots per inch; the PNG records it (pHYs), so it prints at its size.</summary>
    public float PngDpi { get; init; } = 150;
}
