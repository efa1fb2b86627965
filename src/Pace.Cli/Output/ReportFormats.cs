namespace Pace.Cli.Output;

/// <summary>Picks the printer for a <see cref="ReportFormat"/>.</summary>
internal static class ReportFormats
{
    public static IReportFormat For(ReportFormat format, bool color) => format switch
    {
        ReportFormat.Json => new JsonFormat(),
        ReportFormat.Sarif => new SarifFormat(),
        ReportFormat.GitHub => new GitHubFormat(),
        ReportFormat.MsBuild => new MsBuildFormat(),
        _ => new TextFormat(color),
    };
}
