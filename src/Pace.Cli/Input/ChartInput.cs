using Pace.Validation;
using Pace.Yaml;

namespace Pace.Cli.Input;

/// <summary>A chart file as the commands see it: its path as the user wrote it, and what loading and validating found.</summary>
internal sealed record ChartInput(string Path, Chart? Chart, Findings Result)
{
    private string[]? _lines;

    /// <summary>A line of the chart file, for showing a finding in context; null when it cannot be read.</summary>
    public string? SourceLine(int line)
    {
        try
        {
            _lines ??= File.ReadAllLines(Path);
        }
        catch (IOException)
        {
            _lines = [];
        }
        catch (UnauthorizedAccessException)
        {
            _lines = [];
        }

        return line >= 1 && line <= _lines.Length ? _lines[line - 1] : null;
    }

    /// <summary>
    /// The file a finding points into: the chart, or another file its span names — the pace.config.yaml whose font
    /// PACE022 reports.
    /// </summary>
    public string FileOf(Diagnostic finding) =>
        finding.Span?.File is { Length: > 0 } file && !string.Equals(System.IO.Path.GetFullPath(file), System.IO.Path.GetFullPath(Path), StringComparison.Ordinal)
            ? file
            : Path;

    /// <summary>Loads and validates a file; I/O problems become <see cref="UserError"/>s.</summary>
    public static ChartInput Load(string path, ChartLanguage? language, ValidationOptions validation, ChartReaderOptions? limits = null)
    {
        LoadResult load;
        try
        {
            if (Directory.Exists(path))
            {
                throw new UserError($"{path} is a folder; name the chart files in it, e.g. {System.IO.Path.Combine(path, "*.pace.yaml")}");
            }

            load = ChartReader.ReadFile(path, (limits ?? ChartReaderOptions.Default) with { Language = language });
        }
        catch (FileNotFoundException e)
        {
            throw new UserError($"{path}: no such file", e);
        }
        catch (DirectoryNotFoundException e)
        {
            throw new UserError($"{path}: no such file (its folder does not exist)", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new UserError($"{path}: permission denied", e);
        }
        catch (IOException e)
        {
            throw new UserError($"{path}: cannot be read: {e.Message}", e);
        }

        if (load.Chart is null)
        {
            return new ChartInput(path, null, load.Diagnostics);
        }

        // Rule levels from pace.config.yaml sit under the chart's own rules: and the run's --rule; its fonts come after
        // the chart's own; "# pace-disable-next-line CODE" comments in the chart silence single findings.
        var config = ConfigCache.For(path, language);
        var chart = config?.ApplyTo(load.Chart) ?? load.Chart;
        var options = (config?.ApplyTo(validation) ?? validation) with { Suppressions = ReadSuppressions(path) };
        return new ChartInput(path, chart, Validator.Validate(chart, options));
    }

    /// <summary>
    /// The built-in rules and the renderer's PACE022 (every character drawable): only the renderer knows its fonts, so
    /// the rule comes from Pace.Rendering, and validate and render report the same findings.
    /// </summary>
    private static ChartValidator Validator { get; } = ChartValidator.Default.With(new Rendering.Rules.GlyphCoverageRule());

    private static IReadOnlyList<Suppression> ReadSuppressions(string path)
    {
        try
        {
            return SuppressionReader.ReadFile(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserError($"{path}: cannot be read: {e.Message}", e);
        }
    }
}
