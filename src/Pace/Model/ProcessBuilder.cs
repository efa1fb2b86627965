namespace Pace;

/// <summary>Builds one <see cref="CoreProcess"/> for <see cref="ChartBuilder"/>.</summary>
public sealed class ProcessBuilder
{
    private readonly List<string> _owners = [];
    private readonly List<Kpi> _kpis = [];
    private CoreProcess _process;

    internal ProcessBuilder(string name, string? owner)
    {
        _process = new CoreProcess { Name = name };
        if (owner is not null)
        {
            _owners.Add(owner);
        }
    }

    /// <summary>Sets what comes in.</summary>
    /// <param name="input">The input, e.g. "Leads".</param>
    /// <returns>This builder.</returns>
    public ProcessBuilder Input(string input) => With(_process with { Input = input });

    /// <summary>Sets what comes out.</summary>
    /// <param name="outcome">The outcome, e.g. "Getekende opdrachten".</param>
    /// <returns>This builder.</returns>
    public ProcessBuilder Outcome(string outcome) => With(_process with { Outcome = outcome });

    /// <summary>Sets the steps of the flow.</summary>
    /// <param name="steps">The steps, in order.</param>
    /// <returns>This builder.</returns>
    public ProcessBuilder Steps(params string[] steps) => With(_process with { Steps = [.. steps.Select(ProcessStep.Named)] });

    /// <summary>Adds a step with who takes part and, optionally, the functions that take part and the step's number.</summary>
    /// <param name="name">The step's name.</param>
    /// <param name="people">Who takes part (people ids with a roster, else names).</param>
    /// <param name="functions">The functions of the FACe that take part, by name.</param>
    /// <param name="kpi">The number that measures the step, if any.</param>
    /// <returns>This builder.</returns>
    public ProcessBuilder Step(string name, IReadOnlyList<string> people, IReadOnlyList<string>? functions = null, Kpi? kpi = null) =>
        With(_process with { Steps = [.. _process.Steps, new ProcessStep { Name = name, People = people, Functions = functions ?? [], Kpi = kpi }] });

    /// <summary>Adds another owner (a valid process has exactly one).</summary>
    /// <param name="owner">The owner.</param>
    /// <returns>This builder.</returns>
    public ProcessBuilder AlsoOwnedBy(string owner)
    {
        _owners.Add(owner);
        return this;
    }

    /// <summary>Adds a KPI with its most used fields.</summary>
    /// <param name="name">The KPI name.</param>
    /// <param name="target">The target per cadence period.</param>
    /// <param name="unit">The unit, e.g. <c>EUR</c>.</param>
    /// <param name="cadence">How often it is measured.</param>
    /// <returns>This builder.</returns>
    public ProcessBuilder Kpi(string name, decimal? target = null, string? unit = null, Cadence? cadence = null) =>
        Kpi(new Kpi { Name = name, Target = target, Unit = unit, Cadence = cadence });

    /// <summary>Adds a KPI made with all its fields.</summary>
    /// <param name="kpi">The KPI.</param>
    /// <returns>This builder.</returns>
    public ProcessBuilder Kpi(Kpi kpi)
    {
        _kpis.Add(kpi);
        return this;
    }

    internal CoreProcess Build() => _process with { Owners = [.. _owners], Kpis = [.. _kpis] };

    private ProcessBuilder With(CoreProcess process)
    {
        _process = process;
        return this;
    }
}
