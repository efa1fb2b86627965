using System.Text;
using System.Text.RegularExpressions;

namespace Pace.Cli.Input;

/// <summary>
/// One line of a <c>.gitignore</c> or <c>.paceignore</c>, as git reads it (gitignore(5)): <c>!</c> negates; a
/// trailing <c>/</c> matches folders only; a <c>/</c> at the start or in the middle anchors the pattern to the
/// ignore file's folder, else it matches a name at any depth; <c>*</c> and <c>?</c> never match <c>/</c>;
/// <c>[a-z]</c>, <c>[!…]</c> and POSIX classes such as <c>[[:digit:]]</c> match one character; a leading
/// <c>**/</c>, a trailing <c>/**</c> and a <c>/**/</c> match any number of folders (any other <c>**</c> is a
/// <c>*</c>); a backslash makes the next character literal; trailing spaces count only when escaped.
/// </summary>
internal sealed class IgnorePattern
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    private readonly Regex _regex;

    private IgnorePattern(Regex regex, bool negated, bool foldersOnly, bool anchored)
    {
        _regex = regex;
        Negated = negated;
        FoldersOnly = foldersOnly;
        Anchored = anchored;
    }

    /// <summary>Whether the line starts with <c>!</c>: a match re-includes what an earlier line excluded.</summary>
    public bool Negated { get; }

    /// <summary>Whether the line ends in <c>/</c>: it matches folders only.</summary>
    public bool FoldersOnly { get; }

    /// <summary>Whether the pattern is matched against the whole path below the ignore file's folder, not the name alone.</summary>
    public bool Anchored { get; }

    /// <summary>Reads one line; <see langword="null"/> for a blank line, a comment, or a line that matches nothing.</summary>
    public static IgnorePattern? Parse(string line, bool ignoreCase)
    {
        line = TrimTrailingSpaces(line.TrimEnd('\r'));
        if (line.Length == 0 || line[0] == '#')
        {
            return null;
        }

        var negated = line[0] == '!';
        if (negated)
        {
            line = line[1..];
        }

        var foldersOnly = line.EndsWith('/') && !line.EndsWith("\\/", StringComparison.Ordinal);
        if (foldersOnly)
        {
            line = line.TrimEnd('/');
        }

        // A slash left at the start or in the middle anchors the pattern (git's "no slash: match at any level").
        var anchored = line.Contains('/', StringComparison.Ordinal);
        if (line.StartsWith('/'))
        {
            line = line[1..];
        }

        if (line.Length == 0)
        {
            return null;
        }

        var options = RegexOptions.CultureInvariant | RegexOptions.Singleline | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);
        return new IgnorePattern(new Regex("^" + Translate(line) + "$", options, Timeout), negated, foldersOnly, anchored);
    }

    /// <summary>Whether the pattern matches a path (relative to the ignore file's folder, with <c>/</c> between names).</summary>
    public bool Matches(string relativePath, bool isFolder)
    {
        if (FoldersOnly && !isFolder)
        {
            return false;
        }

        var subject = Anchored ? relativePath : relativePath[(relativePath.LastIndexOf('/') + 1)..];
        return _regex.IsMatch(subject);
    }

    private static string TrimTrailingSpaces(string line)
    {
        var end = line.Length;
        while (end > 0 && line[end - 1] == ' ' && !(end > 1 && line[end - 2] == '\\'))
        {
            end--;
        }

        return line[..end];
    }

    /// <summary>The regular expression of a wildmatch pattern with WM_PATHNAME, as git uses for ignore files.</summary>
    private static string Translate(string pattern)
    {
        var regex = new StringBuilder();
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            switch (c)
            {
                case '*' when i + 1 < pattern.Length && pattern[i + 1] == '*' && (i == 0 || pattern[i - 1] == '/'):
                    var end = i + 2;
                    while (end < pattern.Length && pattern[end] == '*')
                    {
                        end++;
                    }

                    if (end == pattern.Length)
                    {
                        regex.Append(".*"); // "dir/**": everything inside (and "**" alone: everything)
                        i = end - 1;
                    }
                    else if (pattern[end] == '/')
                    {
                        regex.Append("(?:.*/)?"); // "**/x" and "a/**/b": zero or more folders
                        i = end;
                    }
                    else
                    {
                        regex.Append("[^/]*"); // "**x": an ordinary star
                        i = end - 1;
                    }

                    break;
                case '*':
                    while (i + 1 < pattern.Length && pattern[i + 1] == '*')
                    {
                        i++;
                    }

                    regex.Append("[^/]*");
                    break;
                case '?':
                    regex.Append("[^/]");
                    break;
                case '[':
                    i = CharacterClass(pattern, i, regex);
                    break;
                case '\\' when i + 1 < pattern.Length:
                    regex.Append(Regex.Escape(pattern[++i].ToString()));
                    break;
                default:
                    regex.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }

        return regex.ToString();
    }

    /// <summary>Translates <c>[…]</c> at <paramref name="start"/>; returns the index of its <c>]</c>. An unclosed <c>[</c> is literal.</summary>
    private static int CharacterClass(string pattern, int start, StringBuilder regex)
    {
        var i = start + 1;
        var negated = i < pattern.Length && pattern[i] is '!' or '^';
        if (negated)
        {
            i++;
        }

        var body = new StringBuilder();
        var first = true;
        for (; i < pattern.Length; i++, first = false)
        {
            var c = pattern[i];
            if (c == ']' && !first)
            {
                regex.Append(negated ? "[^/" : "[").Append(body).Append(']');
                return i;
            }

            if (c == '[' && i + 1 < pattern.Length && pattern[i + 1] == ':' && pattern.IndexOf(":]", i + 2, StringComparison.Ordinal) is var close and > 0)
            {
                body.Append(PosixClass(pattern[(i + 2)..close]));
                i = close + 1;
                continue;
            }

            if (c == '\\' && i + 1 < pattern.Length)
            {
                c = pattern[++i];
            }

            body.Append(c == '-' && !first && i + 1 < pattern.Length && pattern[i + 1] != ']' ? "-" : Regex.Escape(c.ToString()).Replace("]", "\\]", StringComparison.Ordinal).Replace("-", "\\-", StringComparison.Ordinal));
        }

        regex.Append(Regex.Escape("[")); // no closing bracket: the '[' is an ordinary character
        return start;
    }

    private static string PosixClass(string name) => name switch
    {
        "alnum" => "a-zA-Z0-9",
        "alpha" => "a-zA-Z",
        "blank" => " \\t",
        "cntrl" => "\\x00-\\x1F\\x7F",
        "digit" => "0-9",
        "graph" => "\\x21-\\x7E",
        "lower" => "a-z",
        "print" => "\\x20-\\x7E",
        "punct" => "!-/:-@\\[-`{-~",
        "space" => "\\s",
        "upper" => "A-Z",
        "xdigit" => "0-9A-Fa-f",
        _ => string.Empty,
    };
}
