namespace Pace.Yaml;

/// <summary>The outcome of reading a chart: the chart, when it could be read, and any load errors.</summary>
public sealed class LoadResult
{
    internal LoadResult(Chart? chart, IEnumerable<Diagnostic> diagnostics)
    {
        Diagnostics = new Findings(diagnostics);
        Chart = Diagnostics.HasErrors ? null : chart;
    }

    /// <summary>The chart; <see langword="null"/> when the text had load errors.</summary>
    public Chart? Chart { get; }

    /// <summary>The load errors (<c>PACE1xx</c>), in file order.</summary>
    public Findings Diagnostics { get; }

    /// <summary>The language the load errors are in: the reader's choice, else the chart's own, else English.</summary>
    public ChartLanguage Language { get; internal init; } = ChartLanguage.English;

    /// <summary>Whether the chart was read without load errors.</summary>
    public bool Succeeded => Chart is not null;
}
