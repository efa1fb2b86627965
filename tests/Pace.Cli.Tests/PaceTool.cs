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

    public static string Example(string name) => Path.Combine(AppContext.BaseDirectory, "examples", name);

    /// <summary>A fresh folder for one test's files.</summary>
    public static string TempFolder()
    {
        var dir = Path.Combine(Path.GetTempPath(), "pace-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }
}
