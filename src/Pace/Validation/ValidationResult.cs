namespace Pace.Validation;

/// <summary>The findings of validating (or loading) a chart, in file order.</summary>
public sealed class ValidationResult
{
    /// <summary>Creates a result from findings; they are sorted by position, then code.</summary>
    /// <param name="diagnostics">The findings.</param>
    public ValidationResult(IEnumerable<Diagnostic> diagnostics)
    {
        Diagnostics = [.. diagnostics
            .OrderBy(d => d.Span?.StartLine ?? 0)
            .ThenBy(d => d.Span?.StartColumn ?? 0)
            .ThenBy(d => d.Code, StringComparer.Ordinal)];
    }

    /// <summary>The findings, in file order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>How many findings are errors.</summary>
    public int ErrorCount => Diagnostics.Count(d => d.Severity == Severity.Error);

    /// <summary>How many findings are warnings.</summary>
    public int WarningCount => Diagnostics.Count(d => d.Severity == Severity.Warning);

    /// <summary>How many findings are information.</summary>
    public int InfoCount => Diagnostics.Count(d => d.Severity == Severity.Info);

    /// <summary>Whether any finding is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}
