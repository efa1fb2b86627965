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

        return _folders.GetOrAdd(FolderKey(chartPath), _ => new Lazy<AppliedConfiguration>(() => Discover(chartPath))).Value;
    }

    // The configuration the options give, its codes checked at the first chart rather than at every one; a refusal is
    // kept too, so every check after it throws the same ConfigurationException.
    private readonly Lazy<AppliedConfiguration> _explicit = new(() => AppliedConfiguration.Register(options.Configuration is { } given ? Usable(options, given) : null, []));

    /// <summary>The configuration the options give, for what has no file to look beside.</summary>
    /// <exception cref="ConfigurationException">Its <c>rules:</c> set a level for a code that names no rule.</exception>
    public AppliedConfiguration Explicit => _explicit.Value;

    /// <summary>
    /// <see cref="For"/> with the configuration files read asynchronously. It shares the caches: a file or a folder
    /// another call has read is not read again; two first calls at once may each read it (one result is kept).
    /// </summary>
    /// <exception cref="ConfigurationException">A configuration file that applies does not load.</exception>
    /// <exception cref="OperationCanceledException">Cancelled while reading.</exception>
    public async ValueTask<AppliedConfiguration> ForAsync(string chartPath, CancellationToken cancellationToken)
    {
        if (options.Configuration is not null || !options.DiscoverConfiguration)
        {
            return Explicit;
        }

        var key = FolderKey(chartPath);
        if (_folders.TryGetValue(key, out var known))
        {
            return known.Value;
        }

        var chain = new Chain();
        foreach (var file in PaceConfigReader.FindAll(chartPath))
        {
            var full = Path.GetFullPath(file);
            if (!_files.TryGetValue(full, out var loaded))
            {
                var content = await GuardedFile.ReadAsync(file, ChartReaderOptions.Default.MaxInputBytes, cancellationToken).ConfigureAwait(false);
                loaded = _files.GetOrAdd(full, new Lazy<ConfigFile>(Load(file, content)));
            }

            if (chain.Add(file, loaded.Value))
            {
                break;
            }
        }

        return _folders.GetOrAdd(key, new Lazy<AppliedConfiguration>(chain.Applied(c => Usable(options, c)))).Value;
    }

    private static string FolderKey(string chartPath)
    {
        var full = Path.GetFullPath(chartPath);
        return (Path.GetDirectoryName(full) ?? full) + (Path.IsPathRooted(chartPath) ? "|full" : "|relative");
    }

    private AppliedConfiguration Discover(string chartPath)
    {
        var chain = new Chain();
        foreach (var file in PaceConfigReader.FindAll(chartPath))
        {
            var loaded = _files.GetOrAdd(Path.GetFullPath(file), _ => new Lazy<ConfigFile>(() => Load(file, GuardedFile.Read(file, ChartReaderOptions.Default.MaxInputBytes)))).Value;
            if (chain.Add(file, loaded))
            {
                break;
            }
        }

        return chain.Applied(c => Usable(options, c));
    }

    /// <summary>
    /// The configuration, when every code in its <c>rules:</c> names one of the validator's rules or one of its own team
    /// checks (which any file of the chain may declare, so the merged configuration is what is checked); else the PACE121
    /// errors of the file the first one is in, as a <see cref="ConfigurationException"/>: a misspelt code must not
    /// silently leave a rule as it was.
    /// </summary>
    private static PaceConfig Usable(CheckOptions options, PaceConfig configuration)
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

    private ConfigFile Load(string file, FileContent content)
    {
        if (content.Succeeded && ConfigTrust.Check(file, content) is { } distrust)
        {
            return new ConfigFile(null, new IgnoredConfiguration(file, distrust.Variant, distrust.Arguments));
        }

        return new ConfigFile(PaceConfigReader.FromContent(content, file, options.Language), null);
    }

    private sealed record ConfigFile(ConfigLoadResult? Result, IgnoredConfiguration? Ignored);

    /// <summary>The files of one chart's chain, nearest first, as they are read.</summary>
    private sealed class Chain
    {
        private readonly List<PaceConfig> _used = [];
        private readonly List<IgnoredConfiguration> _ignored = [];

        /// <summary>Adds the next file up; true when it ends the chain (<c>root: true</c>).</summary>
        /// <exception cref="ConfigurationException">The file does not load.</exception>
        public bool Add(string file, ConfigFile loaded)
        {
            if (loaded.Ignored is { } distrusted)
            {
                _ignored.Add(distrusted);
                return false;
            }

            var config = loaded.Result!.Config ?? throw new ConfigurationException(file, loaded.Result.Diagnostics);
            _used.Add(config);
            return config.Root;
        }

        /// <summary>The merged configuration, the nearest file winning, once <paramref name="usable"/> has passed it.</summary>
        /// <exception cref="ConfigurationException"><paramref name="usable"/> refuses it.</exception>
        public AppliedConfiguration Applied(Func<PaceConfig, PaceConfig> usable) =>
            AppliedConfiguration.Register(_used.Count == 0 ? null : usable(PaceConfig.Merge(Enumerable.Reverse(_used).ToList())), _ignored);
    }
}
