namespace Pace.Validation;

/// <summary>How to validate: the language of messages and rule levels from outside the chart.</summary>
public sealed record ValidationOptions
{
    /// <summary>The default options: the chart's own language and settings.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>
    /// The message language for this run (the command line's <c>--lang</c>); it wins over the chart's <c>language:</c>.
    /// When <see langword="null"/>: the chart's language, else <see cref="DefaultLanguage"/>, else English.
    /// </summary>
    public ChartLanguage? Language { get; init; }

    /// <summary>The message language from a configuration file (<c>pace.config.yaml</c>), for charts that name none.</summary>
    public ChartLanguage? DefaultLanguage { get; init; }

    /// <summary>
    /// The chart file's <c># pace-disable-next-line</c> comments (read with <c>Pace.Yaml.SuppressionReader</c>):
    /// findings they cover are dropped, and a suppression that covers nothing is reported as PACE021.
    /// </summary>
    public IReadOnlyList<Suppression> Suppressions { get; init; } = [];

    /// <summary>
    /// Levels from a configuration file (<c>pace.config.yaml</c>): they apply unless the chart's own
    /// <c>rules:</c> or <see cref="Overrides"/> say otherwise.
    /// </summary>
    public IReadOnlyDictionary<RuleCode, RuleLevel> Defaults { get; init; } = new Dictionary<RuleCode, RuleLevel>();

    /// <summary>Levels for this run (the command line's <c>--rule CODE=LEVEL</c>): they win over everything else.</summary>
    public IReadOnlyDictionary<RuleCode, RuleLevel> Overrides { get; init; } = new Dictionary<RuleCode, RuleLevel>();

    /// <summary>
    /// Full paths of the folders besides the chart's repository (outside one, the chart's folder) that the font files
    /// the chart names may be read from: a configuration's <c>font-folders:</c>. A rule that reads them (PACE022) reads
    /// nothing outside these.
    /// </summary>
    public IReadOnlyList<string> FontFolders { get; init; } = [];
}
