using System.CommandLine;
using System.CommandLine.Parsing;

namespace Pace.Cli.Output;

/// <summary>
/// Where each report of a run goes: <c>--format F --output FILE</c> pairs. An <c>--output</c> belongs to the
/// <c>--format</c> just before it (or, written first, to the one just after it); a format without an output goes to
/// standard output (one at most); an output with no format at all gets the default format.
/// <c>pace validate charts -f sarif -o pace.sarif -f text</c> writes SARIF to a file and text to the terminal.
/// </summary>
internal static class ReportTargets
{
    /// <summary>The (format, file or null for standard output) pairs, in the order given.</summary>
    /// <exception cref="UserError">Two outputs for one format, two formats for standard output, or one file named twice.</exception>
    public static List<(T Format, string? Path)> Pair<T>(ParseResult parse, Option<T[]> format, Option<string[]> output, T fallback)
        where T : struct
    {
        var formats = new Queue<T>(parse.GetValue(format) ?? []);
        var pairs = new List<(T Format, string? Path)>();
        string? waiting = null;
        var tokens = parse.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Type != TokenType.Option || i + 1 >= tokens.Count)
            {
                continue;
            }

            if (Names(format, tokens[i].Value) && formats.Count > 0)
            {
                pairs.Add((formats.Dequeue(), waiting));
                waiting = null;
            }
            else if (Names(output, tokens[i].Value))
            {
                var path = tokens[i + 1].Value;
                if (pairs.Count > 0 && pairs[^1].Path is null && waiting is null)
                {
                    pairs[^1] = (pairs[^1].Format, path);
                }
                else if (waiting is null)
                {
                    waiting = path;
                }
                else
                {
                    throw new UserError($"--output {waiting} and --output {path} have one --format between them; give each output its format");
                }
            }
        }

        if (waiting is not null)
        {
            pairs.Add((pairs.Count == 0 ? fallback : throw new UserError($"--output {waiting} has no --format of its own; give each output its format"), waiting));
        }

        if (pairs.Count == 0)
        {
            pairs.Add((fallback, null));
        }

        if (pairs.Count(p => p.Path is null) > 1)
        {
            throw new UserError("only one format can go to standard output; give the others an --output FILE");
        }

        var twice = pairs.Where(p => p.Path is not null).GroupBy(p => Path.GetFullPath(p.Path!), StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw new UserError($"{twice.First().Path} is named by two --output options");
        }

        return pairs;
    }

    private static bool Names(Option option, string token) => option.Name == token || option.Aliases.Contains(token);

    /// <summary>Writes one report: to its file atomically, or to standard output.</summary>
    public static void Write(Session session, string? path, IEnumerable<string> inputs, Action<TextWriter> write)
    {
        if (path is null)
        {
            write(session.Out);
        }
        else
        {
            ReportFile.Write(path, inputs, write);
        }
    }
}
