using Pace.Model;
using Pace.Validation;

namespace Pace.Rendering;

/// <summary>Temporary stub.</summary>
public enum OutputFormat
{
    /// <summary>PDF.</summary>
    Pdf,

    /// <summary>PNG.</summary>
    Png,

    /// <summary>SVG.</summary>
    Svg,
}

/// <summary>Temporary stub.</summary>
public sealed record RenderOptions
{
    /// <summary>Stub.</summary>
    public OutputFormat Format { get; init; }

    /// <summary>Stub.</summary>
    public ChartLanguage? Language { get; init; }

    /// <summary>Stub.</summary>
    public ValidationResult? Findings { get; init; }

    /// <summary>Stub.</summary>
    public bool FindingsBanner { get; init; }

    /// <summary>Stub.</summary>
    public string? BaseDirectory { get; init; }
}

/// <summary>Temporary stub.</summary>
public static class ChartRenderer
{
    /// <summary>Stub.</summary>
    /// <param name="chart">c.</param>
    /// <param name="path">p.</param>
    /// <param name="options">o.</param>
    public static void RenderFile(Chart chart, string path, RenderOptions? options = null) => File.WriteAllText(path, chart.Organization + options);
}
