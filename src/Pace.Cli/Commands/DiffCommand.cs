using System.CommandLine;
using Pace.Cli.Input;
using Pace.Cli.Output;
using Pace.Cli.Parsing;
using Pace.Comparison;

namespace Pace.Cli.Commands;

/// <summary><c>pace diff OLD NEW</c>: what changed in accountability between two versions of a chart.</summary>
internal static class DiffCommand
{
    public static Command Create(Session session)
    {
        var before = new Argument<string>("old") { Description = "The chart as it was (e.g. <(git show main:chart.pace.yaml))" };
        var after = new Argument<string>("new") { Description = "The chart as it is" };
        var format = Choice.One("--format", "-f", "text, markdown (for a pull-request comment) or json (default text)", ChangeFormat.Names);
        var output = new Option<string?>("--output", "-o") { Description = "Write to FILE (atomically) instead of standard output", HelpName = "FILE" };
        var exitCode = new Option<bool>("--exit-code") { Description = "Exit with 1 when anything changed, like git diff --exit-code" };
        var command = new Command("diff", "Show what changed in accountability: processes, owners, KPIs, targets, cadences") { before, after, format, output, exitCode };
        command.SetAction(parse => session.Guard(() =>
        {
            var checker = new ChartChecker(new CheckOptions { Limits = session.Limits });
            var oldPath = parse.GetValue(before)!;
            var newPath = parse.GetValue(after)!;
            var old = ChartFiles.Check(checker, oldPath);
            var current = ChartFiles.Check(checker, newPath);
            if (old.Chart is null || current.Chart is null)
            {
                var text = new TextFormat(session.Color);
                text.WriteFindings(session.Error, old);
                text.WriteFindings(session.Error, current);
                session.Error.WriteLine("pace: cannot compare charts that do not load");
                return ExitCodes.Findings;
            }

            var changes = ChartComparer.Compare(old.Chart, current.Chart);
            ReportTargets.Write(session, parse.GetValue(output), [oldPath, newPath], w =>
                ChangeFormat.Write(w, parse.GetValue(format) ?? DiffFormat.Text, changes, oldPath, newPath));
            return parse.GetValue(exitCode) && changes.Count > 0 ? ExitCodes.Findings : ExitCodes.Clean;
        }));
        return command;
    }
}
