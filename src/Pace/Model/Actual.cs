namespace Pace;

/// <summary>A measured value of a KPI for one period.</summary>
/// <param name="Period">The period measured.</param>
/// <param name="Value">The value.</param>
public sealed record Actual(Period Period, decimal Value)
{
    private readonly IgnoredInEquality<SourceSpan?> _source;

    /// <summary>Where the actual's period key was written; <see langword="null"/> when built in code. Not compared.</summary>
    public SourceSpan? Source { get => _source.Value; init => _source = new(value); }
}
