using System.CommandLine;
using Pace.Cli.Output;
using Pace.Cli.Parsing;
using Pace.Validation;

namespace Pace.Cli.Commands;

/// <summary><c>pace explain CODE</c>: prints a rule's page — what it checks, why, how to fix it, an example; <c>--list</c> lists the codes.</summary>
internal static class ExplainCommand
{
    public static Command Create(Session session)
    {
        var code = new Argument<string?>("code") { Description = "A rule code, e.g. PACE002", Arity = ArgumentArity.ZeroOrOne };
        var list = new Option<bool>("--list") { Description = "List every code with its title" };
        var command = new Command("explain", "Explain a rule: what it checks, why, and how to fix it") { code, list };
        command.SetAction(parse => session.Guard(() =>
        {
            if (parse.GetValue(list))
            {
                foreach (var known in RuleDocs.Codes)
                {
                    session.Out.WriteLine($"{known}  {RulePage.For(known).Title}");
                }

                return ExitCodes.Clean;
            }

            var wanted = parse.GetValue(code)?.Trim().ToUpperInvariant()
                ?? throw new UserError("name a rule code (pace explain PACE002), or list them with pace explain --list");
            var page = RuleDocs.Get(wanted)
                ?? throw new UserError(Suggestions.Nearest(wanted, RuleDocs.Codes) is { } nearest
                    ? $"{wanted} is not a Pace rule code; did you mean {nearest}?"
                    : $"{wanted} is not a Pace rule code; pace explain --list lists them");
            session.Out.Write(page.EndsWith('\n') ? page : page + "\n");
            return ExitCodes.Clean;
        }));
        return command;
    }
}
