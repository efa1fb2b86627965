using Pace.Analysis;

namespace Pace;

/// <summary>
/// The analysis, where a developer looks for it: typing <c>kpi.</c>, <c>process.</c> or <c>chart.</c> shows where a
/// KPI stands, its status, trend, streak and targets, and who carries what. The members live here, in the analysis
/// layer, so the model itself depends on nothing; they are shortcuts for <see cref="KpiStanding"/>,
/// <see cref="StatusCheck"/>, <see cref="TrendAnalysis"/>, <see cref="TargetBreakdown"/> and <see cref="PersonLoad"/>,
/// which remain for the finer settings.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1708", Justification = "The analyzer sees the compiler's names for extension blocks, which differ only by case; there are no such members in the source.")]
public static class AnalysisExtensions
{
    /// <summary>The analysis of one KPI.</summary>
    /// <param name="kpi">The KPI.</param>
    extension(Kpi kpi)
    {
        /// <summary>Everything about where the KPI stands on a day: status (period-to-date), trend, misses in a row, staleness.</summary>
        /// <param name="asOf">The day to judge on, usually the chart's <c>date:</c>; <see langword="null"/> judges the latest period as complete.</param>
        /// <returns>The standing.</returns>
        public KpiStanding StandingOn(DateOnly? asOf) => KpiStanding.Of(kpi, asOf);

        /// <summary>The status of the latest period, judged pro rata when it is still running on <paramref name="asOf"/>.</summary>
        /// <param name="asOf">The day to judge on; <see langword="null"/> judges the latest period as complete.</param>
        /// <returns>The status; <see cref="KpiStatus.Unknown"/> without actuals or target.</returns>
        public KpiStatus StatusOn(DateOnly? asOf) => StatusCheck.Of(kpi, asOf);

        /// <summary>The latest actual whose period fits the KPI's cadence, or <see langword="null"/>.</summary>
        public Actual? LatestActual => Series.Latest(kpi);

        /// <summary>How the KPI's periods combine: as written (<c>aggregate:</c>), else inferred from its unit and name.</summary>
        public Aggregate EffectiveAggregate => KpiAggregate.Of(kpi);

        /// <summary>The trend over the last <see cref="TrendAnalysis.MinimumPoints"/> consecutive periods.</summary>
        public Trend Trend => TrendAnalysis.Of(kpi);

        /// <summary>How many periods in a row, up to the latest, missed the target.</summary>
        public int MissesInARow => MissStreak.Count(kpi);

        /// <summary>The KPI's target for any period — a year, quarter, month or ISO week — broken down exactly.</summary>
        /// <param name="period">The period.</param>
        /// <returns>The target, or <see langword="null"/> when the KPI has none or it does not split that way.</returns>
        public PeriodTarget? TargetFor(Period period) => TargetBreakdown.Of(kpi, period);
    }

    /// <summary>The analysis of one process.</summary>
    /// <param name="process">The process.</param>
    extension(CoreProcess process)
    {
        /// <summary>Where each of the process's KPIs stands on a day, in the process's order.</summary>
        /// <param name="asOf">The day to judge on.</param>
        /// <returns>One standing per KPI.</returns>
        public IReadOnlyList<KpiStanding> StandingsOn(DateOnly? asOf) => [.. process.Kpis.Select(k => KpiStanding.Of(k, asOf))];
    }

    /// <summary>The analysis of a whole chart.</summary>
    /// <param name="chart">The chart.</param>
    extension(Chart chart)
    {
        /// <summary>What each person carries: processes owned, KPIs reported, seats and steps.</summary>
        public IReadOnlyList<PersonLoad> Load => PersonLoad.Of(chart);

        /// <summary>Where every KPI stands on the chart's own <c>date:</c>, process by process.</summary>
        public IReadOnlyList<KpiStanding> Standings => [.. chart.Processes.SelectMany(p => p.StandingsOn(chart.Date))];
    }
}
