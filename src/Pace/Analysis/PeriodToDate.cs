namespace Pace.Analysis;

/// <summary>
/// An actual judged as of a date. A period that is still under way on the chart's date is judged against what it
/// should have reached by then: a flow (<see cref="Aggregate.Sum"/>) against its pro-rata target — the breakdown of the
/// days passed, so € 110.000 of a € 300.000 fourth quarter on 1 November is ahead of October's € 100.000 (A000:
/// "Terugrekenen per maand") — and a rate, score or level against the target itself, which holds at every moment.
/// A period that has ended, or any period without a date, is judged against its whole target.
/// </summary>
public sealed record PeriodToDate
{
    /// <summary>The period of the actual.</summary>
    public required Period Period { get; init; }

    /// <summary>The actual's value.</summary>
    public required decimal Value { get; init; }

    /// <summary>The date it is judged as of; <see langword="null"/> when the chart has none.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>The days of the period that have passed by <see cref="AsOf"/> (all of them for a period that has ended).</summary>
    public required int DaysPassed { get; init; }

    /// <summary>The days of the period.</summary>
    public required int Days { get; init; }

    /// <summary>Whether the period is still under way as of the date.</summary>
    public bool IsRunning => DaysPassed < Days;

    /// <summary>Whether the value is judged against a pro-rata target: a sum in a period under way.</summary>
    public required bool ProRata { get; init; }

    /// <summary>What the value is judged against: the pro-rata target (rounded to the cent) or the whole target; <see langword="null"/> without one.</summary>
    public decimal? Target { get; init; }

    /// <summary>The target for the whole period, as written.</summary>
    public decimal? WholeTarget { get; init; }

    /// <summary>How far the value is past <see cref="Target"/> in the better direction: above zero ahead, below zero behind; <see langword="null"/> without a target.</summary>
    public decimal? Ahead { get; init; }

    /// <summary>The status of the value against <see cref="Target"/> and the KPI's thresholds, scaled alike.</summary>
    public required KpiStatus Status { get; init; }

    /// <summary>The latest actual of a KPI, judged as of a date.</summary>
    /// <param name="kpi">The KPI.</param>
    /// <param name="asOf">The chart's date; <see langword="null"/> to judge the period as complete.</param>
    /// <returns>The judgement; <see langword="null"/> without actuals that fit the cadence.</returns>
    public static PeriodToDate? Of(Kpi kpi, DateOnly? asOf) => Series.Latest(kpi) is { } latest ? Of(kpi, latest, asOf) : null;

    /// <summary>One actual of a KPI, judged as of a date.</summary>
    /// <param name="kpi">The KPI.</param>
    /// <param name="actual">The actual.</param>
    /// <param name="asOf">The chart's date; <see langword="null"/> to judge the period as complete.</param>
    /// <returns>The judgement.</returns>
    public static PeriodToDate Of(Kpi kpi, Actual actual, DateOnly? asOf)
    {
        var period = actual.Period;
        var days = period.End.DayNumber - period.Start.DayNumber;
        var running = asOf is { } date && Calendar.Supports(period) && Calendar.IsRunning(period, date);
        var passed = running ? Calendar.DaysPassed(period, asOf!.Value) : days;
        var proRata = running && KpiAggregate.IsSummable(kpi);
        var share = proRata ? ShareOfDays(kpi, period, asOf!.Value) : 1m;
        var target = kpi.Target is { } whole ? Round(whole * share, whole) : (decimal?)null;
        return new PeriodToDate
        {
            Period = period,
            Value = actual.Value,
            AsOf = asOf,
            DaysPassed = passed,
            Days = days,
            ProRata = proRata,
            Target = target,
            WholeTarget = kpi.Target,
            Ahead = target is { } t ? AheadOf(kpi, actual.Value, t) : null,
            Status = StatusCheck.Judge(kpi, actual.Value, share),
        };
    }

    /// <summary>The share of a period's target that falls on the days before a date, as the breakdown spreads it.</summary>
    internal static decimal ShareOfDays(Kpi kpi, Period period, DateOnly asOf)
    {
        var weights = DayWeights.Normalised(kpi.Seasonality);
        var whole = DayWeights.Sum(period.Start, period.End, period.Length, weights);
        return whole == 0 ? 0 : DayWeights.Sum(period.Start, asOf, period.Length, weights) / whole;
    }

    private static decimal Round(decimal value, decimal like) => decimal.Round(value, Math.Max(TargetBreakdown.DefaultDecimals, (int)like.Scale), MidpointRounding.AwayFromZero);

    private static decimal? AheadOf(Kpi kpi, decimal value, decimal target)
    {
        try
        {
            return kpi.EffectiveBetter == Direction.Higher ? value - target : target - value;
        }
        catch (OverflowException)
        {
            return null;
        }
    }
}
