namespace Pace.Analysis;

/// <summary>Where a KPI's <see cref="Aggregate"/> comes from.</summary>
public enum AggregateBasis
{
    /// <summary>Written in the chart (<c>aggregate:</c>).</summary>
    Written,

    /// <summary>Inferred from the unit: % and scores, rates and durations average; currency and counts add up.</summary>
    Unit,

    /// <summary>Inferred from the name: "per" makes a rate ("Kosten per factuur"), a level word a level ("Salespipeline", "Backlog").</summary>
    Name,

    /// <summary>Nothing said otherwise: a count, which adds up.</summary>
    Default,
}

/// <summary>How a KPI's values combine over time, and why Pace thinks so.</summary>
/// <param name="Aggregate">Sum, average or last.</param>
/// <param name="Basis">Written, or inferred from the unit or name, or the default.</param>
/// <param name="Word">The unit or the word of the name that decided; <see langword="null"/> when written or by default.</param>
public sealed record AggregateChoice(Aggregate Aggregate, AggregateBasis Basis, string? Word);
