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
    /// <exception cref="ArgumentException">The key is not in the catalogue, or the template names a placeholder Pace's template does not have, holds a control character or is longer than 1000 characters.</exception>
    public static void Override(ChartLanguage language, string key, string template)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(template);
        if (TemplateCheck.Refusal(key, template) is { } refusal)
        {
            throw new ArgumentException(refusal, TemplateCheck.Check(key, template).Fault == TemplateCheck.Fault.UnknownKey ? nameof(key) : nameof(template));
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

    /// <summary>Takes back every replacement made with <see cref="Override"/>, in every language (added languages stay: <see cref="Languages.RemoveAll"/>).</summary>
    public static void RestoreAll() => MessageTable.RestoreAll();

    /// <summary>Every language Pace speaks now (<see cref="Pace.Languages.Known"/>).</summary>
    public static IReadOnlyList<ChartLanguage> Languages => Pace.Languages.Known;
}
