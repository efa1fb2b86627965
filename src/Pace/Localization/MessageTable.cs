using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace Pace.Localization;

/// <summary>
/// Looks message templates up by key (a code, or a code plus a variant such as <c>PACE002Many</c>) and language.
/// The tables are read once from the constants of <see cref="EnglishMessages"/> and <see cref="DutchMessages"/>.
/// </summary>
internal static class MessageTable
{
    private static readonly FrozenDictionary<string, string> English = Read(typeof(EnglishMessages));
    private static readonly FrozenDictionary<string, string> Dutch = Read(typeof(DutchMessages));

    /// <summary>All keys of a language's table.</summary>
    public static IEnumerable<string> Keys(ChartLanguage language) => For(language).Keys;

    /// <summary>The template for a key, in a language.</summary>
    public static string Get(ChartLanguage language, string key) =>
        TryGet(language, key, out var template) ? template : throw new KeyNotFoundException($"No {language} message for {key}.");

    /// <summary>Tries the template for a key, in a language.</summary>
    public static bool TryGet(ChartLanguage language, string key, out string template) =>
        For(language).TryGetValue(key, out template!);

    private static FrozenDictionary<string, string> For(ChartLanguage language) =>
        language == ChartLanguage.Dutch ? Dutch : English;

    private static FrozenDictionary<string, string> Read([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] Type table) =>
        table.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .ToFrozenDictionary(f => f.Name, f => (string)f.GetRawConstantValue()!, StringComparer.Ordinal);
}
