using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace Pace.Localization;

/// <summary>
/// Looks message templates up by key (a code, or a code plus a variant such as <c>PACE002Many</c>) and language.
/// The tables are read once from the constants of <see cref="EnglishMessages"/> and <see cref="DutchMessages"/>. Over
/// them lie the languages an app or a translation file added (<see cref="Languages.Add"/>), and over those an app's
/// replacements (<see cref="MessageCatalog.Override"/>). A key an added language leaves out comes from its base
/// language; a language nobody added speaks English, so a lookup never fails for a language.
/// </summary>
internal static class MessageTable
{
    private static readonly FrozenDictionary<string, string> English = Read(typeof(EnglishMessages));
    private static readonly FrozenDictionary<string, string> Dutch = Read(typeof(DutchMessages));
    private static readonly Lock Writing = new();
    private static ImmutableDictionary<(ChartLanguage Language, string Key), string> _overrides = ImmutableDictionary<(ChartLanguage, string), string>.Empty;
    private static ImmutableDictionary<ChartLanguage, LanguageDefinition> _added = ImmutableDictionary<ChartLanguage, LanguageDefinition>.Empty;
    private static int _generation;

    /// <summary>The languages added, by code (an app's, a translation file's; corrections to en or nl among them).</summary>
    public static ImmutableDictionary<ChartLanguage, LanguageDefinition> Added => Volatile.Read(ref _added);

    /// <summary>Counts the changes to the replacements and the added languages, so a view built from the table knows when to build again.</summary>
    public static int Generation => Volatile.Read(ref _generation);

    /// <summary>All keys of a built-in language's table (English's for a language Pace does not bring).</summary>
    public static IEnumerable<string> Keys(ChartLanguage language) => (BuiltIn(language) ?? English).Keys;

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

        // Most processes add no language: then no lookup on the way to the built-in table.
        var added = Volatile.Read(ref _added);
        if (!added.IsEmpty && added.TryGetValue(language, out var definition))
        {
            if (definition.Messages.TryGetValue(key, out template!))
            {
                return true;
            }

            // A key the added language leaves out: its base's (a built-in language, so this ends there).
            if (BuiltIn(language) is null)
            {
                return TryGet(definition.Base, key, out template);
            }
        }

        return (BuiltIn(language) ?? English).TryGetValue(key, out template!);
    }

    /// <summary>The built-in template for a key, in a language, whatever replaces it; English for a language Pace does not bring.</summary>
    public static bool TryGetBuiltIn(ChartLanguage language, string key, out string template) => (BuiltIn(language) ?? English).TryGetValue(key, out template!);

    /// <summary>Adds a language, or replaces the one added under its code; the definition is checked already.</summary>
    public static void Add(LanguageDefinition definition)
    {
        lock (Writing)
        {
            _added = _added.SetItem(definition.Language, definition);
            Interlocked.Increment(ref _generation);
        }
    }

    /// <summary>
    /// Adds a language unless one is added under its code already; gives the one in force (the caller compares).
    /// A first-come rule, so whoever registers in a fixed order gets a fixed result.
    /// </summary>
    public static LanguageDefinition AddIfAbsent(LanguageDefinition definition)
    {
        lock (Writing)
        {
            if (_added.TryGetValue(definition.Language, out var present))
            {
                return present;
            }

            _added = _added.SetItem(definition.Language, definition);
            Interlocked.Increment(ref _generation);
            return definition;
        }
    }

    /// <summary>Removes an added language (or the corrections to a built-in one); whether there was one.</summary>
    public static bool Remove(ChartLanguage language)
    {
        lock (Writing)
        {
            var before = _added;
            _added = _added.Remove(language);
            Interlocked.Increment(ref _generation);
            return before.Count != _added.Count;
        }
    }

    /// <summary>Removes every added language.</summary>
    public static void RemoveAll()
    {
        lock (Writing)
        {
            _added = _added.Clear();
            Interlocked.Increment(ref _generation);
        }
    }

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

    private static FrozenDictionary<string, string>? BuiltIn(ChartLanguage language) =>
        language == ChartLanguage.English ? English : language == ChartLanguage.Dutch ? Dutch : null;

    private static FrozenDictionary<string, string> Read([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] Type table) =>
        table.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .ToFrozenDictionary(f => f.Name, f => (string)f.GetRawConstantValue()!, StringComparer.Ordinal);
}
