namespace Pace.Analysis;

/// <summary>The part of a target that falls to one shorter period.</summary>
/// <param name="Period">The period, e.g. the month <c>2026-10</c>.</param>
/// <param name="Target">The target for that period.</param>
public sealed record PeriodTarget(Period Period, decimal Target);
