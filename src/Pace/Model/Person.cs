namespace Pace;

/// <summary>Someone on the chart's roster who can be accountable for a process or a KPI.</summary>
public sealed record Person
{
    /// <summary>The id owners refer to, e.g. <c>bram</c>.</summary>
    public string? Id { get; init; }

    /// <summary>The person's full name.</summary>
    public string? Name { get; init; }

    /// <summary>A meaningful role title (A001: "Directeur Enthousiaste Klanten").</summary>
    public string? Role { get; init; }

    /// <summary>Where the person was written; <see langword="null"/> for people built in code.</summary>
    public SourceMap? Source { get; init; }

    /// <summary>The name to show: the full name, else the id.</summary>
    public string DisplayName => Name ?? Id ?? string.Empty;
}
