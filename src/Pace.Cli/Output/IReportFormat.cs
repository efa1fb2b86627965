namespace Pace.Cli.Output;

/// <summary>One way of printing the findings of a validate run; one implementation per file in this folder.</summary>
internal interface IReportFormat
{
    /// <summary>Prints the findings of every chart, and whatever closing summary the format has.</summary>
    void Write(TextWriter output, IReadOnlyList<ChartReport> reports);
}

/// <summary>The formats <c>pace validate --format</c> knows; their names on the command line are in <see cref="ReportFormats"/>.</summary>
internal enum ReportFormat
{
    Text,
    Json,
    Sarif,
    GitHub,
    MsBuild,
    JUnit,
    GitLab,
}
