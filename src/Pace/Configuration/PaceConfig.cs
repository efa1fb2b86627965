using Pace.Validation;

namespace Pace.Configuration;

/// <summary>
/// Settings shared by the charts in a folder tree, from the <c>pace.config.yaml</c> (or <c>.yml</c>) files in the
/// chart's folder and the folders above it up to the repository's root: rule levels, the message language, the
/// folders a logo and a font may come from, and fonts. They are defaults: a chart's own <c>rules:</c> and <c>language:</c> win
/// over them, and the run's settings (<c>--rule</c>, <c>--lang</c>) win over both; a chart's own fonts are tried before
/// the configuration's. Several files merge, the nearest winning per key (per code for <c>rules:</c>; the nearest
/// file's fonts tried first); a file with <c>root: true</c> stops the search (docs/configuration.md).
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

    /// <summary>The configuration file's other name; where a folder holds both, <see cref="FileName"/> is used.</summary>
    public const string ShortFileName = "pace.config.yml";

    /// <summary>Whether this file is the last one looked for: folders above it are not searched (<c>root: true</c>).</summary>
    public bool Root { get; init; }

    /// <summary>
    /// Folders besides the chart's repository (or, outside one, the chart's folder) that a chart's <c>theme.logo</c>
    /// may come from (<c>logo-folders:</c>); relative ones are relative to the configuration file's folder.
    /// <see langword="null"/> when not given.
    /// </summary>
    public IReadOnlyList<string>? LogoFolders { get; init => field = value is null ? null : ValueList<string>.From(value); }

    /// <summary>
    /// Folders besides the chart's repository (or, outside one, the chart's folder) that the font files of
    /// <see cref="Theme.Fonts"/> and <see cref="Fonts"/> may come from (<c>font-folders:</c>), such as
    /// <c>/usr/share/fonts</c>; relative ones are relative to the configuration file's folder. <see langword="null"/>
    /// when not given.
    /// </summary>
    public IReadOnlyList<string>? FontFolders { get; init => field = value is null ? null : ValueList<string>.From(value); }

    /// <summary>The files this configuration was merged from, the furthest first (the nearest is <see cref="Path"/>); empty when read from text or built in code.</summary>
    public IReadOnlyList<string> Files { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>The message language for charts that set none; <see langword="null"/> when not given.</summary>
    public ChartLanguage? Language { get; init; }

    /// <summary>Rule levels, e.g. <c>PACE016: off</c>, in file order.</summary>
    public IReadOnlyList<RuleSetting> Rules { get; init => field = ValueList<RuleSetting>.From(value); } = ValueList<RuleSetting>.Empty;

    /// <summary>The team's own checks (<c>checks:</c>), run after the built-in rules; see <see cref="TeamCheck"/>.</summary>
    public IReadOnlyList<TeamCheck> Checks { get; init => field = ValueList<TeamCheck>.From(value); } = ValueList<TeamCheck>.Empty;

    /// <summary>Fonts for the charts under this configuration, tried after a chart's own (<see cref="Theme.Fonts"/>).</summary>
    public IReadOnlyList<ThemeFont> Fonts { get; init => field = ValueList<ThemeFont>.From(value); } = ValueList<ThemeFont>.Empty;

    /// <summary>
    /// The translation files, as written under <c>translations:</c>, relative to the configuration's folder: a language
    /// Pace does not bring, or corrections to English or Dutch (docs/localization.md). Merged, the nearest file's first.
    /// Read only from a configuration file: set on a configuration built in code it reads nothing — an app adds a
    /// language with <see cref="Languages.Add"/>.
    /// </summary>
    public IReadOnlyList<string> Translations { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>The translations read from <see cref="Translations"/>, nearest first; not part of the value (a file's content is not).</summary>
    internal IReadOnlyList<LanguageDefinition> TranslationsRead { get => _translationsRead.Value ?? []; init => _translationsRead = new(value); }

    private readonly IgnoredInEquality<IReadOnlyList<LanguageDefinition>?> _translationsRead;

    /// <summary>Where <see cref="Language"/> was written, for a finding about it; not part of the value.</summary>
    internal SourceSpan? LanguageSource { get => _languageSource.Value; init => _languageSource = new(value); }

    private readonly IgnoredInEquality<SourceSpan?> _languageSource;

    /// <summary>The file the configuration was read from (the nearest, when several were merged); <see langword="null"/> when read from text or built in code.</summary>
    public string? Path { get; init; }

    /// <summary>The rule levels by code; a later setting of a code wins.</summary>
    public IReadOnlyDictionary<RuleCode, RuleLevel> RuleLevels =>
        Rules.GroupBy(r => r.Code).ToDictionary(g => g.Key, g => g.Last().Level);

    /// <summary>
    /// The folders of <see cref="LogoFolders"/> as full paths, relative ones resolved against the folder of
    /// <see cref="Path"/> (else the current folder).
    /// </summary>
    /// <returns>The folders; empty when none are given.</returns>
    public IReadOnlyList<string> LogoFolderPaths() => FullPaths(LogoFolders);

    /// <summary>
    /// The folders of <see cref="FontFolders"/> as full paths, relative ones resolved against the folder of
    /// <see cref="Path"/> (else the current folder).
    /// </summary>
    /// <returns>The folders; empty when none are given.</returns>
    public IReadOnlyList<string> FontFolderPaths() => FullPaths(FontFolders);

    /// <summary>
    /// Merges configurations read from several files into one: a later one wins per key — the language, the lists of
    /// logo and font folders, each rule's level by its code, and each team check by its code; a later one's fonts are tried
    /// before an earlier one's.
    /// </summary>
    /// <param name="furthestFirst">The configurations, from the repository's root (or the <c>root: true</c> file) down to the chart's folder.</param>
    /// <returns>One configuration; its <see cref="Path"/> is the last one's, its <see cref="LogoFolders"/> and <see cref="FontFolders"/> full paths.</returns>
    public static PaceConfig Merge(IEnumerable<PaceConfig> furthestFirst)
    {
        ArgumentNullException.ThrowIfNull(furthestFirst);
        var merged = new PaceConfig();
        var rules = new List<RuleSetting>();
        var files = new List<string>();
        var checks = new List<TeamCheck>();
        var translations = new List<string>();
        var read = new List<LanguageDefinition>();
        foreach (var config in furthestFirst)
        {
            rules.AddRange(config.Rules);
            checks.RemoveAll(c => config.Checks.Any(n => n.Code == c.Code));
            checks.AddRange(config.Checks);
            files.AddRange(config.Files.Count > 0 ? config.Files : config.Path is { } p ? [p] : []);

            // The nearer file's translation of a language replaces a further one's.
            translations.InsertRange(0, config.Translations);
            read.RemoveAll(d => config.TranslationsRead.Any(n => n.Language == d.Language));
            read.InsertRange(0, config.TranslationsRead);
            merged = merged with
            {
                Language = config.Language ?? merged.Language,
                LanguageSource = config.Language is null ? merged.LanguageSource : config.LanguageSource,
                LogoFolders = config.LogoFolders is null ? merged.LogoFolders : config.LogoFolderPaths(),
                FontFolders = config.FontFolders is null ? merged.FontFolders : config.FontFolderPaths(),
                Fonts = [.. config.Fonts, .. merged.Fonts],
                Path = config.Path ?? merged.Path,
            };
        }

        return merged with { Rules = rules, Files = files, Checks = checks, Translations = translations, TranslationsRead = read };
    }

    /// <summary>Options with this configuration's rule levels and language as defaults.</summary>
    /// <param name="options">The run's options (language, overrides, suppressions), kept as they are.</param>
    /// <returns>
    /// The options with <see cref="ValidationOptions.Defaults"/> extended by this configuration's levels (this
    /// configuration wins over defaults already there), <see cref="ValidationOptions.DefaultLanguage"/> set when given,
    /// and this configuration's <see cref="FontFolderPaths"/> added to <see cref="ValidationOptions.FontFolders"/>.
    /// </returns>
    public ValidationOptions ApplyTo(ValidationOptions options)
    {
        var defaults = new Dictionary<RuleCode, RuleLevel>(options.Defaults);
        foreach (var (code, level) in RuleLevels)
        {
            defaults[code] = level;
        }

        return options with { Defaults = defaults, DefaultLanguage = Language ?? options.DefaultLanguage, FontFolders = [.. options.FontFolders, .. FontFolderPaths()] };
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

    private IReadOnlyList<string> FullPaths(IReadOnlyList<string>? folders)
    {
        var baseFolder = Path is null ? Environment.CurrentDirectory : System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!;
        return [.. (folders ?? []).Select(f => System.IO.Path.GetFullPath(f, baseFolder))];
    }
}
