using System.Collections.Immutable;

namespace Pace;

/// <summary>
/// The source positions of one mapping in a chart file: the mapping itself and the value of each key it held.
/// Charts built in code have no source map.
/// </summary>
public sealed class SourceMap
{
    private readonly ImmutableDictionary<string, SourceSpan> _keys;
    private readonly ImmutableDictionary<string, SourceSpan> _values;

    /// <summary>Creates a source map.</summary>
    /// <param name="node">The span of the whole mapping (or sequence item).</param>
    /// <param name="keys">The span of each key, by key name.</param>
    /// <param name="values">The span of each key's value, by key name.</param>
    public SourceMap(SourceSpan node, IEnumerable<KeyValuePair<string, SourceSpan>> keys, IEnumerable<KeyValuePair<string, SourceSpan>> values)
    {
        Node = node;
        _keys = ImmutableDictionary.CreateRange(StringComparer.Ordinal, keys);
        _values = ImmutableDictionary.CreateRange(StringComparer.Ordinal, values);
    }

    /// <summary>The span of the whole mapping.</summary>
    public SourceSpan Node { get; }

    /// <summary>The span of a key's value, or the mapping's span when the key is absent.</summary>
    /// <param name="key">The YAML key, e.g. <c>owner</c>.</param>
    /// <returns>The best span to point a user at.</returns>
    public SourceSpan ValueOf(string key) => _values.TryGetValue(key, out var span) ? span : Node;

    /// <summary>The span of a key itself, or the mapping's span when the key is absent.</summary>
    /// <param name="key">The YAML key.</param>
    /// <returns>The span of the key.</returns>
    public SourceSpan KeyOf(string key) => _keys.TryGetValue(key, out var span) ? span : Node;

    /// <summary>Whether the mapping held the key.</summary>
    /// <param name="key">The YAML key.</param>
    /// <returns><see langword="true"/> when the key was written in the file.</returns>
    public bool Has(string key) => _keys.ContainsKey(key);
}
