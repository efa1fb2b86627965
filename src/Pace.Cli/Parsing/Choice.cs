using System.CommandLine;
using System.CommandLine.Parsing;

namespace Pace.Cli.Parsing;

/// <summary>
/// Options whose value is one of a few lowercase names (<c>--format sarif</c>, <c>--fail-on warning</c>): help lists
/// the names as they are typed, and a wrong value gets an error that names them — never a .NET type — with a
/// "did you mean".
/// </summary>
internal static class Choice
{
    /// <summary>An option taking one of <paramref name="names"/>; absent, its value is <see langword="null"/> (the caller's default).</summary>
    public static Option<T?> One<T>(string name, string alias, string description, IReadOnlyList<(string Name, T Value)> names)
        where T : struct
    {
        var option = alias.Length == 0 ? new Option<T?>(name) : new Option<T?>(name, alias);
        option.Description = description;
        option.HelpName = string.Join('|', names.Select(n => n.Name));
        option.CustomParser = r => Parse(r, name, names);
        option.CompletionSources.Add(_ => names.Select(n => new System.CommandLine.Completions.CompletionItem(n.Name)));
        return option;
    }

    /// <summary>A repeatable option taking one of <paramref name="names"/> each time (<c>--format sarif --format text</c>).</summary>
    public static Option<T[]> Many<T>(string name, string alias, string description, IReadOnlyList<(string Name, T Value)> names)
        where T : struct
    {
        var option = alias.Length == 0 ? new Option<T[]>(name) : new Option<T[]>(name, alias);
        option.Description = description;
        option.HelpName = string.Join('|', names.Select(n => n.Name));
        option.AllowMultipleArgumentsPerToken = false;
        option.CustomParser = r => [.. r.Tokens.Select(t => Find(r, name, t.Value, names) ?? default)];
        option.CompletionSources.Add(_ => names.Select(n => new System.CommandLine.Completions.CompletionItem(n.Name)));
        return option;
    }

    private static T? Parse<T>(ArgumentResult result, string name, IReadOnlyList<(string Name, T Value)> names)
        where T : struct => result.Tokens.Count == 0 ? null : Find(result, name, result.Tokens[^1].Value, names);

    private static T? Find<T>(ArgumentResult result, string name, string typed, IReadOnlyList<(string Name, T Value)> names)
        where T : struct
    {
        foreach (var (text, value) in names)
        {
            if (string.Equals(text, typed, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        result.AddError($"{name} {typed}: use one of {string.Join(", ", names.Select(n => n.Name))}{Suggestions.DidYouMean(typed, names.Select(n => n.Name))}");
        return null;
    }
}
