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
    private static readonly string[] Keys = ["language", "rules", "fonts"];

    /// <summary>
    /// Finds the configuration that applies to a chart: <c>pace.config.yaml</c> in the chart's folder, else in the
    /// nearest folder above it. The search stops at a repository's root (a folder holding <c>.git</c>, which is
    /// searched itself) and at the filesystem's root.
    /// </summary>
    /// <param name="chartPath">A chart file's path, or a folder.</param>
    /// <returns>The configuration file's path — relative to the current folder when <paramref name="chartPath"/> is relative — or <see langword="null"/>.</returns>
    public static string? Find(string chartPath)
    {
        var full = Path.GetFullPath(chartPath);
        var folder = Directory.Exists(full) ? full : Path.GetDirectoryName(full);
        while (folder is not null)
        {
            var candidate = Path.Combine(folder, PaceConfig.FileName);
            if (File.Exists(candidate))
            {
                return Path.IsPathRooted(chartPath) ? candidate : Path.GetRelativePath(Environment.CurrentDirectory, candidate);
            }

            if (Path.Exists(Path.Combine(folder, ".git")))
            {
                return null;
            }

            folder = Path.GetDirectoryName(folder);
        }

        return null;
    }

    /// <summary>Finds and reads the configuration that applies to a chart (see <see cref="Find"/>).</summary>
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
    public static ConfigLoadResult ReadFile(string path, ChartLanguage? language = null)
    {
        // The same guarded read as a chart: regular files only, bounded while read.
        var options = ChartReaderOptions.Default with { Language = language };
        var content = GuardedFile.Read(path, options.MaxInputBytes);
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
            diagnostics.Add("PACE102", string.Empty, root.Span, PaceConfig.FileName, diagnostics.Phrase("KindMapping"), diagnostics.Describe(root));
            return new ConfigLoadResult(null, diagnostics.Found);
        }

        if (language is null
            && mapping.Entries.FirstOrDefault(e => e.Key is YamlScalar { Value: "language" }).Value is YamlScalar s
            && EnumNames.TryParse<ChartLanguage>(s.Value, out var own))
        {
            diagnostics.Language = own;
        }

        var r = new MappingReader(mapping, string.Empty, Keys, diagnostics, "PlaceConfig");
        var mapper = new ChartMapper(diagnostics, path);
        var config = new PaceConfig
        {
            Language = r.Enum<ChartLanguage>("language", "language"),
            Rules = r.Mapping("rules") is { } rules ? RuleSettingsReader.Read(rules, diagnostics) : [],
            Fonts = r.Sequence("fonts") is { } fonts ? [.. mapper.Items(fonts, "fonts", mapper.MapFont)] : [],
        };
        return new ConfigLoadResult(config, diagnostics.Found);
    }
}
