namespace Pace;

/// <summary>A measured value of a KPI for one period.</summary>
/// <param name="Period">The period measured.</param>
/// <param name="Value">The value.</param>
public sealed record Actual(Period Period, decimal Value)
{
    /// <summary>Where the actual was written; <see langword="null"/> when built in code.</summary>
    public SourceSpan? Source { get; init; }
}
