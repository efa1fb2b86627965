using Pace.Cli.Input;
using Pace.Cli.Output;
using Pace.Cli.Output.Escaping;
using Pace.Rendering;
using Pace.Validation;

namespace Pace.Cli.Commands;

/// <summary>What became of one chart in a render run.</summary>
internal enum RenderOutcome
{
    /// <summary>Not run yet, or stopped before an outcome: never counted as rendered.</summary>
    Pending,
    Rendered,
    Refused,
    Failed,
}

/// <summary>Renders one chart to one output file (or standard output); collects what it would print so parallel runs print in order.</summary>
internal sealed class RenderJob(ChartInput chart, string output)
{
    public ChartInput Chart { get; } = chart;

    public string Input => Chart.Path;

    public string Output { get; } = output;

    /// <summary>The files written: one, or one a page for a name with {page}.</summary>
    public IReadOnlyList<string> Written { get; private set; } = [];

    /// <summary>Whether the output is standard output (<c>-o -</c>): written straight, with no temporary file.</summary>
    public bool ToStandardOutput => Output == OutputPath.StandardOutput;

    public RenderOutcome Outcome { get; private set; }

    /// <summary>Findings and messages for standard error, in the order they arose.</summary>
    public StringWriter Messages { get; } = new();

    /// <summary>The configuration files the chart was checked with (for <c>--watch</c>, which renders again when one changes).</summary>
    public IReadOnlyList<string> ConfigurationFiles { get; private set; } = [];

    /// <summary>
    /// Runs <paramref name="run"/> on this job and turns whatever it throws into this chart's failure, so one chart
    /// never stops a batch or a watch: the others are still written and reported, and the run exits 2 at the end.
    /// Anything that gets here is a bug in Pace, not the user's doing (their mistakes are <see cref="UserError"/>s
    /// inside <see cref="Run(Func{ChartChecker}, OutputFormat, PaperSize?, PageSelection, bool, Session)"/>); cancellation still ends the whole run.
    /// </summary>
    public void Attempt(Action<RenderJob> run, Session session)
    {
        try
        {
            run(this);
        }
        catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException))
        {
            Session.WriteUnexpected(Messages, e, session.Verbose, LineText.Path(Input) + ": ");
            Outcome = RenderOutcome.Failed;
        }
    }

    public void Run(ChartChecker checker, OutputFormat format, PaperSize? paper, PageSelection pages, bool force, Session session) => Run(() => checker, format, paper, pages, force, session);

    /// <summary>Renders with the checker <paramref name="checker"/> makes; a <see cref="UserError"/> it throws is this chart's failure.</summary>
    public void Run(Func<ChartChecker> checker, OutputFormat format, PaperSize? paper, PageSelection pages, bool force, Session session)
    {
        try
        {
            if (!ToStandardOutput)
            {
                OutputPath.Check(Input, Output);
            }

            // A local, not a field: a batch keeps every job until it prints, and 1,000 loaded charts held to the end
            // cost ~100 MB (measured, bench/commands.sh); only the messages need to outlive the render.
            var loaded = ChartFiles.Check(checker(), Chart, session.StandardInput);
            ConfigurationFiles = loaded.Configuration is { } config
                ? config.Files.Count > 0 ? config.Files : config.Path is { } named ? [named] : []
                : [];
            new TextFormat(session.Color).WriteFindings(Messages, loaded);
            if (loaded.Chart is null)
            {
                Refuse($"{LineText.Path(Input)} could not be read as a chart; nothing rendered");
                return;
            }

            if (loaded.HasErrors && !force)
            {
                Refuse($"{LineText.Path(Input)} has {loaded.Diagnostics.ErrorCount} error(s); nothing rendered (fix them, or use --force to render anyway)");
                return;
            }

            var options = new RenderOptions
            {
                Format = format,
                Pages = pages,
                Paper = paper,
                FindingsBanner = loaded.HasErrors,
            };
            Write(loaded, options, session);
            Outcome = RenderOutcome.Rendered;
        }
        catch (UserError e)
        {
            Session.WriteFailure(Messages, e, session.Verbose);
            Outcome = RenderOutcome.Failed;
        }
    }

    private void Write(CheckResult check, RenderOptions options, Session session)
    {
        try
        {
            if (ToStandardOutput)
            {
                using var stream = session.StandardOutput();
                ChartRenderer.Render(check, stream, options);
                stream.Flush();
                Written = [Output];
            }
            else
            {
                Written = ChartRenderer.RenderFiles(check, Output, options);
            }
        }
        catch (ArgumentOutOfRangeException e) when (e.ParamName == "count")
        {
            throw new UserError($"{LineText.Path(Input)}: --page {options.Pages.First}: the chart has {e.ActualValue} pages", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new UserError($"{LineText.Path(Output)}: permission denied", e);
        }
        catch (IOException e)
        {
            throw new UserError($"{(ToStandardOutput ? "standard output" : LineText.Path(Output))}: cannot be written: {e.Message}", e);
        }
        catch (Exception e) when (MissingNativeLibrary(e) is { } missing)
        {
            // Not a bug in Pace but the machine: say what to install instead of "unexpected error".
            throw new UserError(
                $"{LineText.Path(Output)}: PNG and SVG are drawn with SkiaSharp, whose native library could not be loaded ({missing.Message}). "
                + "On Linux it needs the C++ runtime: install libstdc++6 (Debian, Ubuntu) or libstdc++ (RHEL, Fedora). PDF output does not need it.",
                e);
        }
    }

    /// <summary>The DllNotFoundException behind an exception (SkiaSharp raises it wrapped in a type initializer's), if any.</summary>
    internal static DllNotFoundException? MissingNativeLibrary(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is DllNotFoundException missing)
            {
                return missing;
            }
        }

        return null;
    }

    private void Refuse(string message)
    {
        Messages.WriteLine($"pace: {LineText.Text(message)}");
        Outcome = RenderOutcome.Refused;
    }
}
