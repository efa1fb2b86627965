namespace Pace;

/// <summary>
/// Where something stands in a chart file: the file and the 1-based start and end positions
/// reported by the YAML parser. The end is exclusive, as in editors' ranges.
/// </summary>
/// <param name="File">The file path as the user named it, or <see langword="null"/> for text without a file.</param>
/// <param name="StartLine">1-based line of the first character.</param>
/// <param name="StartColumn">1-based column of the first character.</param>
/// <param name="EndLine">1-based line just after the last character.</param>
/// <param name="EndColumn">1-based column just after the last character.</param>
public sealed record SourceSpan(string? File, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    /// <summary>Creates a span that covers a single position.</summary>
    /// <param name="file">The file path, or <see langword="null"/>.</param>
    /// <param name="line">1-based line.</param>
    /// <param name="column">1-based column.</param>
    /// <returns>A span starting and ending at the position.</returns>
    public static SourceSpan At(string? file, int line, int column) => new(file, line, column, line, column);

    /// <inheritdoc />
    public override string ToString() => $"{File ?? "<text>"}:{StartLine}:{StartColumn}";
}
