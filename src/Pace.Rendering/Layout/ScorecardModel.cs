using Pace.Analysis;

namespace Pace.Rendering.Layout;

/// <summary>What a scorecard cell holds.</summary>
internal enum CellKind
{
    /// <summary>Before the KPI's first actual: nothing to say.</summary>
    Empty,

    /// <summary>An actual, with its status.</summary>
    Value,

    /// <summary>No actual for a period between two that have one.</summary>
    Missing,

    /// <summary>No actual for a period after the latest, up to the last one the cadence completed: a stale number.</summary>
    Stale,

    /// <summary>The period under way on the chart's date, not reported yet: not late.</summary>
    Open,
}

/// <summary>One period of a KPI's row.</summary>
internal sealed record ScorecardCell(Period Period, CellKind Kind, decimal? Value = null, KpiStatus Status = KpiStatus.Unknown);

/// <summary>A KPI's row: its place on the chart, where it stands, and its last 13 periods oldest first.</summary>
internal sealed record ScorecardLine(int Number, CoreProcess Process, KpiStanding Standing, IReadOnlyList<ScorecardCell> Cells);

/// <summary>The rows of one person: the KPIs they report (A001: "noemt iedereen zijn eigen KPI").</summary>
internal sealed record ScorecardGroup(string Person, IReadOnlyList<ScorecardLine> Lines);

/// <summary>
/// The scorecard's content, apart from where it goes: the KPIs with actuals grouped by the person who reports them
/// (<see cref="PersonLoad"/>, the same count the people page shows), each with its last <see cref="Columns"/> periods —
/// the 13-week scorecard of Ninety and other EOS tools, a quarter of weeks side by side.
/// </summary>
internal static class ScorecardModel
{
    /// <summary>How many periods a row shows: 13, a quarter of weeks.</summary>
    public const int Columns = 13;

    /// <summary>The groups, in the people page's order; KPIs nobody reports come last under their own heading.</summary>
    public static List<ScorecardGroup> Of(LayoutContext ctx, CancellationToken cancellationToken = default)
    {
        // Judging every KPI is the slow part for a huge chart: cancellation is honoured between KPIs.
        ScorecardLine? At(int process, int kpi)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return Line(ctx, process, kpi);
        }

        var chart = ctx.Chart;
        var groups = new List<ScorecardGroup>();
        var seen = new HashSet<(int, int)>();
        foreach (var load in PersonLoad.Of(chart))
        {
            var lines = load.ReportedKpis.Select(k => At(k.ProcessIndex, k.KpiIndex)).OfType<ScorecardLine>().ToList();
            foreach (var k in load.ReportedKpis)
            {
                seen.Add((k.ProcessIndex, k.KpiIndex));
            }

            if (lines.Count > 0)
            {
                groups.Add(new ScorecardGroup(ctx.PersonName(load.Id), lines));
            }
        }

        var orphans = chart.Processes.SelectMany((p, i) => p.Kpis.Select((_, k) => (i, k)))
            .Where(at => !seen.Contains(at))
            .Select(at => At(at.i, at.k)).OfType<ScorecardLine>().ToList();
        if (orphans.Count > 0)
        {
            groups.Add(new ScorecardGroup(ctx.Labels.NoReporter, orphans));
        }

        return groups;
    }

    /// <summary>The row of a KPI with actuals that fit its cadence; <see langword="null"/> for one without.</summary>
    private static ScorecardLine? Line(LayoutContext ctx, int processIndex, int kpiIndex)
    {
        var process = ctx.Chart.Processes[processIndex];
        var kpi = process.Kpis[kpiIndex];
        var standing = ctx.Standing(kpi);
        if (standing.Latest is not { } latest || !InCalendar(latest.Period))
        {
            return null;
        }

        return new ScorecardLine(processIndex + 1, process, standing, Cells(kpi, standing, latest.Period, ctx.Chart.Date));
    }

    /// <summary>The last 13 periods up to the latest actual or the last period completed by the date, whichever is later.</summary>
    private static List<ScorecardCell> Cells(Kpi kpi, KpiStanding standing, Period latest, DateOnly? asOf)
    {
        var end = latest;
        if (standing.Stale is { } stale)
        {
            end = stale.Expected;
        }

        var periods = new List<Period> { end };
        while (periods.Count < Columns && InCalendar(periods[0]) && InCalendar(Period.Containing(end.Length, periods[0].Start.AddDays(-1))))
        {
            periods.Insert(0, Period.Containing(end.Length, periods[0].Start.AddDays(-1)));
        }

        var byPeriod = standing.Actuals.ToDictionary(a => a.Period);
        var first = standing.Actuals[0].Period;
        return [.. periods.Select(period =>
        {
            if (byPeriod.TryGetValue(period, out var actual))
            {
                return new ScorecardCell(period, CellKind.Value, actual.Value, PeriodToDate.Of(kpi, actual, asOf).Status);
            }

            if (period < first)
            {
                return new ScorecardCell(period, CellKind.Empty);
            }

            if (period > latest)
            {
                return asOf is { } d && period.End > d ? new ScorecardCell(period, CellKind.Open) : new ScorecardCell(period, CellKind.Stale);
            }

            return new ScorecardCell(period, CellKind.Missing);
        })];
    }

    /// <summary>Periods well inside the calendar: ISO weeks and period ends run out at years 1 and 9999.</summary>
    private static bool InCalendar(Period period) => period.Start.Year is > 1 and < 9999;
}
