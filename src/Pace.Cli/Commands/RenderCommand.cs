using System.CommandLine;
using Pace.Cli.Input;
using Pace.Cli.Output.Escaping;
using Pace.Rendering;

namespace Pace.Cli.Commands;

/// <summary><c>pace render FILES... [-o OUT | --out-dir DIR]</c>: draws charts as PDF (or PNG / SVG), in parallel.</summary>
internal static class RenderCommand
{
    public static Command Create(Session session)
    {
        var files = new Argument<string[]>("files") { Description = "Chart files, folders or globs", Arity = ArgumentArity.ZeroOrMore };
        var output = new Option<string?>("--output", "-o") { Description = "Where to write, for one chart (default: beside it, e.g. acme.pdf); - for standard output; {page} in a PNG or SVG name writes every page, e.g. acme-{page}.png" };
        var page = new Option<int?>("--page") { Description = "Render only this page (from 1); PNG and SVG give page 1 unless told" };
        var outDir = new Option<string?>("--out-dir") { Description = "Write every output into this folder (created when missing)" };
        var format = Parsing.Choice.One("--format", string.Empty, "pdf, png or svg (default: the extension of -o, else pdf)", Formats);
        var force = new Option<bool>("--force") { Description = "Render even when a chart has errors (it then carries a findings banner)" };
        var paper = new Option<PaperSize?>("--paper")
        {
            Description = "Paper size, landscape: a4, a3 or letter (default: the chart's paper:, else a4)",
            CustomParser = r => r.Tokens.Single().Value switch { "a4" => PaperSize.A4, "a3" => PaperSize.A3, "letter" => PaperSize.Letter, _ => null },
            Validators = { r => { if (r.Tokens.Count > 0 && r.Tokens[0].Value is not ("a4" or "a3" or "letter")) { r.AddError("--paper must be a4, a3 or letter"); } } },
        };
        var watch = new Option<bool>("--watch") { Description = "Render again whenever the chart is saved; keeps the last good output" };
        var lang = CommonOptions.Lang();
        var rule = CommonOptions.Rule();
        var command = new Command("render", "Render charts as print-ready PDF, PNG or SVG") { files, output, outDir, format, paper, page, force, watch, lang, rule };
        var input = new InputOptions();
        input.AddTo(command);
        command.SetAction((parse, cancel) => Task.FromResult(session.Guard(() =>
        {
            var language = parse.GetValue(lang);
            var checker = input.Checker(parse, language, parse.GetValue(rule), session.Limits);
            var charts = input.Inputs(parse, parse.GetValue(files), session.Warn);
            if (parse.GetValue(output) is { } named && named != OutputPath.StandardOutput && charts.Count == 1 && !charts[0].FromStandardInput)
            {
                OutputPath.Check(charts[0].Path, named);
            }

            var chosen = FormatOf(parse.GetValue(format), parse.GetValue(output));
            var pages = Pages(parse.GetValue(page), parse.GetValue(output), chosen);
            var jobs = Plan(charts, parse.GetValue(output), parse.GetValue(outDir), "." + chosen.ToString().ToLowerInvariant(), session);
            var run = new Action<RenderJob>(job => job.Run(checker, chosen, parse.GetValue(paper), pages, parse.GetValue(force), session));
            if (parse.GetValue(watch))
            {
                if (jobs.Count != 1 || jobs[0].Chart.FromStandardInput || jobs[0].ToStandardOutput)
                {
                    throw new UserError("--watch renders one chart file to a file; name a single file, and no standard input or output");
                }

                // A checker per render: it caches the configuration files it read, and a watch must see them as they are now —
                // its translation files too, so the languages they registered go (the first translation of a language
                // met would otherwise stay for the whole process, and an edited one be a PACE122 conflict).
                return Watcher.Run(jobs[0], job => job.Run(() => { Languages.RemoveAll(); return input.Checker(parse, language, parse.GetValue(rule), session.Limits); }, chosen, parse.GetValue(paper), pages, parse.GetValue(force), session), session, cancel);
            }

            // Configurations first, in input order: their translations register in that order, whatever the workers do.
            checker.Prepare(jobs.Select(j => j.Chart.Path));
            return RenderAll(jobs, run, session);
        })));
        return command;
    }

    private static readonly (string, OutputFormat)[] Formats = [("pdf", OutputFormat.Pdf), ("png", OutputFormat.Png), ("svg", OutputFormat.Svg)];

