namespace Pace.Cli.Tests;

/// <summary>Runs the real <c>pace</c> command in-process and captures what it prints.</summary>
internal static class PaceTool
{
    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = PaceCommand.Run(args, stdout, stderr);
        return (exit, stdout.ToString().ReplaceLineEndings("\n"), stderr.ToString().ReplaceLineEndings("\n"));
    }

    /// <summary>
    /// Runs the built pace (<c>dotnet Pace.Cli.dll</c>) as a separate process, optionally under a wrapper command
    /// (setpriv, strace) given as its program and arguments, with CI=true so nothing is interactive.
    /// </summary>
    public static (int Exit, string Out, string Err) RunProcess(string[] wrapper, string[] args, IReadOnlyDictionary<string, string>? environment = null, int timeoutMs = 60_000)
    {
        var start = new System.Diagnostics.ProcessStartInfo(wrapper.Length > 0 ? wrapper[0] : "dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        var arguments = wrapper.Skip(1).Concat(wrapper.Length > 0 ? ["dotnet"] : []).Append(Path.Combine(AppContext.BaseDirectory, "Pace.Cli.dll")).Concat(args);
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["CI"] = "true";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.That(process.WaitForExit(timeoutMs), Is.True, "pace did not finish");
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    public static string Example(string name) => Path.Combine(AppContext.BaseDirectory, "examples", name);

    /// <summary>A fresh folder for one test's files.</summary>
    public static string TempFolder()
    {
        var dir = Path.Combine(Path.GetTempPath(), "pace-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }
}
