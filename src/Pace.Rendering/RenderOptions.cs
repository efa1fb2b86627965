using Pace.Validation;

namespace Pace.Rendering;

/// <summary>How to render a chart. Immutable; start from <see cref="Default"/> and change what you need with <c>with</c>.</summary>
public sealed record RenderOptions
{
    /// <summary>PDF, in the chart's language, validated with the built-in rules.</summary>
    public static RenderOptions Default { get; } = new();

    /// <summary>The output format; PDF when not set.</summary>
    public OutputFormat Format { get; init; } = OutputFormat.Pdf;

    /// <summary>The language of the labels; the chart's own language when <see langword="null"/>, else English.</summary>
    public ChartLanguage? Language { get; init; }

    /// <summary>
    /// The findings to show in the footer and on the findings page; when <see langword="null"/>, the chart is
    /// validated with <see cref="ChartValidator.Default"/>.
    /// </summary>
    public Findings? Findings { get; init; }

    /// <summary>Whether page 1 carries a visible banner saying the chart was rendered despite errors (<c>--force</c>).</summary>
    public bool FindingsBanner { get; init; }

    /// <summary>
    /// The PDF's creation date. When <see langword="null"/>: the chart's date, else <c>SOURCE_DATE_EPOCH</c>,
    /// else a fixed epoch — never the clock, so identical input gives identical bytes.
    /// </summary>
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>The paper size (landscape); the chart's own <c>paper</c> when <see langword="null"/>, else A4.</summary>
    public PaperSize? Paper { get; init; }

    /// <summary>The folder a relative <c>theme.logo</c> is resolved against; the chart file's folder when <see langword="null"/>.</summary>
    public string? BaseDirectory { get; init; }

    /// <summary>The pages to render; every page when not set (see <see cref="PageSelection"/> for what each format makes of it).</summary>
    public PageSelection Pages { get; init; } = PageSelection.All;

    /// <summary>The resolution of PNG output, in dots per inch; the PNG records it (pHYs), so it prints at its size.</summary>
    public float PngDpi { get; init; } = 150;
}
