namespace Pace;

/// <summary>
/// A seat of the Function Accountability Chart (FACe, FACE-FORM), the PACe's sibling: a function of the business —
/// head of the company, marketing, sales, operations, finance, technology, people — with the one person accountable
/// for it, its leading indicators and its results. A function may be an explicitly open seat (<see cref="Vacant"/>).
/// Like every part of the model it may be invalid (no owner, two owners); validity is what validation reports.
/// </summary>
public sealed record Function
{
    private readonly IgnoredInEquality<SourceMap?> _source;

    /// <summary>The function's name, e.g. "Sales" or "Head of Company".</summary>
    public string? Name { get; init; }

    /// <summary>The accountable owners as written: people ids when the chart has a roster, else plain names. A valid seat has exactly one, or is vacant.</summary>
    public IReadOnlyList<string> Owners { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>Whether the seat is explicitly open (<c>vacant: true</c>): nobody is accountable yet, and the chart says so.</summary>
    public bool Vacant { get; init; }

    /// <summary>The leading indicators (KPIs, same shape as a process's); one to three.</summary>
    public IReadOnlyList<Kpi> Kpis { get; init => field = ValueList<Kpi>.From(value); } = ValueList<Kpi>.Empty;

    /// <summary>The results the function answers for (the FACe form's "Results/Outcomes", P/L or balance-sheet items), as short texts.</summary>
    public IReadOnlyList<string> Outcomes { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>Where the function was written; <see langword="null"/> when built in code. Not compared.</summary>
    public SourceMap? Source { get => _source.Value; init => _source = new(value); }

    /// <summary>The single accountable owner, or <see langword="null"/> when there is none or more than one.</summary>
    public string? Owner => Owners.Count == 1 ? Owners[0] : null;
}
