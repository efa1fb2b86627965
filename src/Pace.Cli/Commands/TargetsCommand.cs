using System.CommandLine;
using Pace.Cli.Input;
using Pace.Cli.Output;
using Pace.Cli.Output.Escaping;

namespace Pace.Cli.Commands;

/// <summary>
/// <c>pace targets CHART [--by week|month|quarter] [--format text|csv|json] [--year YYYY] [--lang en|nl]</c>: every
/// KPI's target broken down over a year — year → quarters → months → weeks, a week across two months split by its
/// days, to the cent; the text in the chart's language.
/// </summary>
internal static class TargetsCommand
{
    public static Command Create(Session session)
    {
        var file = new Argument<string>("file") { Description = "The chart file" };
        var by = new Option<TargetLevel>("--by") { Description = "week, month or quarter: how far down to break the targets", DefaultValueFactory = _ => TargetLevel.Week };
        var format = new Option<TargetFormat>("--format", "-f") { Description = "text, csv or json", DefaultValueFactory = _ => TargetFormat.Text };
        var year = new Option<int?>("--year") { Description = "The calendar year; default the year of the chart's date, else of its latest actual" };
        var lang = CommonOptions.Lang();
        lang.Description = "Language of the text: en or nl (default: the chart's language); CSV and JSON are the same in both";
        var command = new Command("targets", "Break every KPI's target down: year, quarters, months and weeks, to the cent") { file, by, format, year, lang };
        command.SetAction(parse => session.Guard(() =>
        {
            var input = ChartFiles.Check(new ChartChecker(new CheckOptions { Limits = session.Limits }), parse.GetValue(file)!);
            if (input.Chart is null)
            {
                new TextFormat(session.Color).WriteFindings(session.Error, input);
                session.Error.WriteLine($"pace: {LineText.Path(input.Path ?? ChartReport.StandardInput)} could not be read as a chart; no targets");
                return ExitCodes.Findings;
            }

            var chosen = parse.GetValue(year) ?? TargetTable.YearOf(input.Chart)
                ?? throw new UserError($"{LineText.Path(input.Path ?? ChartReport.StandardInput)} has no date and no actuals to take the year from; give --year");
            if (chosen is < 2 or > 9998)
            {
                throw new UserError($"--year {chosen} is outside the calendar Pace breaks targets down in (2 to 9998)");
            }

            var table = TargetTable.Of(input.Chart, chosen, parse.GetValue(by), parse.GetValue(lang));
            switch (parse.GetValue(format))
            {
                case TargetFormat.Csv:
                    TargetTable.WriteCsv(session.Out, table);
                    break;
                case TargetFormat.Json:
                    TargetTable.WriteJson(session.Out, table);
                    break;
                default:
                    TargetTable.WriteText(session.Out, table);
                    break;
            }

            return ExitCodes.Clean;
        }));
        return command;
    }
}
