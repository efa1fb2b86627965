namespace Pace;

/// <summary>A key performance indicator of a core process.</summary>
public sealed record Kpi
{
    private readonly IgnoredInEquality<SourceMap?> _source;

    /// <summary>The KPI's name.</summary>
    public string? Name { get; init; }

    /// <summary>The unit, e.g. <c>EUR</c>, <c>%</c>, <c>days</c>; <see langword="null"/> for a plain count.</summary>
    public string? Unit { get; init; }

    /// <summary>The target per cadence period.</summary>
    public decimal? Target { get; init; }

    /// <summary>Which way the KPI improves; higher when not given.</summary>
    public Direction? Better { get; init; }

    /// <summary>How often the KPI is measured.</summary>
    public Cadence? Cadence { get; init; }

    /// <summary>
    /// How the KPI's values combine over time (sum, average or last) as written; <see langword="null"/> when not
    /// given, in which case Pace.Analysis infers it from the unit and name (<c>KpiAggregate</c>).
    /// </summary>
    public Aggregate? Aggregate { get; init; }

    /// <summary>Leading or lagging.</summary>
    public Timing? Timing { get; init; }

    /// <summary>Input or output.</summary>
    public Focus? Focus { get; init; }

    /// <summary>Fast or slow as written; see <see cref="EffectiveSpeed"/> for the derived value.</summary>
    public Speed? Speed { get; init; }

    /// <summary>Hard or soft.</summary>
    public Nature? Nature { get; init; }

    /// <summary>The level at which the target is set.</summary>
    public KpiLevel? Level { get; init; }

    /// <summary>The PACe form slot (PACE-FORM): better, faster or cheaper.</summary>
    public Dimension? Dimension { get; init; }

    /// <summary>Who reports the KPI; the process owner when not given.</summary>
    public string? Owner { get; init; }

    /// <summary>Tolerance for amber status, as a fraction of the target (0.1 = 10 %); the default applies when not given.</summary>
    public decimal? Tolerance { get; init; }

    /// <summary>
    /// The value past which the KPI is red, in the worse direction (below it for <c>better: higher</c>, above it for
    /// <c>lower</c>); the value itself is still amber. <see langword="null"/> to derive it from the tolerance.
    /// </summary>
    public decimal? Red { get; init; }

    /// <summary>The value at or past which the KPI is green; <see langword="null"/> for the target.</summary>
    public decimal? Green { get; init; }

    /// <summary>The value at or past which the KPI is super-green (a stretch goal); <see langword="null"/> for none.</summary>
    public decimal? Super { get; init; }

    /// <summary>Measured values, oldest first.</summary>
    public IReadOnlyList<Actual> Actuals { get; init => field = ValueList<Actual>.From(value); } = ValueList<Actual>.Empty;

    /// <summary>Relative weights per month (twelve) for breaking a year target down (A003); <see langword="null"/> for even.</summary>
    public IReadOnlyList<decimal>? Seasonality { get; init => field = ValueList.FromOptional(value); }

    /// <summary>Where the KPI was written; <see langword="null"/> for KPIs built in code. Not compared.</summary>
    public SourceMap? Source { get => _source.Value; init => _source = new(value); }

    /// <summary>The direction, defaulting to <see cref="Direction.Higher"/>.</summary>
    public Direction EffectiveBetter => Better ?? Direction.Higher;

    /// <summary>The speed as written, else derived from the cadence: day and week are fast; unknown when neither is given.</summary>
    public Speed? EffectiveSpeed => Speed ?? Cadence switch
    {
        Pace.Cadence.Day or Pace.Cadence.Week => Pace.Speed.Fast,
        null => null,
        _ => Pace.Speed.Slow,
    };
}
