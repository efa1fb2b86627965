namespace Pace;

/// <summary>
/// One of the 4–9 core processes that drive the business: a flow from input to outcome,
/// with exactly one accountable owner and three KPIs (when valid).
/// </summary>
public sealed record CoreProcess
{
    private readonly IgnoredInEquality<SourceMap?> _source;

    /// <summary>The process name; describes a flow, not a department (A001).</summary>
    public string? Name { get; init; }

    /// <summary>What comes in, e.g. "Leads".</summary>
    public string? Input { get; init; }

    /// <summary>What comes out, e.g. "Getekende opdrachten".</summary>
    public string? Outcome { get; init; }

    /// <summary>The steps of the flow, in order; each a name, and, where the chart says so, who and which functions take part.</summary>
    public IReadOnlyList<ProcessStep> Steps { get; init => field = ValueList<ProcessStep>.From(value); } = ValueList<ProcessStep>.Empty;

    /// <summary>
    /// The accountable owners as written: people ids when the chart has a roster, else plain names.
    /// A valid process has exactly one.
    /// </summary>
    public IReadOnlyList<string> Owners { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>The KPIs; a valid process has exactly three.</summary>
    public IReadOnlyList<Kpi> Kpis { get; init => field = ValueList<Kpi>.From(value); } = ValueList<Kpi>.Empty;

    /// <summary>Where the process was written; <see langword="null"/> for processes built in code. Not compared.</summary>
    public SourceMap? Source { get => _source.Value; init => _source = new(value); }

    /// <summary>The single accountable owner, or <see langword="null"/> when there is none or more than one.</summary>
    public string? Owner => Owners.Count == 1 ? Owners[0] : null;
}
