using System.CommandLine;
using Pace.Cli.Input;
using Pace.Cli.Output;
using Pace.Cli.Parsing;

namespace Pace.Cli.Commands;

/// <summary><c>pace export FILES... --format markdown|csv|json [--table kpis|functions|steps]</c>: charts as tables for wikis and spreadsheets.</summary>
internal static class ExportCommand
{
    public static Command Create(Session session)
    {
        var files = new Argument<string[]>("files") { Description = "Chart files, folders or globs", Arity = ArgumentArity.OneOrMore };
        var format = Choice.One("--format", "-f", "markdown, csv or json (default markdown)", ChartExport.Names);
        var output = new Option<string?>("--output", "-o") { Description = "Write to FILE (atomically) instead of standard output", HelpName = "FILE" };
        var table = Choice.One("--table", "-t", "kpis, functions or steps (default: every table the chart has; kpis for csv)", ChartExport.TableNames);
        var command = new Command("export", "Print charts as tables: Markdown, CSV or JSON") { files, format, table, output };
        command.SetAction(parse => session.Guard(() =>
        {
            var checker = new ChartChecker(new CheckOptions { Limits = session.Limits });
            var paths = InputExpander.Expand(parse.GetValue(files)!, new WalkOptions(Gitignore: true, IgnorePaths: []), session.Warn);
            var charts = new List<(string Path, Chart Chart)>();
            var unreadable = 0;
            foreach (var path in paths)
            {
                var input = ChartFiles.Check(checker, path);
                if (input.Chart is null)
                {
                    new TextFormat(session.Color).WriteFindings(session.Error, input);
                    session.Error.WriteLine($"pace: {Output.Escaping.LineText.Path(input.Path ?? path)} could not be read as a chart; nothing exported");
                    unreadable++;
                }
                else
                {
                    charts.Add((path, input.Chart));
                }
            }

            if (unreadable > 0)
            {
                return ExitCodes.Findings;
            }

            ReportTargets.Write(session, parse.GetValue(output), paths, w => ChartExport.Write(w, charts, parse.GetValue(format) ?? ExportFormat.Markdown, parse.GetValue(table)));
            return ExitCodes.Clean;
        }));
        return command;
    }
}
