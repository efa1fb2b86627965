using System.CommandLine;
using Pace.Cli.Input;
using Pace.Cli.Output;

namespace Pace.Cli.Commands;

/// <summary><c>pace export FILE --format markdown|csv|json [--table kpis|functions|steps]</c>: the chart as tables for wikis and spreadsheets.</summary>
internal static class ExportCommand
{
    public static Command Create(Console console)
    {
        var file = new Argument<string>("file") { Description = "The chart file" };
        var format = new Option<ExportFormat>("--format", "-f") { Description = "markdown, csv or json", DefaultValueFactory = _ => ExportFormat.Markdown };
        var table = new Option<ExportTable?>("--table", "-t") { Description = "kpis, functions or steps (default: every table the chart has; kpis for csv)" };
        var command = new Command("export", "Print the chart as a table: Markdown, CSV or JSON") { file, format, table };
        command.SetAction(parse => console.Guard(() =>
        {
            var input = ChartFiles.Check(new ChartChecker(new CheckOptions { Limits = console.Limits }), parse.GetValue(file)!);
            if (input.Chart is null)
            {
                new TextFormat(console.Color).WriteFindings(console.Error, input);
                console.Error.WriteLine($"pace: {Shown.Path(input.DisplayPath())} could not be read as a chart; nothing exported");
                return ExitCodes.Findings;
            }

            ChartExport.Write(console.Out, input.Chart, parse.GetValue(format), parse.GetValue(table));
            return ExitCodes.Clean;
        }));
        return command;
    }
}
