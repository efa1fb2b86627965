using System.CommandLine;
using Pace.Cli.Output.Escaping;
using Pace.Configuration;

namespace Pace.Cli.Input;

/// <summary>
/// The options of the commands that check charts (validate, render): which configuration applies (<c>--config</c>,
/// <c>PACE_CONFIG</c>), how folders and globs are walked (<c>--ignore-path</c>, <c>--no-gitignore</c>), and a chart
/// on standard input for editors (<c>--stdin-filepath</c>). Defined once so both commands read and behave alike.
/// </summary>
internal sealed class InputOptions
{
    /// <summary>The environment variable naming a configuration file, as <c>--config</c> does (which wins).</summary>
    public const string ConfigVariable = "PACE_CONFIG";

    private readonly Option<string?> _config = new("--config")
    {
        Description = "Use this configuration file alone instead of the pace.config.yaml files found beside and above each chart (also: PACE_CONFIG)",
    };

    private readonly Option<string[]> _ignorePath = new("--ignore-path")
    {
        Description = "Also leave out what this file's patterns match (gitignore syntax, relative to its folder) when walking folders and globs; repeatable",
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<bool> _noGitignore = new("--no-gitignore") { Description = "Walk folders and globs without honouring .gitignore files (.paceignore still counts)" };

    private readonly Option<string?> _stdinPath = new("--stdin-filepath")
    {
        Description = "Read one chart from standard input, shown as this path, with the configuration of its folder (for editors)",
    };

    /// <summary>Adds the options to a command.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(_config);
        command.Options.Add(_ignorePath);
        command.Options.Add(_noGitignore);
        command.Options.Add(_stdinPath);
    }

    /// <summary>The path standard input is shown as, when reading from it.</summary>
    public string? StandardInputPath(ParseResult parse) => parse.GetValue(_stdinPath);

    /// <summary>The library's checking pipeline with this run's language, rule levels, reader limits and configuration.</summary>
    /// <exception cref="UserError">The configuration file named does not exist or does not load.</exception>
    public ChartChecker Checker(ParseResult parse, ChartLanguage? language, string[]? rules, Pace.Yaml.ChartReaderOptions limits)
    {
        var checker = CommonOptions.Checker(language, rules, limits);
        var named = parse.GetValue(_config) is { Length: > 0 } option ? option
            : Environment.GetEnvironmentVariable(ConfigVariable) is { Length: > 0 } variable ? variable : null;
        return named is null ? checker : new ChartChecker(checker.Options with { Configuration = Load(named, language) });
    }

    /// <summary>The charts to check: standard input, or the files, folders and globs named; says on <paramref name="note"/> what a walk skipped.</summary>
    /// <exception cref="UserError">Nothing named, both standard input and files named, a file missing, or a folder or glob without charts.</exception>
    public IReadOnlyList<ChartInput> Inputs(ParseResult parse, string[]? files, Action<string> note)
    {
        files ??= [];
        if (StandardInputPath(parse) is { } shown)
        {
            return files.Length == 0
                ? [new ChartInput(shown, FromStandardInput: true)]
                : throw new UserError("--stdin-filepath reads one chart from standard input; name no files with it");
        }

        if (files.Length == 0)
        {
            throw new UserError("name the charts to check: files, folders or globs (or --stdin-filepath PATH to read one from standard input)");
        }

        var walk = new WalkOptions(!parse.GetValue(_noGitignore), parse.GetValue(_ignorePath) ?? []);
        return [.. InputExpander.Expand(files, walk, note).Select(p => new ChartInput(p, FromStandardInput: false))];
    }

    /// <summary>Reads the configuration the user named: used as it is (the user chose it), so it is not checked for who may write it.</summary>
    private static PaceConfig Load(string path, ChartLanguage? language)
    {
        ConfigLoadResult loaded;
        try
        {
            loaded = PaceConfigReader.ReadFile(path, language);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new UserError($"{LineText.Path(path)}: no such configuration file", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserError($"{LineText.Path(path)}: the configuration file cannot be read ({e.Message})", e);
        }

        if (loaded.Config is { } config)
        {
            return config;
        }

        throw new UserError($"{LineText.Path(path)} is not a valid configuration:") { Details = [.. loaded.Diagnostics.Select(d => Output.TextFormat.Line(d.Span?.File ?? path, d))] };
    }
}

/// <summary>One chart to check: a file, or standard input shown as a path.</summary>
internal sealed record ChartInput(string Path, bool FromStandardInput);
