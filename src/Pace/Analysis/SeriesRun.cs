namespace Pace.Analysis;

/// <summary>Periods with no actual between two that have one: what breaks a streak or a trend.</summary>
/// <param name="First">The first period without an actual.</param>
/// <param name="Last">The last period without an actual (the same as <paramref name="First"/> for one).</param>
public sealed record SeriesGap(Period First, Period Last);

/// <summary>The latest actuals for consecutive periods (W41, W42, W43 — not W01, W10, W20), and the gap before them.</summary>
/// <param name="Actuals">The run, oldest first.</param>
/// <param name="GapBefore">The periods missing right before the run, when an earlier actual exists; <see langword="null"/> when the run is all there is.</param>
public sealed record SeriesRun(IReadOnlyList<Actual> Actuals, SeriesGap? GapBefore)
{
    /// <summary>The run, oldest first.</summary>
    public IReadOnlyList<Actual> Actuals { get; init => field = ValueList<Actual>.From(value); } = ValueList<Actual>.From(Actuals);
}
