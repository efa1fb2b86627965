using Pace.Localization;

namespace Pace;

/// <summary>
/// The languages Pace speaks — its own, English and Dutch, and those an app or a translation file added — and the
/// registry to add one: <c>Languages.Add(new LanguageDefinition(ChartLanguage.Parse("de"), "Deutsch", messages))</c>
/// from then on lets a chart say <c>language: de</c>, for findings, pages, the site and the reports alike. A key the
/// definition leaves out is its base language's (English unless it says Dutch). The registry is process-wide, like
/// <see cref="MessageCatalog.Override"/>: add languages when the app starts.
/// </summary>
public static class Languages
{
    /// <summary>The languages Pace brings: English and Dutch.</summary>
    public static IReadOnlyList<ChartLanguage> BuiltIn { get; } = [ChartLanguage.English, ChartLanguage.Dutch];

    /// <summary>Every language Pace speaks now: its own first, then the added ones by code.</summary>
    public static IReadOnlyList<ChartLanguage> Known =>
        [.. BuiltIn, .. MessageTable.Added.Keys.Where(l => !IsBuiltIn(l)).OrderBy(l => l.Code, StringComparer.Ordinal)];

    /// <summary>Whether Pace speaks a language: its own, or one added.</summary>
    /// <param name="language">The language.</param>
    /// <returns>Whether it is known.</returns>
    public static bool IsKnown(ChartLanguage language) => IsBuiltIn(language) || MessageTable.Added.ContainsKey(language);

    /// <summary>The added definition of a language (or the corrections to one of Pace's own), if there is one.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The definition in force, or <see langword="null"/>.</returns>
    public static LanguageDefinition? Definition(ChartLanguage language) => MessageTable.Added.GetValueOrDefault(language);

    /// <summary>The language's name in itself: <c>English</c>, <c>Nederlands</c>, an added one's own; the code for one not known.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The name.</returns>
    public static string Name(ChartLanguage language) =>
        Definition(language)?.Name ?? (language == ChartLanguage.English ? "English" : language == ChartLanguage.Dutch ? "Nederlands" : language.Code);

    /// <summary>How a language writes numbers: the added definition's, else its base's; English's for a language not known.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The number style.</returns>
    public static NumberStyle Numbers(ChartLanguage language)
    {
        // Every number the chart prints asks: with nothing added, no lookup.
        if (!MessageTable.Added.IsEmpty && Definition(language) is { } definition)
        {
            if (definition.Numbers is { } numbers)
            {
                return numbers;
            }

            language = IsBuiltIn(language) ? language : definition.Base;
        }

        return language == ChartLanguage.Dutch ? NumberStyle.Dutch : NumberStyle.English;
    }

    /// <summary>
    /// Adds a language, or corrects one of Pace's own (a definition for <c>en</c> or <c>nl</c>), for every check and
    /// render after this call; a definition added before under the same code is replaced. Each template is held to
    /// the checks of <see cref="MessageCatalog.Override"/>: a key of the catalogue, no placeholder Pace's template
    /// of that key does not have, one line of plain text of at most 1000 characters.
    /// </summary>
    /// <param name="definition">The language.</param>
    /// <exception cref="ArgumentException">
    /// A template is refused (as above), the name is empty, longer than 64 characters or holds a control character,
    /// or the base is not English or Dutch.
    /// </exception>
    public static void Add(LanguageDefinition definition)
    {
        if (Refusal(definition) is { } refusal)
        {
            throw new ArgumentException(refusal, nameof(definition));
        }

        MessageTable.Add(Copy(definition));
    }

    /// <summary>Removes an added language, or the corrections to one of Pace's own.</summary>
    /// <param name="language">The language.</param>
    /// <returns>Whether there was one to remove.</returns>
    public static bool Remove(ChartLanguage language) => MessageTable.Remove(language);

    /// <summary>Removes every added language and every correction; Pace then speaks English and Dutch as it brings them.</summary>
    public static void RemoveAll() => MessageTable.RemoveAll();

    /// <summary>
    /// Adds a checked definition unless one that says something else is there; the one in force after the call.
    /// Translation files register this way: the first one a run meets for a language serves the run.
    /// </summary>
    internal static LanguageDefinition AddIfAbsent(LanguageDefinition definition) =>
        MessageTable.AddIfAbsent(Copy(definition) with { FromConfiguration = true });

    /// <summary>
    /// Whether a chart under a configuration may speak a language: one of Pace's own, one an app added, or one a
    /// translation of that configuration's chain brings — not one only another chart's configuration brought.
    /// </summary>
    internal static bool IsKnownUnder(ChartLanguage language, IReadOnlyList<LanguageDefinition> chainTranslations) =>
        IsBuiltIn(language)
        || (Definition(language) is { } added && (!added.FromConfiguration || chainTranslations.Any(t => t.Language == language)));

    /// <summary>Why a definition cannot be added, in English; <see langword="null"/> when it can.</summary>
    internal static string? Refusal(LanguageDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(definition.Name);
        ArgumentNullException.ThrowIfNull(definition.Messages);
        if (definition.Name.Trim().Length == 0 || definition.Name.Length > TemplateCheck.MaxNameLength || definition.Name.Any(TemplateCheck.IsUnsafe))
        {
            return $"A language's name is 1 to {TemplateCheck.MaxNameLength} characters of plain text.";
        }

        if (!IsBuiltIn(definition.Base))
        {
            return "A language's base is English (en) or Dutch (nl).";
        }

        foreach (var (key, template) in definition.Messages)
        {
            if (key is null || template is null)
            {
                return "A key or a template is null.";
            }

            if (TemplateCheck.Refusal(key, template) is { } refusal)
            {
                return refusal;
            }
        }

        return null;
    }

    private static bool IsBuiltIn(ChartLanguage language) => language == ChartLanguage.English || language == ChartLanguage.Dutch;

    // The caller's dictionary is copied, so changing it afterwards changes nothing.
    private static LanguageDefinition Copy(LanguageDefinition definition) =>
        definition with { Messages = definition.Messages.ToDictionary(StringComparer.Ordinal).AsReadOnly() };
}
