namespace Pace.Localization;

/// <summary>
/// What a template from outside Pace — an app's replacement, an added language, a translation file — must be: for a
/// key of the catalogue, naming no placeholder Pace's template of that key does not have (leaving one out is allowed),
/// plain text (no control character) and bounded. One place, so code and files are held to the same checks.
/// </summary>
internal static class TemplateCheck
{
    /// <summary>The longest template accepted, in characters: the longest of Pace's own is about a third of it.</summary>
    public const int MaxTemplateLength = 1000;

    /// <summary>The longest language name accepted, in characters.</summary>
    public const int MaxNameLength = 64;

    /// <summary>What is wrong with a template.</summary>
    public enum Fault
    {
        /// <summary>Nothing.</summary>
        None,

        /// <summary>The key is not in the catalogue.</summary>
        UnknownKey,

        /// <summary>The template names a placeholder Pace's template does not have.</summary>
        UnknownPlaceholder,

        /// <summary>The template holds a control character (a line break, an escape).</summary>
        Control,

        /// <summary>The template is longer than <see cref="MaxTemplateLength"/>.</summary>
        TooLong,
    }

    /// <summary>Checks a template for a key; for <see cref="Fault.UnknownPlaceholder"/> also the name and the placeholders allowed.</summary>
    public static (Fault Fault, string Placeholder, IReadOnlyList<string> Known) Check(string key, string template)
    {
        if (!MessageTable.TryGetBuiltIn(ChartLanguage.English, key, out var builtIn))
        {
            return (Fault.UnknownKey, string.Empty, []);
        }

        if (template.Length > MaxTemplateLength)
        {
            return (Fault.TooLong, string.Empty, []);
        }

        if (template.Any(IsUnsafe))
        {
            return (Fault.Control, string.Empty, []);
        }

        var known = NamedTemplate.Names(builtIn);
        return NamedTemplate.Names(template).FirstOrDefault(n => !known.Contains(n, StringComparer.Ordinal)) is { } unknown
            ? (Fault.UnknownPlaceholder, unknown, known)
            : (Fault.None, string.Empty, known);
    }

    /// <summary>The placeholders as a message lists them: <c>{process}, {kpi}</c>, or <c>none</c>.</summary>
    public static string List(IReadOnlyList<string> names) => names.Count == 0 ? "none" : string.Join(", ", names.Select(n => "{" + n + "}"));

    /// <summary>
    /// Why a template from code is refused, in English, for an <see cref="ArgumentException"/>; <see langword="null"/>
    /// when it is fine. The caller's text is echoed only when it has the shape of a key or a placeholder, so no control
    /// character reaches a log.
    /// </summary>
    public static string? Refusal(string key, string template)
    {
        var (fault, placeholder, known) = Check(key, template);
        var shown = KeyShaped(key) ? key : "the key";
        return fault switch
        {
            Fault.UnknownKey => $"{(KeyShaped(key) ? $"'{key}'" : "The key")} is no key of Pace's messages and labels (MessageCatalog.Keys lists them).",
            Fault.TooLong => $"The template for {shown} is longer than {MaxTemplateLength} characters.",
            Fault.Control => $"The template for {shown} holds a control character; a template is one line of plain text.",
            Fault.UnknownPlaceholder => $"The template for {shown} names {{{placeholder}}}, which is not one of its placeholders ({List(known)}).",
            _ => null,
        };
    }

    /// <summary>Whether a name from outside is plain enough to show: 1 to 64 ASCII letters and digits.</summary>
    public static bool KeyShaped(string key) => key.Length is > 0 and <= 64 && key.All(char.IsAsciiLetterOrDigit);

    /// <summary>
    /// A character no template or name of a language may hold: a control character (a line break, a tab, an escape),
    /// a line or paragraph separator (a second line), or a bidi override (LRO, RLO), which makes the text read
    /// otherwise than it is stored — words from a pull request reach the PDF and the site as they are. Marks a
    /// right-to-left or Indic translation needs (RLM, ZWNJ, isolates) are allowed.
    /// </summary>
    internal static bool IsUnsafe(char c) => char.IsControl(c) || c is '\u2028' or '\u2029' or '\u202D' or '\u202E';
}
