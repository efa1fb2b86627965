using Pace.Files;
using Pace.Yaml;

namespace Pace.Configuration;

/// <summary>
/// Finds and reads <c>pace.config.yaml</c>. A broken configuration comes back as located <c>PACE1xx</c> load errors
/// (the same codes as charts: YAML syntax, unknown key with a suggestion, wrong type, duplicate key, bad level);
/// only a file that cannot be opened throws.
/// </summary>
public static class PaceConfigReader
{
    private static readonly string[] Keys = ["language", "rules", "checks", "root", "logo-folders", "font-folders", "fonts", "translations"];

    /// <summary>
    /// Finds the nearest configuration file of a chart: <c>pace.config.yaml</c> (or <c>pace.config.yml</c>) in the
    /// chart's folder, else in the nearest folder above it up to the repository's root (see <see cref="FindAll"/>).
    /// </summary>
    /// <param name="chartPath">A chart file's path, or a folder.</param>
    /// <returns>The configuration file's path — relative to the current folder when <paramref name="chartPath"/> is relative — or <see langword="null"/>.</returns>
    public static string? Find(string chartPath) => FindAll(chartPath) is [var nearest, ..] ? nearest : null;

    /// <summary>
    /// Finds every configuration file that may apply to a chart, the nearest first: <c>pace.config.yaml</c> (else
    /// <c>pace.config.yml</c>) in the chart's folder and each folder above it up to the repository's root (a folder
    /// holding <c>.git</c>, which is searched itself). Outside a repository only the chart's own folder is searched,
    /// so a file that someone else left in a shared parent folder (<c>/tmp</c>, a home folder) never applies.
    /// Which of them are used is decided when reading them: a file with <c>root: true</c> ends the list.
    /// </summary>
    /// <param name="chartPath">A chart file's path, or a folder.</param>
    /// <returns>The configuration files' paths, relative to the current folder when <paramref name="chartPath"/> is relative.</returns>
    public static IReadOnlyList<string> FindAll(string chartPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(chartPath);
        var full = Path.GetFullPath(chartPath);
        var start = Directory.Exists(full) ? full : Path.GetDirectoryName(full);
        var found = new List<string>();
        for (var folder = start; folder is not null; folder = Path.GetDirectoryName(folder))
        {
            if (InFolder(folder) is { } file)
            {
                found.Add(Path.IsPathRooted(chartPath) ? file : Path.GetRelativePath(Environment.CurrentDirectory, file));
            }

            if (RepositoryMarker(folder))
            {
                return found;
            }
        }

        // No repository above the chart: only its own folder counts.
        return start is not null && InFolder(start) is not null ? found[..1] : [];
    }

    /// <summary>The repository a path lies in: the nearest folder at or above it that holds <c>.git</c>.</summary>
    /// <param name="path">A file or folder path.</param>
    /// <returns>The repository's root folder as a full path, or <see langword="null"/> outside a repository.</returns>
    public static string? RepositoryOf(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = Path.GetFullPath(path);
        for (var folder = Directory.Exists(full) ? full : Path.GetDirectoryName(full); folder is not null; folder = Path.GetDirectoryName(folder))
        {
            if (RepositoryMarker(folder))
            {
                return folder;
            }
        }

        return null;
    }

    private static string? InFolder(string folder)
    {
        var yaml = Path.Combine(folder, PaceConfig.FileName);
        if (File.Exists(yaml))
        {
            return yaml;
        }

        var yml = Path.Combine(folder, PaceConfig.ShortFileName);
        return File.Exists(yml) ? yml : null;
    }

    // A work tree's .git is a folder, a linked work tree's or submodule's a file: either marks the root.
    private static bool RepositoryMarker(string folder) => Path.Exists(Path.Combine(folder, ".git"));

    /// <summary>Finds and reads the nearest configuration file of a chart (see <see cref="Find"/>); it is not merged with those above it.</summary>
    /// <param name="chartPath">The chart file's path.</param>
    /// <param name="language">The language of load errors; the configuration's own <c>language:</c> (else English) when <see langword="null"/>.</param>
    /// <returns>The configuration or its load errors; <see langword="null"/> when there is no configuration file.</returns>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static ConfigLoadResult? LoadFor(string chartPath, ChartLanguage? language = null) =>
        Find(chartPath) is { } path ? ReadFile(path, language) : null;

