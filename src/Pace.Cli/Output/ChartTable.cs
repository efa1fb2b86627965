using System.Globalization;

namespace Pace.Cli.Output;

/// <summary>A chart flattened to one row per KPI, for wikis and spreadsheets; <see cref="ExportFormat"/> prints it.</summary>
internal static class ChartTable
{
    public static readonly string[] Columns =
    [
        "#", "process", "input", "outcome", "owner", "role", "kpi", "unit", "target", "better", "cadence",
        "timing", "focus", "speed", "nature", "level", "dimension", "kpi owner",
    ];

    public static IEnumerable<string[]> Rows(Chart chart)
    {
        for (var i = 0; i < chart.Processes.Count; i++)
        {
            var p = chart.Processes[i];
            var owner = p.Owners.Count == 0 ? string.Empty : string.Join(", ", p.Owners.Select(o => chart.FindPerson(o)?.DisplayName ?? o));
            var role = p.Owner is { } id ? chart.FindPerson(id)?.Role ?? string.Empty : string.Empty;
            var number = (i + 1).ToString(CultureInfo.InvariantCulture);
            if (p.Kpis.Count == 0)
            {
                yield return [number, p.Name ?? string.Empty, p.Input ?? string.Empty, p.Outcome ?? string.Empty, owner, role, .. Enumerable.Repeat(string.Empty, 12)];
            }

            foreach (var k in p.Kpis)
            {
                yield return
                [
                    number, p.Name ?? string.Empty, p.Input ?? string.Empty, p.Outcome ?? string.Empty, owner, role,
                    k.Name ?? string.Empty, k.Unit ?? string.Empty, k.Target?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                    KpiWords.Name(k.EffectiveBetter), KpiWords.Name(k.Cadence), KpiWords.Name(k.Timing), KpiWords.Name(k.Focus),
                    KpiWords.Name(k.EffectiveSpeed), KpiWords.Name(k.Nature), KpiWords.Name(k.Level), KpiWords.Name(k.Dimension),
                    k.Owner is null ? owner : chart.FindPerson(k.Owner)?.DisplayName ?? k.Owner,
                ];
            }
        }
    }
}
