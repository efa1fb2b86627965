using Pace.Localization;

namespace Pace.Yaml;

/// <summary>Makes <c>PACE1xx</c> load errors in one language, located in the file.</summary>
internal sealed class LoadDiagnostics(ChartLanguage language)
{
    private readonly List<Diagnostic> _found = [];

    public ChartLanguage Language { get; set; } = language;

    public IReadOnlyList<Diagnostic> Found => _found;

    public bool HasErrors => _found.Count > 0;

    /// <summary>Adds a load error with its code's main message.</summary>
    public void Add(string code, string path, SourceSpan? span, params ReadOnlySpan<MessageArgument> arguments) =>
        AddVariant(code, string.Empty, path, span, arguments);

    /// <summary>Adds a load error with one of its code's message variants, e.g. <c>Suggestion</c> for <c>PACE101Suggestion</c>.</summary>
    public void AddVariant(string code, string variant, string path, SourceSpan? span, params ReadOnlySpan<MessageArgument> arguments) =>
        _found.Add(new Diagnostic(code, Severity.Error, MessageTable.Get(Language, code + variant), arguments.ToArray(), path, span) { MessageKey = code + variant });

    /// <summary>Adds a finding made elsewhere (another file's refusal), as it is.</summary>
    public void Add(Diagnostic diagnostic) => _found.Add(diagnostic);

    /// <summary>A localised phrase, such as the name of a YAML node kind.</summary>
    public string Phrase(string key, params ReadOnlySpan<MessageArgument> arguments) =>
        NamedTemplate.Fill(MessageTable.Get(Language, key), arguments.ToArray());

    /// <summary>How to describe a node in a "wrong type" message.</summary>
    public string Describe(YamlNodeBase node) => node switch
    {
        YamlScalar s when !s.IsNull => Phrase(s.KindKey, new MessageArgument("text", Shorten(s.Value))),
        _ => Phrase(node.KindKey),
    };

    private static string Shorten(string value) =>
        value.Length <= 40 ? value : value[..(char.IsHighSurrogate(value[36]) ? 36 : 37)] + "..."; // never half a surrogate pair
}
