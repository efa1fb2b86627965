namespace Pace.Cli.Input;

/// <summary>
/// Checks one chart file through the library's pipeline (<see cref="ChartChecker"/>) and turns what keeps the
/// command from doing its job — a missing or unreadable file, a broken configuration — into a <see cref="UserError"/>
/// (exit 2). Everything about the chart itself comes back as findings.
/// </summary>
internal static class ChartFiles
{
    public static CheckResult Check(ChartChecker checker, string path)
    {
        try
        {
            return checker.CheckFile(path);
        }
        catch (FileNotFoundException e)
        {
            throw new UserError($"{path}: no such file", e);
        }
        catch (DirectoryNotFoundException e)
        {
            throw new UserError($"{path}: no such file (its folder does not exist)", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new UserError($"{path}: permission denied", e);
        }
        catch (IOException e)
        {
            throw new UserError($"{path}: cannot be read: {e.Message}", e);
        }
        catch (ConfigurationException e)
        {
            throw new UserError($"{e.Path} is not a valid configuration:", e) { Details = [.. e.Diagnostics.Select(d => Output.TextFormat.Line(e.Path, d))] };
        }
    }
}