    /// <summary>Reads a configuration file.</summary>
    /// <param name="path">The file's path; also used in locations.</param>
    /// <param name="language">The language of load errors.</param>
    /// <returns>The configuration or its load errors.</returns>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static ConfigLoadResult ReadFile(string path, ChartLanguage? language = null) =>
        FromContent(GuardedFile.Read(path, ChartReaderOptions.Default.MaxInputBytes), path, language);

    /// <summary>Reads a configuration from a file <see cref="GuardedFile"/> read (or refused).</summary>
    internal static ConfigLoadResult FromContent(FileContent content, string path, ChartLanguage? language)
    {
        // The same guarded read as a chart: regular files only, bounded while read.
        var options = ChartReaderOptions.Default with { Language = language };
        var failed = ChartReader.Refusal(content, path, options);
        var text = failed is null ? ChartReader.DecodeText(content.Bytes.Span, path, options, out failed) : null;
        if (text is null)
        {
            return new ConfigLoadResult(null, failed!.Diagnostics);
        }

        var result = Read(text, path, language);
        return result.Config is { } config ? new ConfigLoadResult(config with { Path = path }, result.Diagnostics) : result;
    }

    /// <summary>Reads a configuration from YAML text. An empty text is a valid, empty configuration.</summary>
    /// <param name="yaml">The YAML text.</param>
    /// <param name="path">The file name to put in locations, or <see langword="null"/>.</param>
    /// <param name="language">The language of load errors.</param>
    /// <returns>The configuration or its load errors.</returns>
    public static ConfigLoadResult Read(string yaml, string? path = null, ChartLanguage? language = null)
    {
        var diagnostics = new LoadDiagnostics(language ?? ChartLanguage.English);
        if (yaml.Length > 0 && yaml[0] == '\uFEFF')
        {
            yaml = yaml[1..];
        }

        var root = new YamlTreeBuilder(path, ChartReaderOptions.Default, diagnostics).Build(yaml);
        if (diagnostics.HasErrors)
        {
            return new ConfigLoadResult(null, diagnostics.Found);
        }

        if (root is null or YamlScalar { IsNull: true })
        {
            return new ConfigLoadResult(new PaceConfig(), diagnostics.Found);
        }

        if (root is not YamlMapping mapping)
        {
            diagnostics.Add("PACE102", string.Empty, root.Span, new("key", PaceConfig.FileName), new("expected", diagnostics.Phrase("KindMapping")), new("actual", diagnostics.Describe(root)));
            return new ConfigLoadResult(null, diagnostics.Found);
        }

        if (language is null
            && mapping.Entries.FirstOrDefault(e => e.Key is YamlScalar { Value: "language" }).Value is YamlScalar s
            && ChartLanguage.TryParse(s.Value, out var own))
        {
            diagnostics.Language = own;
        }

        var r = new MappingReader(mapping, string.Empty, Keys, diagnostics, "PlaceConfig");
        var mapper = new ChartMapper(diagnostics, path);
        var translations = r.StringList("translations");
        var translationsRead = translations is null ? [] : TranslationReader.ReadAll((YamlSequence)r.Raw("translations")!, "translations", path, diagnostics);
        var config = new PaceConfig
        {
            Path = path,
            Language = r.Language("language"),
            LanguageSource = r.Raw("language")?.Span,
            Rules = r.Mapping("rules") is { } rules ? RuleSettingsReader.Read(rules, diagnostics) : [],
            Checks = r.Sequence("checks") is { } checks ? TeamCheckReader.Read(checks, diagnostics, [.. translationsRead.Select(t => t.Language)]) : [],
            Root = r.Bool("root") ?? false,
            LogoFolders = r.StringList("logo-folders"),
            FontFolders = r.StringList("font-folders"),
            Fonts = r.Sequence("fonts") is { } fonts ? [.. mapper.Items(fonts, "fonts", mapper.MapFont)] : [],
            Translations = translations ?? [],
            TranslationsRead = translationsRead,
        };
        return new ConfigLoadResult(config, diagnostics.Found);
    }
}
