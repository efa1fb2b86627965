namespace Pace.Yaml;

/// <summary>The keys format 1 allows in each kind of mapping, in the order the writer emits them.</summary>
internal static class FormatKeys
{
    public static readonly string[] Chart = ["pace", "organization", "title", "date", "language", "paper", "theme", "people", "functions", "journey", "processes", "rules"];
    public static readonly string[] Person = ["id", "name", "role"];
    public static readonly string[] Process = ["name", "input", "outcome", "steps", "owner", "kpis"];
    public static readonly string[] Kpi =
    [
        "name", "unit", "target", "better", "cadence", "aggregate", "timing", "focus", "speed", "nature", "level",
        "dimension", "owner", "tolerance", "red", "green", "super", "actuals", "seasonality",
    ];

    public static readonly string[] Theme = ["accent", "logo", "fonts"];
    public static readonly string[] Font = ["regular", "bold"];
    public static readonly string[] Function = ["name", "owner", "vacant", "kpis", "outcomes"];
    public static readonly string[] Step = ["name", "people", "functions", "kpi"];
}
