using System.CommandLine;
using Pace.Cli.Input;
using Pace.Cli.Output;
using Pace.Cli.Output.Escaping;
using Pace.Cli.Parsing;
using Pace.Validation;

namespace Pace.Cli.Commands;

/// <summary>
/// <c>pace explain CODE</c>: prints a rule's page — what it checks, why, how to fix it, an example; <c>--list</c> lists
/// the codes. <c>pace explain CHART</c>: how Pace reads each KPI of a chart — how its periods combine and why, and
/// where its latest number stands.
/// </summary>
internal static class ExplainCommand
{
    public static Command Create(Session session)
    {
        var code = new Argument<string?>("code") { Description = "A rule code, e.g. PACE002, or a chart file to explain its KPIs", Arity = ArgumentArity.ZeroOrOne };
        var list = new Option<bool>("--list") { Description = "List every code with its title" };
        var lang = CommonOptions.Lang();
        lang.Description = "Language: en or nl (a rule page is English unless you say nl; a chart's KPIs are explained in the chart's language)";
        var command = new Command("explain", "Explain a rule (what it checks, why, how to fix it), or how Pace reads a chart's KPIs") { code, list, lang };
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

            var argument = parse.GetValue(code)
                ?? throw new UserError("name a rule code (pace explain PACE002) or a chart, or list the codes with pace explain --list");
            if (IsChart(argument))
            {
                var input = ChartFiles.Check(new ChartChecker(new CheckOptions { Limits = session.Limits }), argument);
                if (input.Chart is null)
                {
                    new TextFormat(session.Color).WriteFindings(session.Error, input);
                    session.Error.WriteLine($"pace: {LineText.Path(input.Path ?? ChartReport.StandardInput)} could not be read as a chart; nothing to explain");
                    return ExitCodes.Findings;
                }

                KpiExplanation.Write(session.Out, input.Chart, parse.GetValue(lang));
                return ExitCodes.Clean;
            }

            var wanted = argument.Trim().ToUpperInvariant();
            var page = RuleDocs.Get(wanted)
                ?? throw new UserError(Suggestions.Nearest(wanted, RuleDocs.Codes) is { } nearest
                    ? $"{wanted} is not a Pace rule code; did you mean {nearest}?"
                    : $"{wanted} is not a Pace rule code; pace explain --list lists them");
            if (parse.GetValue(lang) == ChartLanguage.Dutch)
            {
                page = InDutch(wanted, page, RuleDocs.Get(wanted, ChartLanguage.Dutch));
            }

            session.Out.Write(page.EndsWith('\n') ? page : page + "\n");
            return ExitCodes.Clean;
        }));
        return command;
    }

    /// <summary>
    /// The page <c>--lang nl</c> prints: the Dutch one. Every code has one (a convention test sees to it); should one
    /// be missing, the rule still gets its page, in English, with a line in Dutch that says so.
    /// </summary>
    internal static string InDutch(string code, string english, string? dutch) => dutch ?? NoDutchPage(code) + "\n\n" + english;

    /// <summary>The one line in Dutch above an English page printed for <c>--lang nl</c>.</summary>
    internal static string NoDutchPage(string code) => $"> {code} heeft nog geen Nederlandse pagina; hieronder staat de Engelse.";

    /// <summary>A chart file rather than a code: a name ending in .yaml or .yml, or one with a folder in it.</summary>
    private static bool IsChart(string argument) =>
        argument.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || argument.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)
        || argument.Contains('/', StringComparison.Ordinal) || argument.Contains('\\', StringComparison.Ordinal);
}
