namespace Pace.Cli.Output;

/// <summary>The path a format prints for a checked chart: the path as the user gave it, or a stand-in for standard input.</summary>
internal static class DisplayPaths
{
    public const string StandardInput = "<stdin>";

    public static string DisplayPath(this CheckResult check) => check.Path ?? StandardInput;

    /// <summary>
    /// The file a finding points into: the chart, or another file its span names — the pace.config.yaml whose font
    /// PACE022 reports.
    /// </summary>
    public static string FileOf(this CheckResult check, Diagnostic finding) =>
        finding.Span?.File is { Length: > 0 } file && (check.Path is null || !string.Equals(Path.GetFullPath(file), Path.GetFullPath(check.Path), StringComparison.Ordinal))
            ? file
            : check.DisplayPath();
}
