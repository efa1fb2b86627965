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

    /// <summary>The printer of a format; <paramref name="links"/> links the CI formats' findings to the site's rule pages.</summary>
    public static IReportFormat For(ReportFormat format, bool color, Severity failOn = Severity.Error, RuleLinks? links = null) => format switch
    {
        ReportFormat.Json => new JsonFormat(),
        ReportFormat.Sarif => new SarifFormat(links ?? RuleLinks.None),
        ReportFormat.GitHub => new GitHubFormat(links ?? RuleLinks.None),
        ReportFormat.MsBuild => new MsBuildFormat(),
        ReportFormat.JUnit => new JUnitFormat(failOn, links ?? RuleLinks.None),
        ReportFormat.GitLab => new GitLabFormat(links ?? RuleLinks.None),
        _ => new TextFormat(color),
    };
}
