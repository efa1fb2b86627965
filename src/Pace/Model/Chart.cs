namespace Pace;

/// <summary>
/// A Process Accountability Chart as written: the organisation, its people and its 4–9 core processes.
/// A chart may be invalid (no owner, two owners, two KPIs); validity is the result of validation,
/// not a precondition of construction.
/// </summary>
/// <remarks>
/// Charts compare by value: lists by their items in order, and where a part was written (<c>Source</c>) is not
/// compared, so two charts read from the same file are equal, and equal to the same chart built in code.
/// </remarks>
public sealed record Chart
{
    private readonly IgnoredInEquality<SourceMap?> _source;

    /// <summary>The format version from the <c>pace:</c> key; 1 is the only version there is.</summary>
    public int? FormatVersion { get; init; }

    /// <summary>The organisation the chart belongs to.</summary>
    public string? Organization { get; init; }

    /// <summary>The chart's title, or <see langword="null"/> for the default title.</summary>
    public string? Title { get; init; }

    /// <summary>The as-of date: printed on the chart and used as the PDF's timestamp.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The language of labels and diagnostics; English when not given.</summary>
    public ChartLanguage? Language { get; init; }

    /// <summary>The paper the chart is printed on; A4 when not given.</summary>
    public PaperSize? Paper { get; init; }

    /// <summary>The roster of people; <see langword="null"/> when the chart gives none (owners are then plain names).</summary>
    public IReadOnlyList<Person>? People { get; init => field = ValueList.FromOptional(value); }

    /// <summary>The seats of the Function Accountability Chart (FACe); <see langword="null"/> when the chart has none (PACe only).</summary>
    public IReadOnlyList<Function>? Functions { get; init => field = ValueList.FromOptional(value); }

    /// <summary>The customer journey, in order; <see langword="null"/> when not given.</summary>
    public IReadOnlyList<string>? Journey { get; init => field = ValueList.FromOptional(value); }

    /// <summary>The core processes, in customer-journey order.</summary>
    public IReadOnlyList<CoreProcess> Processes { get; init => field = ValueList<CoreProcess>.From(value); } = ValueList<CoreProcess>.Empty;

    /// <summary>Per-chart rule settings from the <c>rules:</c> key.</summary>
    public IReadOnlyList<RuleSetting> Rules { get; init => field = ValueList<RuleSetting>.From(value); } = ValueList<RuleSetting>.Empty;

    /// <summary>Optional accent colour and logo.</summary>
    public Theme? Theme { get; init; }

    /// <summary>
    /// Where the chart came from; <see langword="null"/> for charts built in code. <c>ChartWriter</c> writes a chart
    /// that has one by editing the text it was read from. Not compared: equality is about what the chart says.
    /// </summary>
    public SourceMap? Source { get => _source.Value; init => _source = new(value); }

    /// <summary>The format version this library reads and writes.</summary>
    public const int CurrentFormatVersion = 1;

    /// <summary>Finds a person in the roster by id.</summary>
    /// <param name="id">The person's id.</param>
    /// <returns>The person, or <see langword="null"/>.</returns>
    public Person? FindPerson(string id) => People?.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.Ordinal));
}
