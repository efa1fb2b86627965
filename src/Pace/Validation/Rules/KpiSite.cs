namespace Pace.Validation.Rules;

/// <summary>
/// A KPI with where it stands in the chart, for the many rules that look at every KPI in turn:
/// one walk and one way to name paths, instead of a nested loop in each rule.
/// </summary>
internal readonly record struct KpiSite(int ProcessIndex, CoreProcess Process, int KpiIndex, Kpi Kpi)
{
    /// <summary>Every KPI of every process of the chart a rule checks, in chart order; stops when the validation is cancelled.</summary>
    public static IEnumerable<KpiSite> All(RuleContext context)
    {
        var chart = context.Chart;
        for (var i = 0; i < chart.Processes.Count; i++)
        {
            // The rules that walk every KPI are the slow ones on a large chart (PACE013's word matching: ~120 ms for
            // 2,850 KPIs here, under load): they stop between processes.
            context.CancellationToken.ThrowIfCancellationRequested();
            var process = chart.Processes[i];
            for (var k = 0; k < process.Kpis.Count; k++)
            {
                yield return new KpiSite(i, process, k, process.Kpis[k]);
            }
        }
    }

    /// <summary>The model path of one of the KPI's keys, e.g. <c>processes[1].kpis[0].target</c>.</summary>
    public string PathOf(string key) => Paths.Kpi(ProcessIndex, KpiIndex) + "." + key;

    /// <summary>The KPI's name for a message, or "#n" when it has none.</summary>
    public string KpiName => Paths.NameOr(Kpi.Name, KpiIndex);

    /// <summary>The process's name for a message, or "#n" when it has none.</summary>
    public string ProcessName => Paths.NameOr(Process.Name, ProcessIndex);
}
