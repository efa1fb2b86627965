using System;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Pace.Build.Tasks;

/// <summary>
/// Stamps each checked chart that passed its check: no error in the check's report, which has the project's own
/// settings applied already (NoWarn, WarningsAsErrors, TreatWarningsAsErrors…, passed to pace by the targets). A chart
/// with an error is not stamped, so it is checked, and fails, on every build until it is fixed; one broken chart never
/// keeps the others from their stamps. A stamp keeps the chart's warnings, which <see cref="ReplayChartWarnings"/>
/// logs again on every build that does not check the chart: the warnings stay in sight, and a build that makes them
/// errors (the command line's <c>-warnaserror</c>, which no property shows) fails every time, as MSBuild itself decides.
/// </summary>
public sealed class StampPassedCharts : Task
{
    /// <summary>The charts this run checked, each with its stamp file in <c>PaceStamp</c>.</summary>
    [Required]
    public ITaskItem[] Charts { get; set; } = [];

    /// <summary>The JUnit XML report the check wrote.</summary>
    [Required]
    public string Report { get; set; } = string.Empty;

    /// <inheritdoc />
    public override bool Execute()
    {
        if (!File.Exists(Report))
        {
            // The check did not get as far as its report; the targets have said why.
            return true;
        }

        var report = ChartReport.Read(Report);
        foreach (var chart in Charts)
        {
            if (!report.TryGetValue(chart.GetMetadata("FullPath"), out var findings) || findings.Any(f => f.Severity == "error"))
            {
                continue;
            }

            var stamp = chart.GetMetadata("PaceStamp");
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(stamp))!);
            File.WriteAllLines(stamp, findings.Where(f => f.Severity == "warning").Select(f => f.ToStampLine()), new UTF8Encoding(false));
            File.SetLastWriteTimeUtc(stamp, DateTime.UtcNow);
        }

        return true;
    }
}
