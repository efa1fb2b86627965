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

    /// <summary>A FACe seat (function) was added.</summary>
    FunctionAdded,

    /// <summary>A FACe seat (function) was removed.</summary>
    FunctionRemoved,

    /// <summary>Who holds a FACe seat changed (an open seat is "(vacant)").</summary>
    FunctionOwnerChanged,

    /// <summary>A person now takes part in a step of a process.</summary>
    StepPersonAdded,

    /// <summary>A person no longer takes part in a step of a process.</summary>
    StepPersonRemoved,

    /// <summary>A person moved from one step of a process to another.</summary>
    StepPersonMoved,
}

/// <summary>One change in accountability between two versions of a chart.</summary>
/// <param name="Kind">What changed.</param>
/// <param name="Process">The process's name (in the new chart where it exists there).</param>
/// <param name="Kpi">The KPI's name, for KPI changes.</param>
/// <param name="Before">The value before, if any.</param>
/// <param name="After">The value after, if any.</param>
public sealed record ChartChange(ChangeKind Kind, string Process, string? Kpi, string? Before, string? After)
{
    /// <summary>The function's name, for FACe seat changes; <see langword="null"/> otherwise (then <see cref="Process"/> is empty).</summary>
    public string? Function { get; init; }

    /// <summary>The person, for step changes (<see cref="Before"/> and <see cref="After"/> are then the step names).</summary>
    public string? Person { get; init; }
}
