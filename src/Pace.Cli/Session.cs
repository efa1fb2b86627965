using Pace.Cli.Output.Escaping;

namespace Pace.Cli;

/// <summary>
/// One run of the pace command: where it writes (standard output for results, standard error for problems; tests pass
/// their own writers), whether it may colour and animate, and the reader's limits. Also turns a <see cref="UserError"/>
/// into one clear line and <see cref="ExitCodes.Failure"/>, never a stack trace; every message is escaped
/// (<see cref="LineText"/>), as it may quote a file name.
/// </summary>
internal sealed class Session(TextWriter output, TextWriter error, bool verbose = false)
{
    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    public bool Verbose { get; set; } = verbose;

    /// <summary>Whether to colour output: only on a real terminal, and never when NO_COLOR is set.</summary>
    public bool Color { get; init; }

    /// <summary>Whether to draw progress: only on a terminal, and not under CI.</summary>
    public bool Interactive { get; init; }

    /// <summary>The reader's limits (input size, depth, alias expansion, text length), from the command's options.</summary>
    public Pace.Yaml.ChartReaderOptions Limits { get; set; } = Pace.Yaml.ChartReaderOptions.Default;

    /// <summary>Opens standard input as bytes (a chart read with --stdin-filepath); tests give their own.</summary>
    public Func<Stream> StandardInput { get; init; } = System.Console.OpenStandardInput;

    /// <summary>Opens standard output as bytes (a chart rendered with -o -); tests give their own.</summary>
    public Func<Stream> StandardOutput { get; init; } = System.Console.OpenStandardOutput;

    /// <summary>Whether standard output is a terminal, where a PDF's bytes would only garble the screen.</summary>
    public bool OutputIsTerminal { get; init; }

    /// <summary>Says something the user should know that does not stop the command (a link a walk did not follow).</summary>
    public void Warn(string message) => Error.WriteLine($"pace: warning: {LineText.Text(message)}");

    public void Fail(Exception e) => WriteFailure(Error, e, Verbose);

    /// <summary>Prints what stopped a command: <c>pace: message</c>, its details, and with <c>--verbose</c> the cause.</summary>
    public static void WriteFailure(TextWriter writer, Exception e, bool verbose)
    {
        writer.WriteLine($"pace: {LineText.Text(e.Message)}");
        if (e is UserError { Details: { } details })
        {
            foreach (var line in details)
            {
                writer.WriteLine(line);
            }
        }

        if (verbose && e.InnerException is { } inner)
        {
            writer.WriteLine(LineText.Text(inner.ToString()));
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
            WriteUnexpected(Error, e, Verbose);
            return ExitCodes.Failure;
        }
    }

    /// <summary>
    /// Prints a bug in Pace, not the user's doing: one line (after <paramref name="where"/>, e.g. the chart's path and
    /// ": "), the trace only with <c>--verbose</c>; both escaped, as the message may quote a file name.
    /// </summary>
    public static void WriteUnexpected(TextWriter writer, Exception e, bool verbose, string where = "")
    {
        writer.WriteLine($"pace: {where}unexpected error: {LineText.Text(e.Message)} (run with --verbose for details, and please report it)");
        if (verbose)
        {
            writer.WriteLine(LineText.Text(e.ToString()));
        }
    }
}
