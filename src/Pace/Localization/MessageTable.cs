using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace Pace.Localization;

/// <summary>
/// Looks message templates up by key (a code, or a code plus a variant such as <c>PACE002Many</c>) and language.
/// The tables are read once from the constants of <see cref="EnglishMessages"/> and <see cref="DutchMessages"/>; an
/// app's replacements (<see cref="MessageCatalog.Override"/>) win over them.
/// </summary>
internal static class MessageTable
{
    private static readonly FrozenDictionary<string, string> English = Read(typeof(EnglishMessages));
    private static readonly FrozenDictionary<string, string> Dutch = Read(typeof(DutchMessages));
    private static readonly Lock Writing = new();
    private static ImmutableDictionary<(ChartLanguage Language, string Key), string> _overrides = ImmutableDictionary<(ChartLanguage, string), string>.Empty;
    private static int _generation;

    /// <summary>Counts the changes to the replacements, so a view built from the table knows when to build again.</summary>
    public static int Generation => Volatile.Read(ref _generation);

    /// <summary>All keys of a language's table.</summary>
    public static IEnumerable<string> Keys(ChartLanguage language) => For(language).Keys;

    /// <summary>The template for a key, in a language.</summary>
    public static string Get(ChartLanguage language, string key) =>
        TryGet(language, key, out var template) ? template : throw new KeyNotFoundException($"No {language} message for {key}.");

    /// <summary>Tries the template for a key, in a language: an app's replacement, else the built-in one.</summary>
    public static bool TryGet(ChartLanguage language, string key, out string template)
    {
        var overrides = Volatile.Read(ref _overrides);
        if (overrides.Count > 0 && overrides.TryGetValue((language, key), out template!))
        {
            return true;
        }

        return For(language).TryGetValue(key, out template!);
    }

    /// <summary>The built-in template for a key, in a language, whatever replaces it.</summary>
    public static bool TryGetBuiltIn(ChartLanguage language, string key, out string template) => For(language).TryGetValue(key, out template!);

    /// <summary>Replaces (or, with <see langword="null"/>, restores) the template of a key in a language.</summary>
    public static void Replace(ChartLanguage language, string key, string? template)
    {
        lock (Writing)
        {
            _overrides = template is null ? _overrides.Remove((language, key)) : _overrides.SetItem((language, key), template);
            Interlocked.Increment(ref _generation);
        }
    }

    /// <summary>Removes every replacement.</summary>
    public static void RestoreAll()
    {
        lock (Writing)
        {
            _overrides = _overrides.Clear();
            Interlocked.Increment(ref _generation);
        }
    }

    private static FrozenDictionary<string, string> For(ChartLanguage language) =>
        language == ChartLanguage.Dutch ? Dutch : English;

    private static FrozenDictionary<string, string> Read([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] Type table) =>
        table.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .ToFrozenDictionary(f => f.Name, f => (string)f.GetRawConstantValue()!, StringComparer.Ordinal);
}
