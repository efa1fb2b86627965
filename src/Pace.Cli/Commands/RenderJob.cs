using Pace.Cli.Input;
using Pace.Cli.Output;
using Pace.Cli.Output.Escaping;
using Pace.Rendering;
using Pace.Validation;

namespace Pace.Cli.Commands;

/// <summary>What became of one chart in a render run.</summary>
internal enum RenderOutcome
{
    Rendered,
    Refused,
    Failed,
}

/// <summary>Renders one chart to one output file; collects what it would print so parallel runs print in order.</summary>
internal sealed class RenderJob(string input, string output)
{
    public string Input { get; } = input;

    public string Output { get; } = output;

    public RenderOutcome Outcome { get; private set; }

    /// <summary>Findings and messages for standard error, in the order they arose.</summary>
    public StringWriter Messages { get; } = new();

    public void Run(ChartChecker checker, OutputFormat format, bool force, Session console)
    {
        try
        {
            OutputPath.Check(Input, Output);
            // A local, not a field: a batch keeps every job until it prints, and 1,000 loaded charts held to the end
            // cost ~100 MB (measured, bench/commands.sh); only the messages need to outlive the render.
            var loaded = ChartFiles.Check(checker, Input);
            new TextFormat(console.Color).WriteFindings(Messages, loaded);
            if (loaded.Chart is null)
            {
                Refuse($"{Input} could not be read as a chart; nothing rendered");
                return;
            }

            if (loaded.HasErrors && !force)
            {
                Refuse($"{Input} has {loaded.Diagnostics.ErrorCount} error(s); nothing rendered (fix them, or use --force to render anyway)");
                return;
            }

            var options = new RenderOptions
            {
                Format = format,
                FindingsBanner = loaded.HasErrors,
                BaseDirectory = Path.GetDirectoryName(Path.GetFullPath(Input)),
            };
            Write(loaded, options);
            Outcome = RenderOutcome.Rendered;
        }
        catch (UserError e)
        {
            Session.WriteFailure(Messages, e, console.Verbose);
            Outcome = RenderOutcome.Failed;
        }
    }

    private void Write(CheckResult check, RenderOptions options)
    {
        try
        {
            ChartRenderer.RenderFile(check, Output, options);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new UserError($"{Output}: permission denied", e);
        }
        catch (IOException e)
        {
            throw new UserError($"{Output}: cannot be written: {e.Message}", e);
        }
        catch (Exception e) when (MissingNativeLibrary(e) is { } missing)
        {
            // Not a bug in Pace but the machine: say what to install instead of "unexpected error".
            throw new UserError(
                $"{Output}: PNG and SVG are drawn with SkiaSharp, whose native library could not be loaded ({missing.Message}). "
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
