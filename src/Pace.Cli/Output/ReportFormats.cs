namespace Pace.Cli.Output;

/// <summary>The names of the report formats on the command line, and the printer of each.</summary>
internal static class ReportFormats
{
    public static IReadOnlyList<(string Name, ReportFormat Value)> Names { get; } =
    [
        ("text", ReportFormat.Text),
        ("json", ReportFormat.Json),
        ("sarif", ReportFormat.Sarif),
        ("github", ReportFormat.GitHub),
        ("msbuild", ReportFormat.MsBuild),
        ("junit", ReportFormat.JUnit),
        ("gitlab", ReportFormat.GitLab),
    ];

    public static IReportFormat For(ReportFormat format, bool color, Severity failOn = Severity.Error) => format switch
    {
        ReportFormat.Json => new JsonFormat(),
        ReportFormat.Sarif => new SarifFormat(),
        ReportFormat.GitHub => new GitHubFormat(),
        ReportFormat.MsBuild => new MsBuildFormat(),
        ReportFormat.JUnit => new JUnitFormat(failOn),
        ReportFormat.GitLab => new GitLabFormat(),
        _ => new TextFormat(color),
    };
}
