namespace Pace.Cli.Output;

/// <summary>
/// One checked chart as a report shows it: the check, and the findings to print — all of them, or with
/// <c>--quiet</c> the errors only, after the build's warnings-as-errors and no-warn settings (<see cref="FindingFilter"/>).
/// </summary>
/// <param name="Check">The chart as the pipeline checked it.</param>
/// <param name="All">Its findings after no-warn and warnings-as-errors: what the exit code is decided on.</param>
/// <param name="Findings">The findings to print: <paramref name="All"/>, or its errors with <c>--quiet</c>.</param>
internal sealed record ChartReport(CheckResult Check, IReadOnlyList<Diagnostic> All, IReadOnlyList<Diagnostic> Findings)
{
    /// <summary>The stand-in path of a chart read from standard input.</summary>
    public const string StandardInput = "<stdin>";

    /// <summary>The path as the user gave it (raw: each format escapes it its own way).</summary>
    public string Path => Check.Path ?? StandardInput;

    /// <summary>
    /// The file a finding stands in: the chart's, or another file's when the finding is located there (PACE118 at a
    /// configuration file that was not trusted).
    /// </summary>
    public string FileOf(Diagnostic finding) => finding.Span?.File is { } file && file != Check.Path ? file : Path;

    /// <summary>Whether a finding stands in another file than the chart (so no excerpt of the chart's text is shown).</summary>
    public bool ElsewhereThanTheChart(Diagnostic finding) => FileOf(finding) != Path;

    public int Errors => All.Count(d => d.Severity == Severity.Error);

    public int Warnings => All.Count(d => d.Severity == Severity.Warning);

    public int Infos => All.Count(d => d.Severity == Severity.Info);

    /// <summary>Every finding of a check.</summary>
    public static ChartReport Of(CheckResult check) => new(check, check.Diagnostics, check.Diagnostics);
}
