using System.CommandLine;
using Pace.Cli.Input;
using Pace.Cli.Output;
using Pace.Cli.Parsing;

namespace Pace.Cli.Commands;

/// <summary><c>pace validate FILES...</c>: checks charts against the accountability rules.</summary>
internal static class ValidateCommand
{
    /// <summary>The variable a CI job sets once for every <c>pace validate</c> run instead of <c>--site-url</c>.</summary>
    private const string SiteUrlVariable = "PACE_SITE_URL";

    private static readonly (string, Severity)[] Severities = [("error", Severity.Error), ("warning", Severity.Warning), ("info", Severity.Info)];

    public static Command Create(Session session)
    {
        var files = new Argument<string[]>("files") { Description = "Chart files, folders or globs (e.g. 'charts/**/*.pace.yaml')", Arity = ArgumentArity.ZeroOrMore };
        var format = Choice.Many("--format", "-f", "How to print findings (default text; github: workflow annotations; junit, gitlab: CI test and code-quality reports); repeatable, each with its --output", ReportFormats.Names);
        var output = new Option<string[]>("--output", "-o") { Description = "Write the report to FILE (atomically) instead of standard output; belongs to the --format before it", HelpName = "FILE", AllowMultipleArgumentsPerToken = false };
        var failOn = Choice.One("--fail-on", string.Empty, "Exit with 1 when a finding is at or above this severity (default error)", Severities);
        var maxWarnings = Numbers.AtLeast("--max-warnings", 0, "Exit with 1 when there are more than this many warnings");
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print errors only (warnings and info still count for --fail-on)" };
        var siteUrl = new Option<string>("--site-url") { Description = $"The address of the charts' site (pace site): sarif, github, gitlab and junit link each finding to its rule page there (default ${SiteUrlVariable})", HelpName = "URL" };
        var filters = new FindingFilterOptions();
        var lang = CommonOptions.Lang();
        var rule = CommonOptions.Rule();
        var command = new Command("validate", "Check charts against the accountability rules") { files, format, output, failOn, maxWarnings, quiet, siteUrl, lang, rule };
        filters.AddTo(command);
        var input = new InputOptions();
        input.AddTo(command);
        command.SetAction(parse => session.Guard(() =>
        {
            var threshold = parse.GetValue(failOn) ?? Severity.Error;
            var links = Links(parse.GetValue(siteUrl));
            var targets = ReportTargets.Pair(parse, format, output, ReportFormat.Text);
            var filter = filters.Read(parse) with { Quiet = parse.GetValue(quiet) };
            var checker = input.Checker(parse, parse.GetValue(lang), parse.GetValue(rule), session.Limits);
            var charts = input.Inputs(parse, parse.GetValue(files), session.Warn);
            var paths = charts.Where(c => !c.FromStandardInput).Select(c => c.Path).ToList();
            var reports = new List<ChartReport>();
            var failed = false;
            foreach (var chart in charts)
            {
                try
                {
                    reports.Add(filter.Report(ChartFiles.Check(checker, chart, session.StandardInput)));
                }
                catch (UserError e)
                {
                    session.Fail(e);
                    failed = true;
                }
            }

            if (failed && reports.Count == 0)
            {
                return ExitCodes.Failure; // nothing was checked: the error lines say why, and no "0 charts checked" follows
            }

            foreach (var (chosen, path) in targets)
            {
                ReportTargets.Write(session, path, paths, w => ReportFormats.For(chosen, session.Color && path is null, threshold, links).Write(w, reports));
            }

            if (failed)
            {
                return ExitCodes.Failure;
            }

            var warnings = reports.Sum(r => r.Warnings);
            var tooMany = parse.GetValue(maxWarnings) is { } max && warnings > max;
            if (tooMany)
            {
                session.Error.WriteLine($"pace: {warnings} warnings, more than --max-warnings {parse.GetValue(maxWarnings)}");
            }

            return tooMany || reports.Any(r => r.All.Any(d => d.Severity >= threshold)) ? ExitCodes.Findings : ExitCodes.Clean;
        }));
        return command;
    }

    /// <summary>The links to the site's rule pages: the option, else the variable, else none; a wrong address stops the run.</summary>
    private static RuleLinks Links(string? option)
    {
        var (name, address) = option is not null ? ("--site-url", option) : (SiteUrlVariable, Environment.GetEnvironmentVariable(SiteUrlVariable));
        if (string.IsNullOrEmpty(address))
        {
            return option is null ? RuleLinks.None : throw new UserError("--site-url: give the site's address, e.g. https://example.github.io/charts/");
        }

        return RuleLinks.ToSiteAt(address, out var error)
            ?? throw new UserError($"{name} {Output.Escaping.LineText.Text(address.Length > 200 ? address[..200] + "\u2026" : address)}: {error}; give the site's http or https address, e.g. https://example.github.io/charts/");
    }
}
