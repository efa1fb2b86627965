namespace Pace;

/// <summary>Someone on the chart's roster who can be accountable for a process or a KPI.</summary>
public sealed record Person
{
    private readonly IgnoredInEquality<SourceMap?> _source;

    /// <summary>The id owners refer to, e.g. <c>bram</c>.</summary>
    public string? Id { get; init; }

    /// <summary>The person's full name.</summary>
    public string? Name { get; init; }

    /// <summary>A meaningful role title (A001: "Directeur Enthousiaste Klanten").</summary>
    public string? Role { get; init; }

    /// <summary>Where the person was written; <see langword="null"/> for people built in code. Not compared.</summary>
    public SourceMap? Source { get => _source.Value; init => _source = new(value); }

    /// <summary>The name to show: the full name, else the id.</summary>
    public string DisplayName => Name ?? Id ?? string.Empty;
}
