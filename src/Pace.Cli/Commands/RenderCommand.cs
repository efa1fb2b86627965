using System.CommandLine;
using Pace.Cli.Output;
using Pace.Rendering;

namespace Pace.Cli.Commands;

/// <summary><c>pace render FILE [-o OUT]</c>: draws a chart as a PDF (or PNG / SVG).</summary>
internal static class RenderCommand
{
    public static Command Create(Console console)
    {
        var file = new Argument<string>("file") { Description = "The chart file (.pace.yaml)" };
        var output = new Option<string?>("--output", "-o") { Description = "Where to write (default: beside the chart, e.g. acme.pdf)" };
        var format = new Option<OutputFormat>("--format") { Description = "pdf, png or svg", DefaultValueFactory = _ => OutputFormat.Pdf };
        var force = new Option<bool>("--force") { Description = "Render even when the chart has errors (the chart then carries a findings banner)" };
        var lang = CommonOptions.Lang();
        var rule = CommonOptions.Rule();
        var command = new Command("render", "Render a chart as a print-ready PDF, PNG or SVG") { file, output, format, force, lang, rule };
        command.SetAction(parse => console.Guard(() =>
        {
            var path = parse.GetValue(file)!;
            var language = CommonOptions.ParseLanguage(parse.GetValue(lang));
            var input = ChartInput.Load(path, language, CommonOptions.Validation(language, parse.GetValue(rule)));
            TextFormatter.Write(console.Error, input);
            var chosen = parse.GetValue(format);
            var target = parse.GetValue(output) ?? OutputPath.Default(path, "." + chosen.ToString().ToLowerInvariant());
            OutputPath.Check(path, target);

            if (input.Chart is null)
            {
                console.Error.WriteLine($"pace: {path} could not be read as a chart; nothing rendered");
                return ExitCodes.Findings;
            }

            var forced = parse.GetValue(force);
            if (input.Result.HasErrors && !forced)
            {
                console.Error.WriteLine($"pace: {path} has {input.Result.ErrorCount} error(s); nothing rendered (fix them, or use --force to render anyway)");
                return ExitCodes.Findings;
            }

            var options = new RenderOptions
            {
                Format = chosen,
                Language = language,
                Findings = input.Result,
                FindingsBanner = input.Result.HasErrors,
                BaseDirectory = Path.GetDirectoryName(Path.GetFullPath(path)),
            };
            try
            {
                ChartRenderer.RenderFile(input.Chart, target, options);
            }
            catch (UnauthorizedAccessException e)
            {
                throw new UserError($"{target}: permission denied", e);
            }
            catch (IOException e)
            {
                throw new UserError($"{target}: cannot be written: {e.Message}", e);
            }

            console.Out.WriteLine($"{path} → {target}");
            return ExitCodes.Clean;
        }));
        return command;
    }
}
