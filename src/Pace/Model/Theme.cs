namespace Pace;

/// <summary>How a chart looks: an accent colour and a logo.</summary>
public sealed record Theme
{
    private readonly IgnoredInEquality<SourceMap?> _source;

    /// <summary>The accent colour as <c>#RRGGBB</c>; the default accent when not given.</summary>
    public string? Accent { get; init; }

    /// <summary>Path of a PNG logo, relative to the chart file.</summary>
    public string? Logo { get; init; }

    /// <summary>Where the theme was written; <see langword="null"/> when built in code. Not compared.</summary>
    public SourceMap? Source { get => _source.Value; init => _source = new(value); }
}
