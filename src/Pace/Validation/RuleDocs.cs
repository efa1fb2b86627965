using System.Reflection;

namespace Pace.Validation;

/// <summary>
/// The doc page of each built-in rule and load error (<c>docs/rules/PACE016.md</c>), embedded in this library:
/// what the rule checks, why, how to fix it, and an example. <c>pace explain CODE</c> prints these.
/// </summary>
public static class RuleDocs
{
    private const string Prefix = "Pace.Rules.";
    private const string Suffix = ".md";

    /// <summary>The codes that have a page, in order.</summary>
    public static IReadOnlyList<string> Codes { get; } =
        [.. typeof(RuleDocs).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(Suffix, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..^Suffix.Length])
            .Order(StringComparer.Ordinal)];

    /// <summary>The Markdown page of a code.</summary>
    /// <param name="code">The code, e.g. <c>PACE016</c> (any case).</param>
    /// <returns>The page's Markdown, or <see langword="null"/> when the code has no page.</returns>
    public static string? Get(string code)
    {
        var name = Prefix + code.Trim().ToUpperInvariant() + Suffix;
        using var stream = typeof(RuleDocs).Assembly.GetManifestResourceStream(name);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
