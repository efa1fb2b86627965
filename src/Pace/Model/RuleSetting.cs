namespace Pace;

/// <summary>How strongly a rule is applied: switched off, or reported at a severity.</summary>
public enum RuleLevel
{
    /// <summary>The rule is not run.</summary>
    Off,

    /// <summary>Findings are information.</summary>
    Info,

    /// <summary>Findings are warnings.</summary>
    Warning,

    /// <summary>Findings are errors.</summary>
    Error,
}

/// <summary>A per-chart rule setting from the <c>rules:</c> key, e.g. <c>PACE016: off</c>.</summary>
/// <param name="Code">The rule code.</param>
/// <param name="Level">The level to apply.</param>
public sealed record RuleSetting(RuleCode Code, RuleLevel Level)
{
    private readonly IgnoredInEquality<SourceSpan?> _source;

    /// <summary>Where the setting's code was written; <see langword="null"/> when built in code. Not compared.</summary>
    public SourceSpan? Source { get => _source.Value; init => _source = new(value); }
}
