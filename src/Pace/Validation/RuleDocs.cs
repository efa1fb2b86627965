using System.Reflection;

namespace Pace.Validation;

/// <summary>
/// The doc page of each built-in rule and load error (<c>docs/rules/PACE016.md</c>), embedded in this library:
/// what the rule checks, why, how to fix it, and an example. <c>pace explain CODE</c> prints these. Every code also
/// has a Dutch page (<c>docs/rules/nl/PACE016.md</c>), which <c>pace explain CODE --lang nl</c> prints.
/// </summary>
public static class RuleDocs
{
    private const string Prefix = "Pace.Rules.";
    private const string DutchPrefix = "Pace.Rules.nl.";
    private const string Suffix = ".md";

    /// <summary>The codes that have a page, in order.</summary>
    public static IReadOnlyList<string> Codes { get; } = Find(Prefix);

    private static readonly IReadOnlyList<string> DutchCodes = Find(DutchPrefix);

    /// <summary>The codes that have a page in a language, in order: every code, in English and in Dutch.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The codes, e.g. <c>PACE001</c>.</returns>
    public static IReadOnlyList<string> CodesIn(ChartLanguage language) => language == ChartLanguage.Dutch ? DutchCodes : Codes;

    /// <summary>The Markdown page of a code.</summary>
    /// <param name="code">The code, e.g. <c>PACE016</c> (any case).</param>
    /// <returns>The page's Markdown, or <see langword="null"/> when the code has no page.</returns>
    public static string? Get(string code) => Read(Prefix, code);

    /// <summary>The Markdown page of a code in a language, without falling back to another language.</summary>
    /// <param name="code">The code, e.g. <c>PACE016</c> (any case).</param>
    /// <param name="language">The language.</param>
    /// <returns>The page's Markdown, or <see langword="null"/> when the code has no page in that language.</returns>
    public static string? Get(string code, ChartLanguage language) => Read(language == ChartLanguage.Dutch ? DutchPrefix : Prefix, code);

    private static string? Read(string prefix, string code)
    {
        var wanted = code.Trim().ToUpperInvariant();
        if (wanted.Contains('.', StringComparison.Ordinal))
        {
            return null; // "nl.PACE001" is no code
        }

        using var stream = typeof(RuleDocs).Assembly.GetManifestResourceStream(prefix + wanted + Suffix);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    // A code has no dot: the Dutch pages' names ("Pace.Rules.nl.PACE001.md") are not English codes.
    private static string[] Find(string prefix) =>
        [.. typeof(RuleDocs).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(Suffix, StringComparison.Ordinal))
            .Select(n => n[prefix.Length..^Suffix.Length])
            .Where(c => !c.Contains('.', StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];
}
