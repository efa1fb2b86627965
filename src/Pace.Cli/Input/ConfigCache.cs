using System.Collections.Concurrent;
using Pace.Configuration;
using Pace.Validation;

namespace Pace.Cli.Input;

/// <summary>
/// Finds the <c>pace.config.yaml</c> that applies to each chart and reads each configuration file once per run,
/// however many charts share it. A configuration that does not load stops the run (exit 2), as the design says.
/// </summary>
internal static class ConfigCache
{
    private static readonly ConcurrentDictionary<string, Lazy<ConfigLoadResult>> Loaded = new(StringComparer.Ordinal);

    public static ValidationOptions Apply(string chartPath, ChartLanguage? language, ValidationOptions options) =>
        For(chartPath, language) is { } config ? config.ApplyTo(options) : options;

    /// <summary>The configuration that applies to a chart, read once per run; <see langword="null"/> when there is none.</summary>
    public static PaceConfig? For(string chartPath, ChartLanguage? language)
    {
        string? file;
        ConfigLoadResult result;
        try
        {
            file = PaceConfigReader.Find(chartPath);
            if (file is null)
            {
                return null;
            }

            result = Loaded.GetOrAdd(Path.GetFullPath(file), full => new Lazy<ConfigLoadResult>(() => PaceConfigReader.ReadFile(file, language))).Value;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserError($"the configuration for {chartPath} cannot be read: {e.Message}", e);
        }

        if (result.Config is null)
        {
            var lines = result.Diagnostics.Select(d => Output.TextFormat.Line(file, d));
            throw new UserError($"{file} is not a valid configuration:\n" + string.Join("\n", lines));
        }

        return result.Config;
    }
}
