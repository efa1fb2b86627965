using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace Pace.Build.Tasks;

/// <summary>The check's report (<c>pace validate</c>'s junit format with <c>--fail-on info</c>: every finding a failure line).</summary>
internal static class ChartReport
{
    /// <summary>The findings of each chart the report holds, by the chart's path as given to pace.</summary>
    public static Dictionary<string, List<ChartFinding>> Read(string path)
    {
        var charts = new Dictionary<string, List<ChartFinding>>(StringComparer.Ordinal);
        foreach (var suite in XDocument.Load(path).Root?.Elements("testsuite") ?? [])
        {
            var name = (string?)suite.Attribute("name") ?? string.Empty;
            charts[name] = [.. suite.Elements("testcase").SelectMany(c => c.Elements("failure"))
                .SelectMany(f => f.Value.Split('\n'))
                .Select(ChartFinding.Parse)
                .OfType<ChartFinding>()];
        }

        return charts;
    }
}
