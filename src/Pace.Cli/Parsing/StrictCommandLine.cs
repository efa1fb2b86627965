using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;

namespace Pace.Cli.Parsing;

/// <summary>
/// What System.CommandLine lets through or words for a programmer: a misspelt option is taken as a file name
/// (<c>pace validate --quite charts</c> validated "--quite" as a chart), a misspelt command gets no suggestion. Here each
/// becomes an error with a "did you mean". A name that starts with a dash is a file only after <c>--</c>.
/// </summary>
internal static partial class StrictCommandLine
{
    /// <summary>System.CommandLine's own message for a token nothing took; replaced by <see cref="Problems"/>.</summary>
    private const string Unrecognized = "Unrecognized command or argument";

    /// <summary>The parse's errors, in the user's words: unknown commands and options first, then the parser's own.</summary>
    public static List<string> Problems(ParseResult parse, IReadOnlyList<string> args)
    {
        var problems = new List<string>();
        var command = parse.CommandResult;
        var literalFrom = IndexOf(args, "--");
        if (command.Parent is null && parse.UnmatchedTokens.Count > 0)
        {
            // A misspelt command: what follows it was meant for that command, and no command ran.
            return [Unknown(command, parse.UnmatchedTokens[0])];
        }

        foreach (var argument in command.Children.OfType<ArgumentResult>())
        {
            foreach (var token in argument.Tokens)
            {
                if (LooksLikeOption(token.Value) && IndexOf(args, token.Value) < literalFrom)
                {
                    problems.Add(Unknown(command, token.Value));
                }
            }
        }

        foreach (var token in parse.UnmatchedTokens)
        {
            problems.Add(Unknown(command, token));
        }

        problems.AddRange(parse.Errors.Select(e => e.Message).Where(m => !m.StartsWith(Unrecognized, StringComparison.Ordinal)).Select(WithoutTypeName));
        return [.. problems.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// The parser's own conversion message names a .NET type ("as expected type 'System.Int32'"); every option here has
    /// its own parser, so this is a safety net for one added without.
    /// </summary>
    private static string WithoutTypeName(string message) => TypeName().Replace(message, string.Empty);

    private static string Unknown(CommandResult command, string token)
    {
        var name = Usage(command);
        if (LooksLikeOption(token))
        {
            var options = OptionNames(command).ToList();
            var typed = token.Split('=', 2)[0];
            return $"unknown option {typed} for '{name}'{Suggestions.DidYouMean(typed, options)}";
        }

        if (command.Parent is null && command.Command.Subcommands.Count > 0)
        {
            var commands = command.Command.Subcommands.Select(c => c.Name).ToList();
            return Suggestions.Nearest(token, commands) is { } nearest
                ? $"'{token}' is not a pace command; did you mean '{nearest}'?"
                : $"'{token}' is not a pace command; the commands are {string.Join(", ", commands)}";
        }

        return $"unexpected argument '{token}' for '{name}'";
    }

    /// <summary>The options a command takes: its own, and the recursive ones of the commands above it.</summary>
    private static IEnumerable<string> OptionNames(CommandResult command)
    {
        for (SymbolResult? at = command; at is CommandResult c; at = c.Parent)
        {
            foreach (var option in c.Command.Options.Where(o => c == command || o.Recursive))
            {
                yield return option.Name;
                foreach (var alias in option.Aliases)
                {
                    yield return alias;
                }
            }
        }
    }

    private static string Usage(CommandResult command) =>
        command.Parent is CommandResult parent ? Usage(parent) + " " + command.Command.Name : command.Command.Name;

    private static bool LooksLikeOption(string token) => token.Length > 1 && token[0] == '-';

    [GeneratedRegex(@" as expected type '[^']*'")]
    private static partial Regex TypeName();

    private static int IndexOf(IReadOnlyList<string> args, string value)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == value)
            {
                return i;
            }
        }

        return int.MaxValue;
    }
}
