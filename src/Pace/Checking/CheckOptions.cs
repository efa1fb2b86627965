using Pace.Configuration;
using Pace.Validation;
using Pace.Yaml;

namespace Pace;

/// <summary>
/// How <see cref="ChartChecker"/> checks charts: the run's language and rule levels, which configuration applies,
/// the reader's limits and the rules. Immutable; start from <see cref="Default"/> and change what you need with
/// <c>with</c>.
/// </summary>
public sealed record CheckOptions
{
    /// <summary>The defaults: the <c>pace.config.yaml</c> found beside or above each chart, every built-in rule, the chart's language.</summary>
    public static CheckOptions Default { get; } = new();

    /// <summary>
    /// The language of messages and labels for this run (the command line's <c>--lang</c>); it wins over the chart's
    /// <c>language:</c>, which wins over the configuration's. English when none of them says.
    /// </summary>
    public ChartLanguage? Language { get; init; }

    /// <summary>Rule levels for this run (the command line's <c>--rule CODE=LEVEL</c>): they win over the chart and the configuration.</summary>
    public IReadOnlyDictionary<RuleCode, RuleLevel> RuleOverrides { get; init; } = new Dictionary<RuleCode, RuleLevel>();

    /// <summary>
    /// Whether to look for a <c>pace.config.yaml</c> beside or above a chart file (default <see langword="true"/>).
    /// Ignored when <see cref="Configuration"/> is given; text, streams and charts built in code have no folder to look in.
    /// </summary>
    public bool DiscoverConfiguration { get; init; } = true;

    /// <summary>A configuration to use for every chart instead of discovering one (the command line's <c>--config FILE</c>).</summary>
    public PaceConfig? Configuration { get; init; }

    /// <summary>The reader's limits: input size, nesting depth, alias expansion, text length.</summary>
    public ChartReaderOptions Limits { get; init; } = ChartReaderOptions.Default;

    /// <summary>The rules to run: <see cref="ChartValidator.Default"/> (every built-in rule), or one with an app's own rules added.</summary>
    public ChartValidator Validator { get; init; } = ChartValidator.Default;
}
