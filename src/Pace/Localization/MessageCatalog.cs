using Pace.Localization;

namespace Pace;

/// <summary>
/// Pace's built-in words — the rule messages, the words printed on the pages, the reports' words, the month names —
/// by key and language, and an app's replacements for them (as FluentValidation's <c>LanguageManager</c> allows):
/// <c>MessageCatalog.Override(ChartLanguage.Dutch, "ChartNoOwner", "Niemand eindverantwoordelijk")</c> changes that
/// label on every page and <c>"PACE003"</c> the finding, from then on, for the whole process. Keys and placeholders
/// are in docs/localization.md. Set replacements once when the app starts: a render under way may use either word.
/// </summary>
public static class MessageCatalog
{
    /// <summary>Every key of the catalogue (the same in every language), in ordinal order.</summary>
    public static IReadOnlyList<string> Keys { get; } = [.. MessageTable.Keys(ChartLanguage.English).Order(StringComparer.Ordinal)];

    /// <summary>The template of a key in a language: the app's replacement if there is one, else Pace's own.</summary>
    /// <param name="language">The language.</param>
    /// <param name="key">The key, such as <c>PACE003</c> or <c>ChartNoOwner</c>.</param>
    /// <returns>The template, with its named placeholders (<c>{process}</c>).</returns>
    /// <exception cref="KeyNotFoundException">The key is not in the catalogue.</exception>
    public static string Template(ChartLanguage language, string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return MessageTable.Get(language, key);
    }

    /// <summary>Replaces the template of a key in a language, for every check and render after this call.</summary>
    /// <param name="language">The language the replacement is in.</param>
    /// <param name="key">The key, such as <c>PACE003</c> or <c>ChartNoOwner</c>.</param>
    /// <param name="template">The new template; it may leave out placeholders of Pace's own, not name others.</param>
    /// <exception cref="ArgumentException">The key is not in the catalogue, or the template names a placeholder Pace's template does not have.</exception>
    public static void Override(ChartLanguage language, string key, string template)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(template);
        if (!MessageTable.TryGetBuiltIn(language, key, out var builtIn))
        {
            // The key is the caller's text: echoed only when it has the shape of a key, so no control character reaches a log.
            var shown = key.Length is > 0 and <= 64 && key.All(char.IsAsciiLetterOrDigit) ? $"'{key}'" : "The key";
            throw new ArgumentException($"{shown} is no key of Pace's messages and labels (MessageCatalog.Keys lists them).", nameof(key));
        }

        var known = NamedTemplate.Names(builtIn);
        if (NamedTemplate.Names(template).FirstOrDefault(n => !known.Contains(n, StringComparer.Ordinal)) is { } unknown)
        {
            var names = known.Count == 0 ? "none" : string.Join(", ", known.Select(n => "{" + n + "}"));
            throw new ArgumentException($"The template for {key} names {{{unknown}}}, which is not one of its placeholders ({names}).", nameof(template));
        }

        MessageTable.Replace(language, key, template);
    }

    /// <summary>Restores Pace's own template of a key in a language.</summary>
    /// <param name="language">The language.</param>
    /// <param name="key">The key.</param>
    public static void Restore(ChartLanguage language, string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        MessageTable.Replace(language, key, null);
    }

    /// <summary>Restores Pace's own template of every key in every language.</summary>
    public static void RestoreAll() => MessageTable.RestoreAll();
}
