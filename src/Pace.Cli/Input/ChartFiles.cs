using Pace.Cli.Output.Escaping;

namespace Pace.Cli.Input;

/// <summary>
/// Checks one chart — a file, or standard input shown as a path — through the library's pipeline
/// (<see cref="ChartChecker"/>) and turns what keeps the command from doing its job — a missing or unreadable file, a
/// broken configuration — into a <see cref="UserError"/> (exit 2). Everything about the chart itself comes back as findings.
/// </summary>
internal static class ChartFiles
{
    public static CheckResult Check(ChartChecker checker, string path) => Check(checker, new ChartInput(path, FromStandardInput: false), () => Stream.Null);

    public static CheckResult Check(ChartChecker checker, ChartInput input, Func<Stream> standardInput)
    {
        var shown = LineText.Path(input.Path);
        try
        {
            // Standard input is read once, bounded by the reader's size limit, and shown as the path given.
            return input.FromStandardInput
                ? checker.CheckAsync(standardInput(), input.Path).GetAwaiter().GetResult()
                : checker.CheckFile(input.Path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException && Path.EndsInDirectorySeparator(input.Path))
        {
            // charts/ typed for a folder that is not there: say folder, not file.
            throw new UserError($"{shown}: no such folder", e);
        }
        catch (FileNotFoundException e)
        {
            throw new UserError($"{shown}: no such file", e);
        }
        catch (DirectoryNotFoundException e)
        {
            throw new UserError($"{shown}: no such file (its folder does not exist)", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new UserError($"{shown}: permission denied", e);
        }
        catch (IOException e)
        {
            throw new UserError($"{shown}: cannot be read: {e.Message}", e);
        }
        catch (ConfigurationException e)
        {
            throw new UserError($"{LineText.Path(e.Path)} is not a valid configuration:", e) { Details = [.. e.Diagnostics.Select(d => Output.TextFormat.Line(d.Span?.File ?? e.Path, d))] };
        }
    }
}
