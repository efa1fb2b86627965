namespace Pace.Validation;

/// <summary>
/// A team's own check, declared in <c>pace.config.yaml</c> under <c>checks:</c> (or built in code): a code with the
/// team's prefix, a level, one condition, and optionally its own messages. The library, the <c>pace</c> command
/// (Native AOT included) and <c>Pace.Build</c> run it like a built-in rule; <see cref="ToRule"/> turns it into one.
/// </summary>
/// <example>
/// <code>
/// checks:
///   - code: ACME001
///     level: error
///     units: [EUR, '%', days]
/// </code>
/// </example>
public sealed record TeamCheck
{
    /// <summary>The check's code, e.g. <c>ACME001</c>; the prefix <c>PACE</c> is Pace's own.</summary>
    public required RuleCode Code { get; init; }

    /// <summary>The severity of its findings; switch it off per chart or run with a <c>rules:</c> level.</summary>
    public Severity Severity { get; init; } = Severity.Warning;

    /// <summary>What the check requires.</summary>
    public required TeamCheckKind Kind { get; init; }

    /// <summary>The allowed units (<see cref="TeamCheckKind.Units"/>) or the forbidden words (<see cref="TeamCheckKind.ForbiddenWords"/>).</summary>
    public IReadOnlyList<string> Values { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>The most KPIs one person may report (<see cref="TeamCheckKind.MaxKpisPerPerson"/>).</summary>
    public int? Limit { get; init; }

    /// <summary>The timing every process needs at least one KPI of (<see cref="TeamCheckKind.ProcessNeedsKpi"/>), if any.</summary>
    public Timing? Timing { get; init; }

    /// <summary>The focus every process needs at least one KPI of (<see cref="TeamCheckKind.ProcessNeedsKpi"/>), if any.</summary>
    public Focus? Focus { get; init; }

    /// <summary>
    /// The team's own message per language, with named placeholders (<see cref="TeamCheckKind"/> lists them per kind);
    /// a language without one uses Pace's message for the kind.
    /// </summary>
    public IReadOnlyList<TeamMessage> Messages { get; init => field = ValueList<TeamMessage>.From(value); } = ValueList<TeamMessage>.Empty;

    private readonly IgnoredInEquality<SourceSpan?> _source;

    /// <summary>Where the check's <c>code</c> was written; <see langword="null"/> when built in code. Not compared.</summary>
    public SourceSpan? Source { get => _source.Value; init => _source = new(value); }

    /// <summary>The rule that runs this check.</summary>
    /// <returns>A rule with this check's code, severity and messages.</returns>
    /// <exception cref="ArgumentException">The code starts with <c>PACE</c>, a message names a placeholder the kind does not have, or the kind's setting is missing.</exception>
    public Rule ToRule() => new TeamRule(this);
}
