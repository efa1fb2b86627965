namespace Pace.Yaml;

/// <summary>
/// A minimal YAML node tree with positions, built from the parser's events. Pace maps charts from this
/// tree rather than from YamlDotNet's object model so that aliases are shared (never copied), limits are
/// enforced while reading, and no YAML tag can make an object.
/// </summary>
internal abstract class YamlNodeBase(SourceSpan span)
{
    /// <summary>From the node's first character to just after its last (for collections: their closing event).</summary>
    public SourceSpan Span { get; set; } = span;

    /// <summary>How many nodes this subtree stands for when aliases are expanded.</summary>
    public long Weight { get; set; } = 1;

    /// <summary>A short, user-facing description of the node's kind for "wrong type" messages.</summary>
    public abstract string KindKey { get; }
}

internal sealed class YamlScalar(SourceSpan span, string value, bool plain) : YamlNodeBase(span)
{
    public string Value { get; } = value;

    /// <summary>Written without quotes or block style, so <c>null</c>, numbers and dates are recognised.</summary>
    public bool Plain { get; } = plain;

    /// <summary>Whether the scalar is YAML's null: empty, <c>~</c> or <c>null</c> written plain.</summary>
    public bool IsNull => Plain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string KindKey => IsNull ? "KindEmpty" : "KindTextValue";
}

internal sealed class YamlSequence(SourceSpan span) : YamlNodeBase(span)
{
    public List<YamlNodeBase> Items { get; } = [];

    public override string KindKey => "KindList";
}

internal sealed class YamlMapping(SourceSpan span) : YamlNodeBase(span)
{
    public List<KeyValuePair<YamlNodeBase, YamlNodeBase>> Entries { get; } = [];

    public override string KindKey => "KindMapping";
}
