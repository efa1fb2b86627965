namespace Pace.Cli;

/// <summary>The exit codes of every <c>pace</c> command, as linters use them.</summary>
internal static class ExitCodes
{
    /// <summary>Clean, or only findings below <c>--fail-on</c>.</summary>
    public const int Clean = 0;

    /// <summary>Findings at or above <c>--fail-on</c> (a chart that does not load counts).</summary>
    public const int Findings = 1;

    /// <summary>The tool could not do its job: bad usage, a missing or unreadable file, an unwritable output.</summary>
    public const int Failure = 2;
}
