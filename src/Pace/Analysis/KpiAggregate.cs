namespace Pace.Analysis;

/// <summary>
/// How a KPI's values combine over time: written as <c>aggregate:</c>, else inferred. Flows add up, rates, scores and
/// durations average, levels take the latest reading. A000's breakdown ("€ 300.000 … per maand € 100.000 … per week
/// € 25.000") holds for a flow only: an NPS of 45 a quarter is not 15 a month, a 30-day lead time is not 10 days a
/// month, and a sales pipeline of € 900.000 must stand every week (A001 names "de sales pipeline" and A002 "de wekelijkse
/// bankstand" as numbers read, not added).
/// </summary>
/// <remarks>
/// <para>The inference, in order (Pace's own; documented in docs/format.md):</para>
/// <list type="number">
/// <item>a written <c>aggregate:</c> wins;</item>
/// <item>a unit that is a percentage, score, rate or duration (<c>%</c>, <c>NPS</c>, <c>EUR/uur</c>, <c>dagen</c>, <c>hours</c>) averages;</item>
/// <item>a name with "per" or a ratio word ("Kosten per factuur", "conversion rate") averages;</item>
/// <item>a name with a level word ("Salespipeline", "Backlog", "Bankstand", "Voorraad") takes the last;</item>
/// <item>everything else — a currency, a count, no unit — adds up.</item>
/// </list>
/// </remarks>
public static class KpiAggregate
{
    /// <summary>How a KPI's values combine over time.</summary>
    /// <param name="kpi">The KPI.</param>
    /// <returns>The written aggregate, else the inferred one.</returns>
    public static Aggregate Of(Kpi kpi) => Choose(kpi).Aggregate;

    /// <summary>How a KPI's values combine over time, with the reason.</summary>
    /// <param name="kpi">The KPI.</param>
    /// <returns>The choice and what decided it.</returns>
    public static AggregateChoice Choose(Kpi kpi)
    {
        if (kpi.Aggregate is { } written)
        {
            return new AggregateChoice(written, AggregateBasis.Written, null);
        }

        if (AggregateWords.AveragingUnit(kpi.Unit, kpi.Name) is { } unit)
        {
            return new AggregateChoice(Aggregate.Average, AggregateBasis.Unit, unit);
        }

        if (AggregateWords.RateInName(kpi.Name) is { } rate)
        {
            return new AggregateChoice(Aggregate.Average, AggregateBasis.Name, rate);
        }

        if (AggregateWords.LevelInName(kpi.Name) is { } level)
        {
            return new AggregateChoice(Aggregate.Last, AggregateBasis.Name, level);
        }

        return string.IsNullOrWhiteSpace(kpi.Unit)
            ? new AggregateChoice(Aggregate.Sum, AggregateBasis.Default, null)
            : new AggregateChoice(Aggregate.Sum, AggregateBasis.Unit, kpi.Unit.Trim());
    }

    /// <summary>Whether a KPI's target splits into shorter periods and a running period is judged pro rata: a flow that adds up.</summary>
    /// <param name="kpi">The KPI.</param>
    /// <returns><see langword="true"/> for <see cref="Aggregate.Sum"/>.</returns>
    public static bool IsSummable(Kpi kpi) => Of(kpi) == Aggregate.Sum;
}
