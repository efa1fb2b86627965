namespace Pace.Analysis;

/// <summary>
/// Where a KPI stands as of a chart's date, everything the weekly meeting asks in one place: how its periods combine,
/// the actuals judged and those left out, the latest period to date, its status, trend and streak of misses, and
/// whether its number is stale. The chart's pages and <c>pace export</c> read this, so they say the same.
/// </summary>
public sealed record KpiStanding
{
    /// <summary>The KPI.</summary>
    public required Kpi Kpi { get; init; }

    /// <summary>The date it is judged as of; <see langword="null"/> when the chart has none.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>How its periods combine, and why.</summary>
    public required AggregateChoice Aggregate { get; init; }

    /// <summary>The actuals that fit its cadence, oldest first: the ones judged.</summary>
    public IReadOnlyList<Actual> Actuals { get; init => field = ValueList<Actual>.From(value); } = ValueList<Actual>.Empty;

    /// <summary>The actuals whose period does not fit the cadence, left out (PACE024).</summary>
    public IReadOnlyList<Actual> Unfitting { get; init => field = ValueList<Actual>.From(value); } = ValueList<Actual>.Empty;

    /// <summary>The latest actual judged as of the date; <see langword="null"/> without actuals.</summary>
    public PeriodToDate? Latest { get; init; }

    /// <summary>The status of the latest actual (<see cref="KpiStatus.Unknown"/> without a target or actuals).</summary>
    public KpiStatus Status => Latest?.Status ?? KpiStatus.Unknown;

    /// <summary>The trend.</summary>
    public required TrendReading Trend { get; init; }

    /// <summary>The latest actuals that missed the target in a row, oldest first.</summary>
    public IReadOnlyList<Actual> Misses { get; init => field = ValueList<Actual>.From(value); } = ValueList<Actual>.Empty;

    /// <summary>What is missing when its number is stale; <see langword="null"/> when up to date.</summary>
    public Staleness? Stale { get; init; }

    /// <summary>Where a KPI stands as of a date.</summary>
    /// <param name="kpi">The KPI.</param>
    /// <param name="asOf">The chart's date, or <see langword="null"/>.</param>
    /// <returns>The standing.</returns>
    public static KpiStanding Of(Kpi kpi, DateOnly? asOf) => new()
    {
        Kpi = kpi,
        AsOf = asOf,
        Aggregate = KpiAggregate.Choose(kpi),
        Actuals = Series.Fitting(kpi),
        Unfitting = Series.Unfitting(kpi),
        Latest = PeriodToDate.Of(kpi, asOf),
        Trend = TrendAnalysis.Reading(kpi, asOf),
        Misses = MissStreak.Of(kpi, asOf),
        Stale = Staleness.Of(kpi, asOf),
    };
}
