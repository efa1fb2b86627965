namespace Pace;

/// <summary>
/// One step of a core process (A001: "opvolgen, bezoeken, presenteren, offreren en afsluiten"): its name and,
/// when the chart says who does what, the people who take part, the functions of the FACe that take part, and the
/// number that measures the step (A001: "Van elke activiteit en processtap is de gezondheid vast te leggen in een
/// getal"). A step written as a plain name has no people, functions or KPI.
/// </summary>
public sealed record ProcessStep
{
    private readonly IgnoredInEquality<SourceMap?> _source;

    /// <summary>The step's name, e.g. "Offreren".</summary>
    public string? Name { get; init; }

    /// <summary>Who takes part: people ids when the chart has a roster, else plain names; empty when not said.</summary>
    public IReadOnlyList<string> People { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>The functions (by name, from the chart's <c>functions:</c>) that take part in the step; empty when not said.</summary>
    public IReadOnlyList<string> Functions { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>The number that measures the step, or <see langword="null"/>.</summary>
    public Kpi? Kpi { get; init; }

    /// <summary>Where the step was written (a plain name has a span but no keys); <see langword="null"/> when built in code. Not compared.</summary>
    public SourceMap? Source { get => _source.Value; init => _source = new(value); }

    /// <summary>Whether the step says more than its name (people, functions or a KPI), so it is written as a mapping.</summary>
    public bool IsDetailed => People.Count > 0 || Functions.Count > 0 || Kpi is not null;

    /// <summary>A step that is only a name.</summary>
    /// <param name="name">The step's name.</param>
    /// <returns>The step.</returns>
    public static ProcessStep Named(string name) => new() { Name = name };
}
