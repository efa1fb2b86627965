namespace Pace.Analysis;

/// <summary>
/// How a KPI stands against its target, judged on its latest actual — Rhythm Systems' red, yellow (here amber), green
/// and super-green.
/// </summary>
public enum KpiStatus
{
    /// <summary>No verdict: the KPI has no target or no actuals.</summary>
    Unknown,

    /// <summary>The latest actual meets the target.</summary>
    Green,

    /// <summary>The latest actual misses the target, but by no more than the tolerance.</summary>
    Amber,

    /// <summary>The latest actual misses the target by more than the tolerance, or past the KPI's <c>red:</c> value.</summary>
    Red,

    /// <summary>The latest actual reaches the KPI's <c>super:</c> value, a stretch beyond the target.</summary>
    Super,
}
