using Pace.Configuration;

namespace Pace;

/// <summary>
/// A chart as the checking pipeline saw it: the chart (when it loaded), every finding after configuration and
/// suppressions, the language they are in, the text it was read from and the configuration that applied. This is
/// what <c>pace validate</c> prints, what <c>pace render</c> draws and what an app should show. Immutable.
/// </summary>
public sealed class CheckResult
{
    internal CheckResult(string? path, Chart? chart, Findings diagnostics, ChartLanguage language, SourceText? source, PaceConfig? configuration)
    {
        Path = path;
        Chart = chart;
        Diagnostics = diagnostics;
        Language = language;
        Source = source;
        Configuration = configuration;
    }

    /// <summary>The chart's path as given (used in every location), or <see langword="null"/> for text, streams and charts built in code.</summary>
    public string? Path { get; }

    /// <summary>
    /// The chart, with the fonts its configuration names after its own (<see cref="Theme.Fonts"/>); <see langword="null"/>
    /// when it did not load (its <c>PACE1xx</c> errors are in <see cref="Diagnostics"/>).
    /// </summary>
    public Chart? Chart { get; }

    /// <summary>Every finding, load errors and rule findings alike, in file order, in <see cref="Language"/>.</summary>
    public Findings Diagnostics { get; }

    /// <summary>The language of the findings and of anything drawn from this result: the run's, else the chart's, else the configuration's, else English.</summary>
    public ChartLanguage Language { get; }

    /// <summary>The text the chart was read from, for showing findings in context; <see langword="null"/> for charts built in code.</summary>
    public SourceText? Source { get; }

    /// <summary>The configuration that applied, with its <see cref="PaceConfig.Path"/>; <see langword="null"/> when none did.</summary>
    public PaceConfig? Configuration { get; }

    /// <summary>
    /// The chart's <c>theme.logo</c>, read and decoded; <see langword="null"/> when it names none, or when the logo
    /// could not be used (a PACE119 warning in <see cref="Diagnostics"/> then says why).
    /// </summary>
    public ChartLogo? Logo { get; internal init; }

    /// <summary>Whether the chart loaded (it may still have findings).</summary>
    public bool Loaded => Chart is not null;

    /// <summary>Whether any finding is an error (a chart that did not load always has one).</summary>
    public bool HasErrors => Diagnostics.HasErrors;
}
