namespace Pace.Cli;

/// <summary>The root of the <c>pace</c> command.</summary>
internal static class PaceCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        _ = args;
        _ = stdout;
        stderr.WriteLine("pace: not yet");
        return 2;
    }
}
