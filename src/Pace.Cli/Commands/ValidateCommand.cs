using System.CommandLine;
using Pace.Cli.Output;
using Pace.Validation;

namespace Pace.Cli.Commands;

/// <summary><c>pace validate FILE...</c>: checks charts against the accountability rules.</summary>
internal static class ValidateCommand
{
    public static Command Create(Console console)
    {
        var files = new Argument<string[]>("files") { Description = "Chart files (.pace.yaml)", Arity = ArgumentArity.OneOrMore };
        var failOn = new Option<Severity>("--fail-on")
        {
            Description = "Exit with 1 when a finding is at or above this severity: error, warning or info",
            DefaultValueFactory = _ => Severity.Error,
        };
        var lang = CommonOptions.Lang();
        var rule = CommonOptions.Rule();
        var command = new Command("validate", "Check charts against the accountability rules") { files, failOn, lang, rule };
        command.SetAction(parse => console.Guard(() =>
        {
            var language = CommonOptions.ParseLanguage(parse.GetValue(lang));
            var validation = CommonOptions.Validation(language, parse.GetValue(rule));
            var threshold = parse.GetValue(failOn);
            var inputs = new List<ChartInput>();
            var failed = false;
            foreach (var path in parse.GetValue(files)!)
            {
                try
                {
                    var input = ChartInput.Load(path, language, validation);
                    TextFormatter.Write(console.Out, input);
                    inputs.Add(input);
                }
                catch (UserError e)
                {
                    console.Fail(e);
                    failed = true;
                }
            }

            console.Out.WriteLine(TextFormatter.Summary(inputs));
            if (failed)
            {
                return ExitCodes.Failure;
            }

            return inputs.Any(i => i.Result.Diagnostics.Any(d => d.Severity >= threshold)) ? ExitCodes.Findings : ExitCodes.Clean;
        }));
        return command;
    }
}
