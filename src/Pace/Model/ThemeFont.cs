namespace Pace;

/// <summary>
/// A font a chart (or its <c>pace.config.yaml</c>) names for text the bundled fonts lack — another script, a house
/// font: TrueType or OpenType files, a regular face and optionally a bold one, paths relative to the file that names them.
/// </summary>
public sealed record ThemeFont
{
    private readonly IgnoredInEquality<SourceMap?> _source;

    /// <summary>The regular face's file.</summary>
    public string? Regular { get; init; }

    /// <summary>The bold face's file; bold text is set in the regular face when not given.</summary>
    public string? Bold { get; init; }

    /// <summary>Where the font was written; its file is what relative paths are resolved against. Not compared.</summary>
    public SourceMap? Source { get => _source.Value; init => _source = new(value); }
}
