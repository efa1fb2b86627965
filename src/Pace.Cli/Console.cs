namespace Pace.Cli;

/// <summary>
/// Where a command writes: standard output for results, standard error for problems. Tests pass their own writers.
/// Also turns a <see cref="UserError"/> into one clear line and <see cref="ExitCodes.Failure"/>, never a stack trace.
/// </summary>
internal sealed class Console(TextWriter output, TextWriter error, bool verbose = false)
{
    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    public bool Verbose { get; set; } = verbose;

    /// <summary>Whether to colour output: only on a real terminal, and never when NO_COLOR is set.</summary>
    public bool Color { get; init; }

    /// <summary>Whether to draw progress: only on a terminal, and not under CI.</summary>
    public bool Interactive { get; init; }

    /// <summary>The reader's limits (input size, depth, alias expansion, text length), from the global options.</summary>
    public Pace.Yaml.ChartReaderOptions Limits { get; set; } = Pace.Yaml.ChartReaderOptions.Default;

    public void Fail(Exception e)
    {
        Error.WriteLine($"pace: {e.Message}");
        if (Verbose && e.InnerException is { } inner)
        {
            Error.WriteLine(inner.ToString());
        }
    }

    public int Guard(Func<int> action)
    {
        try
        {
            return action();
        }
        catch (UserError e)
        {
            Fail(e);
            return ExitCodes.Failure;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug in Pace, not the user's doing: one line, the trace only with --verbose.
            Error.WriteLine($"pace: unexpected error: {e.Message} (run with --verbose for details, and please report it)");
            if (Verbose)
            {
                Error.WriteLine(e.ToString());
            }

            return ExitCodes.Failure;
        }
    }
}
