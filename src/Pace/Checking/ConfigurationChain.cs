using System.Collections.Concurrent;
using Pace.Configuration;
using Pace.Files;
using Pace.Yaml;

namespace Pace;

/// <summary>
/// The configuration that applies to a chart: the one the options give, else the configuration files found from the
/// chart's folder up to the repository's root (<see cref="PaceConfigReader.FindAll"/>), merged with the nearest winning
/// and stopped by <c>root: true</c>; a code under a file's <c>rules:</c> that names no rule stops the check (PACE121). A file another user could have written is left out, and said so with a PACE118
/// warning on every chart it would have applied to. Each file is read once, and each folder's chain worked out once,
/// per checker.
/// </summary>
internal sealed class ConfigurationChain(CheckOptions options)
{
    private readonly ConcurrentDictionary<string, Lazy<ConfigFile>> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<AppliedConfiguration>> _folders = new(StringComparer.Ordinal);

    /// <summary>The configuration for a chart path (the file need not exist: an editor's buffer has a path too).</summary>
    /// <exception cref="ConfigurationException">A configuration file that applies does not load.</exception>
    public AppliedConfiguration For(string chartPath)
    {
        if (options.Configuration is not null || !options.DiscoverConfiguration)
        {
            return Explicit;
        }

        var full = Path.GetFullPath(chartPath);
        var key = (Path.GetDirectoryName(full) ?? full) + (Path.IsPathRooted(chartPath) ? "|full" : "|relative");
        return _folders.GetOrAdd(key, _ => new Lazy<AppliedConfiguration>(() => Discover(chartPath))).Value;
    }

    /// <summary>The configuration the options give, for what has no file to look beside.</summary>
    /// <exception cref="ConfigurationException">Its <c>rules:</c> set a level for a code that names no rule.</exception>
    public AppliedConfiguration Explicit =>
        new(options.Configuration is { } given ? Usable(given) : null, []);

    private AppliedConfiguration Discover(string chartPath)
    {
        var used = new List<PaceConfig>();
        var ignored = new List<IgnoredConfiguration>();
        foreach (var file in PaceConfigReader.FindAll(chartPath))
        {
            var loaded = _files.GetOrAdd(Path.GetFullPath(file), _ => new Lazy<ConfigFile>(() => Load(file))).Value;
            if (loaded.Ignored is { } distrusted)
            {
                ignored.Add(distrusted);
                continue;
            }

            var config = loaded.Result!.Config ?? throw new ConfigurationException(file, loaded.Result.Diagnostics);
            used.Add(config);
            if (config.Root)
            {
                break;
            }
        }

        used.Reverse();
        return new AppliedConfiguration(used.Count == 0 ? null : Usable(PaceConfig.Merge(used)), ignored);
    }

    /// <summary>
    /// The configuration, when every code in its <c>rules:</c> names one of the validator's rules or one of its own team
    /// checks (which any file of the chain may declare, so the merged configuration is what is checked); else the PACE121
    /// errors of the file the first one is in, as a <see cref="ConfigurationException"/>: a misspelt code must not
    /// silently leave a rule as it was.
    /// </summary>
    private PaceConfig Usable(PaceConfig configuration)
    {
        var language = options.Language ?? configuration.Language ?? ChartLanguage.English;
        var teamChecks = configuration.Checks.Select(c => c.Code).ToHashSet();
        var unknown = options.Validator.UnknownCodes(configuration.Rules.Where(r => !teamChecks.Contains(r.Code)), language).ToList();
        if (unknown.Count == 0)
        {
            return configuration;
        }

        var file = unknown[0].Span?.File ?? configuration.Path ?? PaceConfig.FileName;
        throw new ConfigurationException(file, new Findings(unknown.Where(d => (d.Span?.File ?? file) == file)));
    }

    private ConfigFile Load(string file)
    {
        var content = GuardedFile.Read(file, ChartReaderOptions.Default.MaxInputBytes);
        if (content.Succeeded && ConfigTrust.Check(file, content) is { } distrust)
        {
            return new ConfigFile(null, new IgnoredConfiguration(file, distrust.Variant, distrust.Arguments));
        }

        return new ConfigFile(PaceConfigReader.FromContent(content, file, options.Language), null);
    }

    private sealed record ConfigFile(ConfigLoadResult? Result, IgnoredConfiguration? Ignored);
}
