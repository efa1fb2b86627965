namespace Pace.Analysis;

/// <summary>How a KPI stands against its target, judged on its latest actual.</summary>
public enum KpiStatus
{
    /// <summary>No verdict: the KPI has no target or no actuals.</summary>
    Unknown,

    /// <summary>The latest actual meets the target.</summary>
    Green,

    /// <summary>The latest actual misses the target, but by no more than the tolerance.</summary>
    Amber,

    /// <summary>The latest actual misses the target by more than the tolerance.</summary>
    Red,
}
