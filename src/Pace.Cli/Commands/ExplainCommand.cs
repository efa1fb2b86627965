using System.CommandLine;
using Pace.Validation;

namespace Pace.Cli.Commands;

/// <summary><c>pace explain CODE</c>: prints a rule's page — what it checks, why, how to fix it, an example.</summary>
internal static class ExplainCommand
{
    public static Command Create(Console console)
    {
        var code = new Argument<string>("code") { Description = "A rule code, e.g. PACE002" };
        var command = new Command("explain", "Explain a rule: what it checks, why, and how to fix it") { code };
        command.SetAction(parse => console.Guard(() =>
        {
            var wanted = parse.GetValue(code)!.Trim().ToUpperInvariant();
            var page = RuleDocs.Get(wanted)
                ?? throw new UserError($"{wanted} is not a Pace rule; known codes: {string.Join(", ", RuleDocs.Codes)}");
            console.Out.Write(page.EndsWith('\n') ? page : page + "\n");
            return ExitCodes.Clean;
        }));
        return command;
    }
}
