using System.CommandLine;
using Pace.Cli.Input;
using Pace.Cli.Output;
using Pace.Validation;

namespace Pace.Cli.Commands;

/// <summary><c>pace validate FILES...</c>: checks charts against the accountability rules.</summary>
internal static class ValidateCommand
{
    public static Command Create(Console console)
    {
        var files = new Argument<string[]>("files") { Description = "Chart files, folders or globs (e.g. 'charts/**/*.pace.yaml')", Arity = ArgumentArity.ZeroOrMore };
        var format = new Option<ReportFormat>("--format", "-f")
        {
            Description = "How to print findings: text, json, sarif, github (workflow annotations) or msbuild",
            DefaultValueFactory = _ => ReportFormat.Text,
        };
        var failOn = new Option<Severity>("--fail-on")
        {
            Description = "Exit with 1 when a finding is at or above this severity: error, warning or info",
            DefaultValueFactory = _ => Severity.Error,
        };
        var maxWarnings = new Option<int?>("--max-warnings") { Description = "Exit with 1 when there are more than this many warnings" };
        var lang = CommonOptions.Lang();
        var rule = CommonOptions.Rule();
        var command = new Command("validate", "Check charts against the accountability rules") { files, format, failOn, maxWarnings, lang, rule };
        var input = new InputOptions();
        input.AddTo(command);
        command.SetAction(parse => console.Guard(() =>
        {
            var language = CommonOptions.ParseLanguage(parse.GetValue(lang));
            var checker = input.Checker(parse, language, parse.GetValue(rule), console.Limits);
            var charts = input.Inputs(parse, parse.GetValue(files), console.Warn);
            var inputs = new List<CheckResult>();
            var failed = false;
            foreach (var chart in charts)
            {
                try
                {
                    inputs.Add(ChartFiles.Check(checker, chart, console.StandardInput));
                }
                catch (UserError e)
                {
                    console.Fail(e);
                    failed = true;
                }
            }

            if (failed && inputs.Count == 0)
            {
                return ExitCodes.Failure; // nothing was checked: the error lines say why, and no "0 charts checked" follows
            }

            ReportFormats.For(parse.GetValue(format), console.Color).Write(console.Out, inputs);
            if (failed)
            {
                return ExitCodes.Failure;
            }

            var threshold = parse.GetValue(failOn);
            var warnings = inputs.Sum(i => i.Diagnostics.WarningCount);
            var tooMany = parse.GetValue(maxWarnings) is { } max && warnings > max;
            if (tooMany)
            {
                console.Error.WriteLine($"pace: {warnings} warnings, more than --max-warnings {parse.GetValue(maxWarnings)}");
            }

            return tooMany || inputs.Any(i => i.Diagnostics.Any(threshold)) ? ExitCodes.Findings : ExitCodes.Clean;
        }));
        return command;
    }
}
