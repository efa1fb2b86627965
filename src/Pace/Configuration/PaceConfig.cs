using Pace.Validation;

namespace Pace.Configuration;

/// <summary>
/// Settings shared by the charts in a folder tree, from a <c>pace.config.yaml</c> beside or above them:
/// rule levels, the message language and fonts. They are defaults: a chart's own <c>rules:</c> and <c>language:</c>
/// win over them, and the run's settings (<c>--rule</c>, <c>--lang</c>) win over both; a chart's own fonts are tried
/// before the configuration's.
/// </summary>
/// <example>
/// <code>
/// # pace.config.yaml
/// language: nl
/// rules:
///   PACE016: off       # our founder owns four processes, for now
///   PACE014: warning
/// fonts:               # for our Arabic and Chinese names; relative to this file
///   - {regular: fonts/NotoSansArabic-Regular.ttf, bold: fonts/NotoSansArabic-Bold.ttf}
/// </code>
/// </example>
public sealed record PaceConfig
{
    /// <summary>The configuration file's name.</summary>
    public const string FileName = "pace.config.yaml";

    /// <summary>The message language for charts that set none; <see langword="null"/> when not given.</summary>
    public ChartLanguage? Language { get; init; }

    /// <summary>Rule levels, e.g. <c>PACE016: off</c>, in file order.</summary>
    public IReadOnlyList<RuleSetting> Rules { get; init => field = ValueList<RuleSetting>.From(value); } = ValueList<RuleSetting>.Empty;

    /// <summary>Fonts for the charts under this configuration, tried after a chart's own (<see cref="Theme.Fonts"/>).</summary>
    public IReadOnlyList<ThemeFont> Fonts { get; init => field = ValueList<ThemeFont>.From(value); } = ValueList<ThemeFont>.Empty;

    /// <summary>The file the configuration was read from; <see langword="null"/> when read from text or built in code.</summary>
    public string? Path { get; init; }

    /// <summary>The rule levels by code; a later setting of a code wins.</summary>
    public IReadOnlyDictionary<RuleCode, RuleLevel> RuleLevels =>
        Rules.GroupBy(r => r.Code).ToDictionary(g => g.Key, g => g.Last().Level);

    /// <summary>Options with this configuration's rule levels and language as defaults.</summary>
    /// <param name="options">The run's options (language, overrides, suppressions), kept as they are.</param>
    /// <returns>
    /// The options with <see cref="ValidationOptions.Defaults"/> extended by this configuration's levels (this
    /// configuration wins over defaults already there) and <see cref="ValidationOptions.DefaultLanguage"/> set when given.
    /// </returns>
    public ValidationOptions ApplyTo(ValidationOptions options)
    {
        var defaults = new Dictionary<RuleCode, RuleLevel>(options.Defaults);
        foreach (var (code, level) in RuleLevels)
        {
            defaults[code] = level;
        }

        return options with { Defaults = defaults, DefaultLanguage = Language ?? options.DefaultLanguage };
    }

    /// <summary>A chart with this configuration's fonts after its own.</summary>
    /// <param name="chart">The chart.</param>
    /// <returns>The chart itself when the configuration names no fonts.</returns>
    public Chart ApplyTo(Chart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return Fonts.Count == 0
            ? chart
            : chart with { Theme = (chart.Theme ?? new Theme()) with { Fonts = [.. chart.Theme?.Fonts ?? [], .. Fonts] } };
    }
}
