using System.Globalization;

namespace Pace.Cli.Output;

/// <summary>
/// The FACe of a chart flattened for <c>pace export</c>: one row per leading indicator of each function (a function
/// without indicators still has its row), and one row per process step with who and which functions take part.
/// </summary>
internal static class FaceTable
{
    public static readonly string[] FunctionColumns =
    [
        "function", "owner", "role", "open seat", "indicator", "unit", "target", "better", "cadence", "outcomes",
    ];

    public static readonly string[] StepColumns = ["#", "process", "step", "people", "functions", "kpi", "unit", "target", "cadence"];

    /// <summary>Whether the chart has anything these tables show: functions, or a step with people, functions or a KPI.</summary>
    public static bool Applies(Chart chart) => chart.Functions is { Count: > 0 } || chart.Processes.Any(p => p.Steps.Any(s => s.IsDetailed));

    public static IEnumerable<string[]> FunctionRows(Chart chart)
    {
        foreach (var f in chart.Functions ?? [])
        {
            var owner = string.Join(", ", f.Owners.Select(o => Person(chart, o)));
            var role = f.Owner is { } id ? chart.FindPerson(id)?.Role ?? string.Empty : string.Empty;
            var outcomes = string.Join("; ", f.Outcomes);
            string[] head = [f.Name ?? string.Empty, owner, role, f.Vacant ? "yes" : "no"];
            if (f.Kpis.Count == 0)
            {
                yield return [.. head, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, outcomes];
            }

            foreach (var k in f.Kpis)
            {
                yield return [.. head, k.Name ?? string.Empty, k.Unit ?? string.Empty, Number(k.Target), KpiWords.Name(k.EffectiveBetter), KpiWords.Name(k.Cadence), outcomes];
            }
        }
    }

    public static IEnumerable<string[]> StepRows(Chart chart)
    {
        for (var i = 0; i < chart.Processes.Count; i++)
        {
            var p = chart.Processes[i];
            var number = (i + 1).ToString(CultureInfo.InvariantCulture);
            foreach (var s in p.Steps)
            {
                yield return
                [
                    number, p.Name ?? string.Empty, s.Name ?? string.Empty, string.Join(", ", s.People.Select(x => Person(chart, x))),
                    string.Join(", ", s.Functions), s.Kpi?.Name ?? string.Empty, s.Kpi?.Unit ?? string.Empty, Number(s.Kpi?.Target), KpiWords.Name(s.Kpi?.Cadence),
                ];
            }
        }
    }

    private static string Person(Chart chart, string id) => chart.FindPerson(id)?.DisplayName ?? id;

    private static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
}
