namespace Pace;

/// <summary>
/// A language to add to Pace (<see cref="Languages.Add"/>), or corrections to one of its own: the templates by key
/// (<see cref="MessageCatalog.Keys"/>; a subset will do — a key left out takes the <see cref="Base"/> language's
/// template), the language's name, and how it writes numbers.
/// </summary>
/// <param name="Language">The language, by code: <c>de</c>. For <c>en</c> or <c>nl</c> the templates correct Pace's own.</param>
/// <param name="Name">The language's name in itself, as a page or a list shows it: <c>Deutsch</c>.</param>
/// <param name="Messages">The templates by key, with the named placeholders of Pace's own (<c>{process}</c>).</param>
public sealed record LanguageDefinition(ChartLanguage Language, string Name, IReadOnlyDictionary<string, string> Messages)
{
    /// <summary>The language a key the definition leaves out is taken from: English (the default) or Dutch.</summary>
    public ChartLanguage Base { get; init; } = ChartLanguage.English;

    /// <summary>How the language writes numbers; <see langword="null"/> takes the base language's (for a correction, the language's own).</summary>
    public NumberStyle? Numbers { get; init; }

    /// <summary>Where the definition came from (a translation file's path), to name it in a warning; <see langword="null"/> from code.</summary>
    public string? Source { get; init; }

    /// <summary>
    /// Whether a configuration's translation file brought the language (not an app): it is then known only to the charts
    /// under that configuration, so a chart's language never depends on which other charts share the run.
    /// </summary>
    internal bool FromConfiguration { get; init; }

    /// <summary>Whether two definitions say the same: the same language, name, base, numbers and templates (where they came from aside).</summary>
    /// <param name="other">The other definition.</param>
    /// <returns>Whether they say the same.</returns>
    public bool SaysTheSameAs(LanguageDefinition other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Language == other.Language && Name == other.Name && Base == other.Base && Equals(Numbers, other.Numbers)
            && Messages.Count == other.Messages.Count
            && Messages.All(m => other.Messages.TryGetValue(m.Key, out var template) && string.Equals(template, m.Value, StringComparison.Ordinal));
    }
}
