namespace Pace.Cli.Output;

/// <summary>The path a format prints for a checked chart: the path as the user gave it, or a stand-in for standard input.</summary>
internal static class DisplayPaths
{
    public const string StandardInput = "<stdin>";

    public static string DisplayPath(this CheckResult check) => check.Path ?? StandardInput;

    /// <summary>
    /// The file a finding stands in: the chart's, or another file's when the finding is located there (PACE118 at a
    /// configuration file that was not trusted).
    /// </summary>
    public static string FileOf(this CheckResult check, Diagnostic finding) =>
        finding.Span?.File is { } file && file != check.Path ? file : check.DisplayPath();

    /// <summary>Whether a finding stands in another file than the chart (so no excerpt of the chart's text is shown).</summary>
    public static bool ElsewhereThanTheChart(this CheckResult check, Diagnostic finding) => check.FileOf(finding) != check.DisplayPath();
}
