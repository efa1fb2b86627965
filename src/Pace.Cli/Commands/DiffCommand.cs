using System.CommandLine;
using Pace.Cli.Input;
using Pace.Cli.Output;
using Pace.Comparison;
using Pace.Validation;

namespace Pace.Cli.Commands;

/// <summary><c>pace diff OLD NEW</c>: what changed in accountability between two versions of a chart.</summary>
internal static class DiffCommand
{
    public enum DiffFormat
    {
        Text,
        Markdown,
    }

    public static Command Create(Console console)
    {
        var before = new Argument<string>("old") { Description = "The chart as it was (e.g. <(git show main:chart.pace.yaml))" };
        var after = new Argument<string>("new") { Description = "The chart as it is" };
        var format = new Option<DiffFormat>("--format", "-f") { Description = "text or markdown (for a pull-request comment)", DefaultValueFactory = _ => DiffFormat.Text };
        var exitCode = new Option<bool>("--exit-code") { Description = "Exit with 1 when anything changed, like git diff --exit-code" };
        var command = new Command("diff", "Show what changed in accountability: processes, owners, KPIs, targets, cadences") { before, after, format, exitCode };
        command.SetAction(parse => console.Guard(() =>
        {
            var checker = new ChartChecker(new CheckOptions { Limits = console.Limits });
            var old = ChartFiles.Check(checker, parse.GetValue(before)!);
            var current = ChartFiles.Check(checker, parse.GetValue(after)!);
            if (old.Chart is null || current.Chart is null)
            {
                var text = new TextFormat(console.Color);
                text.WriteFindings(console.Error, old);
                text.WriteFindings(console.Error, current);
                console.Error.WriteLine("pace: cannot compare charts that do not load");
                return ExitCodes.Findings;
            }

            var changes = ChartComparer.Compare(old.Chart, current.Chart);
            if (parse.GetValue(format) == DiffFormat.Markdown)
            {
                ChangeFormat.WriteMarkdown(console.Out, changes, old.DisplayPath(), current.DisplayPath());
            }
            else
            {
                ChangeFormat.WriteText(console.Out, changes);
            }

            return parse.GetValue(exitCode) && changes.Count > 0 ? ExitCodes.Findings : ExitCodes.Clean;
        }));
        return command;
    }
}
