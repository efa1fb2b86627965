namespace Pace;

/// <summary>
/// A <c># pace-disable-next-line CODE[, CODE…]</c> comment in a chart file: findings with one of the codes whose
/// span starts on <see cref="Line"/> (the line after the comment) are not reported. A suppression that suppresses
/// nothing is itself reported (PACE021).
/// </summary>
/// <param name="Codes">The codes to suppress, upper case; empty when the comment names none.</param>
/// <param name="Line">The 1-based line the suppression applies to.</param>
/// <param name="Source">Where the comment stands, for reporting an unused suppression.</param>
public sealed record Suppression(IReadOnlyList<string> Codes, int Line, SourceSpan Source)
{
    /// <summary>The codes to suppress, upper case; empty when the comment names none. Compared by content.</summary>
    public IReadOnlyList<string> Codes { get; init => field = ValueList<string>.From(value); } = ValueList<string>.From(Codes);

    /// <summary>The directive that starts a suppression comment, after the <c>#</c>.</summary>
    public const string Directive = "pace-disable-next-line";

    /// <summary>Whether this suppression silences a finding.</summary>
    /// <param name="diagnostic">The finding.</param>
    /// <returns><see langword="true"/> when the finding's code is named and its span starts on <see cref="Line"/> of the same file.</returns>
    public bool Covers(Diagnostic diagnostic) =>
        diagnostic.Span is { } span
        && span.StartLine == Line
        && (span.File is null || Source.File is null || string.Equals(span.File, Source.File, StringComparison.Ordinal))
        && Codes.Contains(diagnostic.Code, StringComparer.OrdinalIgnoreCase);
}
