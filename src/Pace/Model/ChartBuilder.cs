namespace Pace;

/// <summary>
/// Builds a <see cref="Chart"/> in code, fluently. The builder does not validate: like a file,
/// it can describe an invalid chart, which <c>ChartValidator</c> then reports.
/// </summary>
/// <example>
/// <code>
/// var chart = new ChartBuilder("Acme Software B.V.")
///     .Process("Van lead naar deal", "Bram Jansen", p => p
///         .Kpi("Getekende contractwaarde", 300_000, "EUR", Cadence.Quarter)
///         .Kpi("Salespipeline", 900_000, "EUR", Cadence.Week)
///         .Kpi("Aantal offertes", 6, "offertes", Cadence.Week))
///     .Build();
/// </code>
/// </example>
public sealed class ChartBuilder
{
    private readonly List<Person> _people = [];
    private readonly List<CoreProcess> _processes = [];
    private readonly List<Function> _functions = [];
    private Chart _chart;

    /// <summary>Starts a format-1 chart for an organisation.</summary>
    /// <param name="organization">The organisation's name.</param>
    public ChartBuilder(string organization)
    {
        _chart = new Chart { FormatVersion = Chart.CurrentFormatVersion, Organization = organization };
    }

    /// <summary>Sets the title.</summary>
    /// <param name="title">The title.</param>
    /// <returns>This builder.</returns>
    public ChartBuilder Title(string title) => With(_chart with { Title = title });

    /// <summary>Sets the as-of date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>This builder.</returns>
    public ChartBuilder Date(DateOnly date) => With(_chart with { Date = date });

    /// <summary>Sets the language of labels and messages.</summary>
    /// <param name="language">The language.</param>
    /// <returns>This builder.</returns>
    public ChartBuilder Language(ChartLanguage language) => With(_chart with { Language = language });

    /// <summary>Sets the customer journey.</summary>
    /// <param name="steps">The journey's steps, in order.</param>
    /// <returns>This builder.</returns>
    public ChartBuilder Journey(params string[] steps) => With(_chart with { Journey = [.. steps] });

    /// <summary>Adds a person to the roster; with a roster, owners are people ids.</summary>
    /// <param name="id">The id owners refer to.</param>
    /// <param name="name">The full name.</param>
    /// <param name="role">The role title, if any.</param>
    /// <returns>This builder.</returns>
    public ChartBuilder Person(string id, string name, string? role = null)
    {
        _people.Add(new Person { Id = id, Name = name, Role = role });
        return this;
    }

    /// <summary>Adds a core process.</summary>
    /// <param name="name">The process name (a flow, not a department).</param>
    /// <param name="owner">The accountable owner, or <see langword="null"/> for none.</param>
    /// <param name="configure">Adds input, outcome, steps and KPIs.</param>
    /// <returns>This builder.</returns>
    public ChartBuilder Process(string name, string? owner, Action<ProcessBuilder>? configure = null)
    {
        var builder = new ProcessBuilder(name, owner);
        configure?.Invoke(builder);
        _processes.Add(builder.Build());
        return this;
    }

    /// <summary>Adds a core process made elsewhere.</summary>
    /// <param name="process">The process.</param>
    /// <returns>This builder.</returns>
    public ChartBuilder Process(CoreProcess process)
    {
        _processes.Add(process);
        return this;
    }

    /// <summary>Adds a seat of the Function Accountability Chart (FACe).</summary>
    /// <param name="name">The function, e.g. "Sales".</param>
    /// <param name="owner">The one person accountable, or <see langword="null"/> for none (see <see cref="VacantFunction"/> for an open seat).</param>
    /// <param name="configure">Adds leading indicators and results.</param>
    /// <returns>This builder.</returns>
    public ChartBuilder Function(string name, string? owner, Action<FunctionBuilder>? configure = null)
    {
        var builder = new FunctionBuilder(new Function { Name = name, Owners = owner is null ? [] : [owner] });
        configure?.Invoke(builder);
        _functions.Add(builder.Build());
        return this;
    }

    /// <summary>Adds an explicitly open seat of the FACe: nobody is accountable yet, and the chart says so.</summary>
    /// <param name="name">The function.</param>
    /// <param name="configure">Adds leading indicators and results.</param>
    /// <returns>This builder.</returns>
    public ChartBuilder VacantFunction(string name, Action<FunctionBuilder>? configure = null)
    {
        var builder = new FunctionBuilder(new Function { Name = name, Vacant = true });
        configure?.Invoke(builder);
        _functions.Add(builder.Build());
        return this;
    }

    /// <summary>Sets a rule's level for this chart, as the <c>rules:</c> key does.</summary>
    /// <param name="code">The rule code.</param>
    /// <param name="level">The level.</param>
    /// <returns>This builder.</returns>
    public ChartBuilder Rule(RuleCode code, RuleLevel level) => With(_chart with { Rules = [.. _chart.Rules, new RuleSetting(code, level)] });

    /// <summary>Makes the chart.</summary>
    /// <returns>An immutable chart.</returns>
    public Chart Build() => _chart with
    {
        People = _people.Count == 0 ? null : [.. _people],
        Functions = _functions.Count == 0 ? null : [.. _functions],
        Processes = [.. _processes],
    };

    private ChartBuilder With(Chart chart)
    {
        _chart = chart;
        return this;
    }
}