    /// <summary>
    /// The format to draw: <c>--format</c>, else the extension of <c>-o</c> (<c>-o chart.png</c> draws a PNG), else PDF.
    /// Both given and disagreeing is an error: a PDF written into <c>x.png</c> opens nowhere.
    /// </summary>
    private static OutputFormat FormatOf(OutputFormat? chosen, string? output)
    {
        var extension = output is null ? string.Empty : Path.GetExtension(output).TrimStart('.');
        var named = Formats.Where(f => string.Equals(f.Item1, extension, StringComparison.OrdinalIgnoreCase)).Select(f => (OutputFormat?)f.Item2).FirstOrDefault();
        if (chosen is { } format && named is { } byName && format != byName)
        {
            throw new UserError($"--format {Formats.First(f => f.Item2 == format).Item1} does not match -o {output}; use a .{Formats.First(f => f.Item2 == format).Item1} file name, or leave --format out");
        }

        if (chosen is null && output is not null && named is null && extension.Length > 0)
        {
            throw new UserError($"-o {output}: cannot tell the format from its extension; name a .pdf, .png or .svg file, or give --format");
        }

        return chosen ?? named ?? OutputFormat.Pdf;
    }

    /// <summary>The pages to render: the one --page names; every page for a {page} name; else all (PDF) or the first (an image).</summary>
    private static PageSelection Pages(int? page, string? output, OutputFormat format)
    {
        if (page is < 1)
        {
            throw new UserError($"--page {page}: pages are counted from 1");
        }

        if (output?.Contains(ChartRenderer.PageToken, StringComparison.Ordinal) == true && format == OutputFormat.Pdf)
        {
            throw new UserError($"{LineText.Path(output)}: a PDF holds every page in one file; {ChartRenderer.PageToken} is for --format png or svg");
        }

        return page is { } number ? PageSelection.Page(number) : PageSelection.All;
    }

    private static List<RenderJob> Plan(IReadOnlyList<ChartInput> paths, string? output, string? outDir, string extension, Session session)
    {
        if (output is not null && outDir is not null)
        {
            throw new UserError("use either -o or --out-dir, not both");
        }

        if (output is not null && paths.Count != 1)
        {
            throw new UserError($"-o names one output, but {paths.Count} charts were given; use --out-dir");
        }

        if (output == OutputPath.StandardOutput && session.OutputIsTerminal)
        {
            throw new UserError("-o - writes the rendered bytes to standard output, which is a terminal here; pipe it (| lpr) or redirect it (> chart.pdf)");
        }

        if (outDir is not null)
        {
            try
            {
                Directory.CreateDirectory(outDir);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new UserError($"{LineText.Path(outDir)}: cannot create the output folder: {e.Message}", e);
            }
        }

        var jobs = paths.Select(p => new RenderJob(p, output ?? Target(p.Path, outDir, extension))).ToList();
        var clash = jobs.Where(j => !j.ToStandardOutput).GroupBy(j => Path.GetFullPath(j.Output), StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
        {
            throw new UserError($"{string.Join(" and ", clash.Select(j => LineText.Path(j.Input)))} would both be written to {LineText.Path(clash.First().Output)}");
        }

        return jobs;
    }

    private static string Target(string input, string? outDir, string extension)
    {
        var beside = OutputPath.Default(input, extension);
        return outDir is null ? beside : Path.Combine(outDir, Path.GetFileName(beside));
    }

    /// <summary>Renders every job, in parallel; one that fails is that chart's error, never the end of the batch.</summary>
    internal static int RenderAll(List<RenderJob> jobs, Action<RenderJob> run, Session session)
    {
        var done = 0;
        var progress = new Progress(session, jobs.Count);
        // No more workers than charts: a single chart then renders on this thread, with no pool threads started and
        // waited for (measured: ~120 sched_yield calls in a cold one-chart render with a worker per core).
        Parallel.ForEach(jobs, new ParallelOptions { MaxDegreeOfParallelism = Math.Min(Environment.ProcessorCount, jobs.Count) }, job =>
        {
            job.Attempt(run, session);
            progress.Report(Interlocked.Increment(ref done));
        });

        progress.Finish();

        // Print in input order, whatever order the jobs finished in, so logs are stable.
        foreach (var job in jobs)
        {
            session.Error.Write(job.Messages.ToString());
            if (job.Outcome == RenderOutcome.Rendered && !job.ToStandardOutput)
            {
                session.Out.WriteLine($"{LineText.Path(job.Input)} → {string.Join(", ", job.Written.Select(LineText.Path))}");
            }
        }

        if (jobs.Count > 1)
        {
            session.Out.WriteLine($"{jobs.Count(j => j.Outcome == RenderOutcome.Rendered)} of {jobs.Count} charts rendered.");
        }

        return jobs.Any(j => j.Outcome == RenderOutcome.Failed) ? ExitCodes.Failure
            : jobs.Any(j => j.Outcome == RenderOutcome.Refused) ? ExitCodes.Findings
            : ExitCodes.Clean;
    }
}
