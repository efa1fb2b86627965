namespace Pace.Comparison;

/// <summary>What kind of accountability change a <see cref="ChartChange"/> is.</summary>
public enum ChangeKind
{
    /// <summary>A core process was added.</summary>
    ProcessAdded,

    /// <summary>A core process was removed.</summary>
    ProcessRemoved,

    /// <summary>A core process was renamed (matched by its KPIs or its place and owner).</summary>
    ProcessRenamed,

    /// <summary>A process's accountable owner changed.</summary>
    OwnerChanged,

    /// <summary>A KPI was added to a process.</summary>
    KpiAdded,

    /// <summary>A KPI was removed from a process.</summary>
    KpiRemoved,

    /// <summary>A KPI's target changed.</summary>
    TargetChanged,

    /// <summary>A KPI's cadence changed.</summary>
    CadenceChanged,

    /// <summary>A KPI's unit changed.</summary>
    UnitChanged,

    /// <summary>A KPI's direction (higher or lower is better) changed.</summary>
    DirectionChanged,

    /// <summary>Who reports a KPI changed.</summary>
    KpiOwnerChanged,
}

/// <summary>One change in accountability between two versions of a chart.</summary>
/// <param name="Kind">What changed.</param>
/// <param name="Process">The process's name (in the new chart where it exists there).</param>
/// <param name="Kpi">The KPI's name, for KPI changes.</param>
/// <param name="Before">The value before, if any.</param>
/// <param name="After">The value after, if any.</param>
public sealed record ChartChange(ChangeKind Kind, string Process, string? Kpi, string? Before, string? After);
