namespace Pace;

/// <summary>Builds one <see cref="Pace.Function"/> (a FACe seat) for <see cref="ChartBuilder"/>.</summary>
public sealed class FunctionBuilder
{
    private Function _function;

    internal FunctionBuilder(Function function) => _function = function;

    /// <summary>Adds a leading indicator with its most used fields.</summary>
    /// <param name="name">The indicator's name.</param>
    /// <param name="target">The target per cadence period.</param>
    /// <param name="unit">The unit, e.g. <c>EUR</c>.</param>
    /// <param name="cadence">How often it is measured.</param>
    /// <returns>This builder.</returns>
    public FunctionBuilder Kpi(string name, decimal? target = null, string? unit = null, Cadence? cadence = null) =>
        Kpi(new Kpi { Name = name, Target = target, Unit = unit, Cadence = cadence, Timing = Timing.Leading });

    /// <summary>Adds a leading indicator made with all its fields.</summary>
    /// <param name="kpi">The indicator.</param>
    /// <returns>This builder.</returns>
    public FunctionBuilder Kpi(Kpi kpi) => With(_function with { Kpis = [.. _function.Kpis, kpi] });

    /// <summary>Adds a result the function answers for, e.g. "Brutomarge".</summary>
    /// <param name="outcome">The result.</param>
    /// <returns>This builder.</returns>
    public FunctionBuilder Outcome(string outcome) => With(_function with { Outcomes = [.. _function.Outcomes, outcome] });

    /// <summary>Adds another owner (a valid seat has exactly one).</summary>
    /// <param name="owner">The owner.</param>
    /// <returns>This builder.</returns>
    public FunctionBuilder AlsoOwnedBy(string owner) => With(_function with { Owners = [.. _function.Owners, owner] });

    internal Function Build() => _function;

    private FunctionBuilder With(Function function)
    {
        _function = function;
        return this;
    }
}
