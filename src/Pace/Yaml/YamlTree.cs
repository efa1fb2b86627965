using YamlDotNet.Core;

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

    /// <summary>The offset of the node's first character in the text read (UTF-16 code units), for editing the text.</summary>
    public int Start { get; set; }

    /// <summary>The offset just after the node's last character, as <see cref="Span"/>'s end.</summary>
    public int End { get; set; }

    /// <summary>How many nodes this subtree stands for when aliases are expanded.</summary>
    public long Weight { get; set; } = 1;

    /// <summary>A short, user-facing description of the node's kind for "wrong type" messages.</summary>
    public abstract string KindKey { get; }
}

internal sealed class YamlScalar(SourceSpan span, string value, bool plain, ScalarStyle style = ScalarStyle.Plain) : YamlNodeBase(span)
{
    public string Value { get; } = value;

    /// <summary>How the scalar was written (plain, quoted, block), so an edited value can be written the same way.</summary>
    public ScalarStyle Style { get; } = style;

    /// <summary>Written without quotes or block style, so <c>null</c>, numbers and dates are recognised.</summary>
    public bool Plain { get; } = plain;

    /// <summary>Whether the scalar is YAML's null: empty, <c>~</c> or <c>null</c> written plain.</summary>
    public bool IsNull => Plain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string KindKey => IsNull ? "KindEmpty" : "KindTextValue";
}

internal sealed class YamlSequence(SourceSpan span, bool flow = false) : YamlNodeBase(span)
{
    /// <summary>Written in brackets (<c>[a, b]</c>) rather than as an indented block.</summary>
    public bool Flow { get; } = flow;

    public List<YamlNodeBase> Items { get; } = [];

    public override string KindKey => "KindList";
}

internal sealed class YamlMapping(SourceSpan span, bool flow = false) : YamlNodeBase(span)
{
    /// <summary>Written in braces (<c>{a: 1}</c>) rather than as an indented block.</summary>
    public bool Flow { get; } = flow;

    public List<KeyValuePair<YamlNodeBase, YamlNodeBase>> Entries { get; } = [];

    public override string KindKey => "KindMapping";
}
