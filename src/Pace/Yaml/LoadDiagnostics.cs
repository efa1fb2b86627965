using Pace.Validation;
using Pace.Localization;

namespace Pace.Yaml;

/// <summary>Makes <c>PACE1xx</c> load errors in one language, located in the file.</summary>
internal sealed class LoadDiagnostics(ChartLanguage language)
{
    private readonly List<Diagnostic> _found = [];

    public ChartLanguage Language { get; set; } = language;

    public IReadOnlyList<Diagnostic> Found => _found;

    public bool HasErrors => _found.Count > 0;

    /// <summary>Adds a load error; <paramref name="key"/> is a message-table key such as <c>PACE101Suggestion</c>.</summary>
    public void Add(string key, string path, SourceSpan? span, params object?[] arguments) =>
        _found.Add(new Diagnostic(key[..7], Severity.Error, MessageTable.Get(Language, key), arguments, path, span) { MessageKey = key });

    /// <summary>A localised phrase, such as the name of a YAML node kind.</summary>
    public string Phrase(string key, params object?[] arguments) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, MessageTable.Get(Language, key), arguments);

    /// <summary>How to describe a node in a "wrong type" message.</summary>
    public string Describe(YamlNodeBase node) => node switch
    {
        YamlScalar s when !s.IsNull => Phrase(s.KindKey, Shorten(s.Value)),
        _ => Phrase(node.KindKey),
    };

    private static string Shorten(string value) =>
        value.Length <= 40 ? value : value[..(char.IsHighSurrogate(value[36]) ? 36 : 37)] + "..."; // never half a surrogate pair
}
