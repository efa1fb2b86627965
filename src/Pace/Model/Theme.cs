namespace Pace;

/// <summary>How a chart looks: an accent colour, a logo and its own fonts.</summary>
public sealed record Theme
{
    private readonly IgnoredInEquality<SourceMap?> _source;

    /// <summary>The accent colour as <c>#RRGGBB</c>; the default accent when not given.</summary>
    public string? Accent { get; init; }

    /// <summary>Path of a PNG logo, relative to the chart file.</summary>
    public string? Logo { get; init; }

    /// <summary>
    /// Fonts tried, in order, before the bundled Lato and Noto Sans for every character (as CSS's font-family), so a
    /// chart can draw scripts the bundled fonts lack, such as Arabic or Chinese. Compared by their items.
    /// </summary>
    public IReadOnlyList<ThemeFont> Fonts { get; init => field = ValueList<ThemeFont>.From(value); } = ValueList<ThemeFont>.Empty;

    /// <summary>Where the theme was written; <see langword="null"/> when built in code. Not compared.</summary>
    public SourceMap? Source { get => _source.Value; init => _source = new(value); }
}
