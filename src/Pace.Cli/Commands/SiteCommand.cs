using System.CommandLine;
using Pace.Cli.Input;
using Pace.Cli.Output;
using Pace.Cli.Output.Escaping;
using Pace.Rendering.Site;

namespace Pace.Cli.Commands;

/// <summary>
/// <c>pace site FILES... -o DIR</c>: publishes charts as a static web site (<see cref="SitePublisher"/>). Every chart
/// is read first; when one cannot be read, nothing is written. A chart with findings is published with them.
/// </summary>
internal static class SiteCommand
{
    public static Command Create(Session session)
    {
        var files = new Argument<string[]>("files") { Description = "Chart files, folders or globs", Arity = ArgumentArity.ZeroOrMore };
        var output = new Option<string>("--output", "-o") { Description = "The site's folder: new, empty, or a site pace wrote before", Required = true };
        var downloads = Parsing.DownloadList.Option("What each chart offers to download: pdf, png, svg (comma-separated), all or none (default pdf)");
        var noDownloads = new Option<bool>("--no-downloads") { Description = "No downloads: the same as --downloads none" };
        var lang = CommonOptions.Lang();
        var rule = CommonOptions.Rule();
        var command = new Command("site", "Publish charts as a static web site: index, chart pages, rule pages, downloads") { files, output, downloads, noDownloads, lang, rule };
        var input = new InputOptions();
        input.AddTo(command);
        command.SetAction((parse, cancel) => Task.FromResult(session.Guard(() =>
        {
            var language = parse.GetValue(lang);
            var checker = input.Checker(parse, language, parse.GetValue(rule), session.Limits);
            var charts = input.Inputs(parse, parse.GetValue(files), session.Warn);
            if (charts.Count > SitePublisher.MaxCharts)
            {
                throw new UserError($"{charts.Count} charts given; a site takes at most {SitePublisher.MaxCharts}");
            }

            var checks = charts.Select(chart => ChartFiles.Check(checker, chart, session.StandardInput)).ToList();
            var folder = parse.GetValue(output)!;
            if (parse.GetValue(noDownloads) && parse.GetValue(downloads) is not null)
            {
                throw new UserError("--downloads and --no-downloads: give one of them");
            }

            var options = new SiteOptions { Downloads = parse.GetValue(noDownloads) ? SiteDownloads.None : parse.GetValue(downloads) ?? SiteOptions.Default.Downloads };
            SiteWriteResult result;
            try
            {
                result = SitePublisher.Write(checks, folder, options, cancel);
            }
            catch (SiteFolderException e)
            {
                throw new UserError($"{LineText.Path(folder)}: {e.Message} Nothing was written.", e);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new UserError($"{LineText.Path(folder)}: the site cannot be written: {e.Message}. The previous site is as it was.", e);
            }

            foreach (var check in checks.Where(c => !c.Loaded))
            {
                session.Error.WriteLine($"pace: {LineText.Path(check.Path ?? ChartReport.StandardInput)} could not be read as a chart; its page lists why");
            }

            session.Out.WriteLine($"{checks.Count} chart{(checks.Count == 1 ? string.Empty : "s")} → {LineText.Path(Path.Combine(folder, "index.html"))} " +
                $"({result.Written.Count} files written, {result.Unchanged.Count} unchanged, {result.Removed.Count} removed; " +
                $"{result.ChartsBuilt.Count} of {checks.Count} charts built)");
            return ExitCodes.Clean;
        })));
        return command;
    }
}
