namespace Pace.Yaml;

/// <summary>Limits and language for reading chart files. The defaults suit hand-written charts with room to spare.</summary>
public sealed record ChartReaderOptions
{
    /// <summary>The default options.</summary>
    public static ChartReaderOptions Default { get; } = new();

    /// <summary>The largest input accepted, in bytes (default 4 MiB).</summary>
    public long MaxInputBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>The deepest nesting of mappings and lists accepted (default 64).</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>The most nodes the document may stand for once aliases are expanded (default 100,000).</summary>
    public long MaxNodes { get; init; } = 100_000;

    /// <summary>The longest scalar accepted, in characters (default 10,000).</summary>
    public int MaxStringLength { get; init; } = 10_000;

    /// <summary>The language of load errors; the chart's own <c>language:</c> (else English) when <see langword="null"/>.</summary>
    public ChartLanguage? Language { get; init; }

    /// <summary>
    /// The language for a chart that names none (a configuration's <c>language:</c>); the checking pipeline sets it,
    /// so that load errors and findings speak the same language.
    /// </summary>
    internal ChartLanguage? FallbackLanguage { get; init; }
}
