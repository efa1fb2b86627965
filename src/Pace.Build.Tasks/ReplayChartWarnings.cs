using System;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Pace.Build.Tasks;

/// <summary>
/// Logs the warnings of every chart that this build will not check again (its stamp is newer than the chart and the
/// settings), from its stamp, at their file, line and column: a chart's warnings show on every build, not only the one
/// that checked it, and MSBuild applies its warnings-as-errors and no-warn settings to them each time.
/// </summary>
public sealed class ReplayChartWarnings : Task
{
    /// <summary>Every chart of the project, each with its stamp file in <c>PaceStamp</c>.</summary>
    [Required]
    public ITaskItem[] Charts { get; set; } = [];

    /// <summary>The other inputs of the check (settings, the pace command): a stamp older than any is out of date.</summary>
    public ITaskItem[] Inputs { get; set; } = [];

    /// <inheritdoc />
    public override bool Execute()
    {
        var newestInput = Inputs.Select(i => i.GetMetadata("FullPath")).Where(File.Exists).Select(File.GetLastWriteTimeUtc).DefaultIfEmpty(DateTime.MinValue).Max();
        foreach (var chart in Charts)
        {
            var chartPath = chart.GetMetadata("FullPath");
            var stamp = chart.GetMetadata("PaceStamp");
            if (!File.Exists(stamp) || !File.Exists(chartPath))
            {
                continue;
            }

            var stamped = File.GetLastWriteTimeUtc(stamp);
            if (stamped < File.GetLastWriteTimeUtc(chartPath) || stamped < newestInput)
            {
                // Out of date: the check runs on it in this build and reports afresh.
                continue;
            }

            foreach (var finding in File.ReadAllLines(stamp, Encoding.UTF8).Select(ChartFinding.FromStampLine).OfType<ChartFinding>())
            {
                Log.LogWarning(null, finding.Code, null, chartPath, finding.Line, finding.Column, 0, 0, finding.Message);
            }
        }

        return true;
    }
}
