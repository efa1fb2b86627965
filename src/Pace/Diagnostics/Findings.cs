using System.Collections;

namespace Pace;

/// <summary>
/// The diagnostics of loading, checking or validating a chart, in file order (by position, then code), with counts
/// by severity. Immutable; two lists with the same diagnostics in the same order are equal.
/// </summary>
public sealed class Findings : IReadOnlyList<Diagnostic>, IEquatable<Findings>
{
    private readonly Diagnostic[] _items;

    /// <summary>Creates a list of findings; they are sorted by position, then code.</summary>
    /// <param name="diagnostics">The findings.</param>
    public Findings(IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        _items = [.. diagnostics
            .OrderBy(d => d.Span?.StartLine ?? 0)
            .ThenBy(d => d.Span?.StartColumn ?? 0)
            .ThenBy(d => d.Code, StringComparer.Ordinal)];
        foreach (var d in _items)
        {
            switch (d.Severity)
            {
                case Severity.Error: ErrorCount++; break;
                case Severity.Warning: WarningCount++; break;
                default: InfoCount++; break;
            }
        }
    }

    /// <summary>No findings.</summary>
    public static Findings None { get; } = new([]);

    /// <summary>How many findings there are.</summary>
    public int Count => _items.Length;

    /// <summary>How many findings are errors.</summary>
    public int ErrorCount { get; }

    /// <summary>How many findings are warnings.</summary>
    public int WarningCount { get; }

    /// <summary>How many findings are information.</summary>
    public int InfoCount { get; }

    /// <summary>Whether any finding is an error.</summary>
    public bool HasErrors => ErrorCount > 0;

    /// <summary>The finding at a position in file order.</summary>
    /// <param name="index">The 0-based position.</param>
    public Diagnostic this[int index] => _items[index];

    /// <summary>Whether any finding is at or above a severity.</summary>
    /// <param name="severity">The threshold.</param>
    /// <returns><see langword="true"/> when a finding is that serious or more.</returns>
    public bool Any(Severity severity) => _items.Any(d => d.Severity >= severity);

    /// <inheritdoc />
    public IEnumerator<Diagnostic> GetEnumerator() => ((IEnumerable<Diagnostic>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public bool Equals(Findings? other) => other is not null && _items.SequenceEqual(other._items);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Findings);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var d in _items)
        {
            hash.Add(d);
        }

        return hash.ToHashCode();
    }
}
