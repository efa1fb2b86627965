namespace Pace;

/// <summary>
/// The source positions of one mapping in a chart file: the mapping itself and the key and value of each key it held.
/// Charts built in code have no source map. Two maps with the same positions are equal.
/// </summary>
public sealed class SourceMap : IEquatable<SourceMap>
{
    // Plain dictionaries, filled here and never changed (so safe to read from any thread): a chart has a map per mapping,
    // hundreds, and building two immutable dictionaries for each was a tenth of checking a chart (measured with perf).
    private readonly Dictionary<string, SourceSpan> _keys;
    private readonly Dictionary<string, SourceSpan> _values;

    /// <summary>Creates a source map.</summary>
    /// <param name="node">The span of the whole mapping (or sequence item).</param>
    /// <param name="keys">The span of each key, by key name.</param>
    /// <param name="values">The span of each key's value, by key name.</param>
    public SourceMap(SourceSpan node, IEnumerable<KeyValuePair<string, SourceSpan>> keys, IEnumerable<KeyValuePair<string, SourceSpan>> values)
    {
        Node = node;
        _keys = Spans(keys);
        _values = Spans(values);
    }

    /// <summary>The span of the whole mapping.</summary>
    public SourceSpan Node { get; }

    /// <summary>
    /// The text the spans point into, kept on the map of a whole chart by the reader so that the writer can edit it
    /// instead of writing the chart anew; <see langword="null"/> elsewhere. Not compared.
    /// </summary>
    internal OriginalText? Text { get; private init; }

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

    /// <summary>Whether another map holds the same positions.</summary>
    /// <param name="other">The other map.</param>
    /// <returns><see langword="true"/> when the mapping, every key and every value stand at the same places.</returns>
    public bool Equals(SourceMap? other) =>
        ReferenceEquals(this, other)
        || (other is not null && Node == other.Node && SameSpans(_keys, other._keys) && SameSpans(_values, other._values));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SourceMap);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Node, _keys.Count, _values.Count);

    /// <summary>This map with the text it was read from.</summary>
    internal SourceMap WithText(OriginalText text) => new(Node, _keys, _values) { Text = text };

    /// <summary>The spans by key; a key given twice keeps its last span.</summary>
    private static Dictionary<string, SourceSpan> Spans(IEnumerable<KeyValuePair<string, SourceSpan>> spans)
    {
        var byKey = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        foreach (var (key, span) in spans)
        {
            byKey[key] = span;
        }

        return byKey;
    }

    private static bool SameSpans(Dictionary<string, SourceSpan> a, Dictionary<string, SourceSpan> b) =>
        a.Count == b.Count && a.All(e => b.TryGetValue(e.Key, out var span) && span == e.Value);
}
