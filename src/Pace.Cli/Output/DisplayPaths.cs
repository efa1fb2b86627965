namespace Pace.Cli.Output;

/// <summary>The path a format prints for a checked chart: the path as the user gave it, or a stand-in for standard input.</summary>
internal static class DisplayPaths
{
    public const string StandardInput = "<stdin>";

    public static string DisplayPath(this CheckResult check) => check.Path ?? StandardInput;
}
