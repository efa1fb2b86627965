using System.Runtime.CompilerServices;
using Pace.Configuration;
using Pace.Files;
using Pace.Validation;
using Pace.Yaml;

namespace Pace;

/// <summary>
/// The one pipeline every front end uses — the <c>pace</c> command, <c>Pace.Build</c>, the renderer and apps:
/// read the file once through <see cref="GuardedFile"/>, load it, find and apply its <c>pace.config.yaml</c>, apply
/// its <c># pace-disable-next-line</c> suppressions, validate, and settle the language once. The result is what
/// <c>pace validate</c> prints. One checker reads each configuration file once however many charts share it; it
/// is safe to use from many threads.
/// </summary>
public sealed class ChartChecker
{
    private readonly ConfigurationChain _configurations;
    private readonly LogoReader _logos = new();

    // One validator per configuration with team checks, built once however many charts share the configuration.
    private readonly ConditionalWeakTable<PaceConfig, ChartValidator> _validators = [];

    /// <summary>Creates a checker.</summary>
    /// <param name="options">How to check; <see cref="CheckOptions.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentException"><see cref="CheckOptions.RuleOverrides"/> name a code that is none of the validator's rules.</exception>
    public ChartChecker(CheckOptions? options = null)
    {
        Options = options ?? CheckOptions.Default;
        Options.Validator.CheckCodes(Options.RuleOverrides.Keys, "CheckOptions.RuleOverrides");
        _configurations = new ConfigurationChain(Options);
    }

    /// <summary>A checker with the default options.</summary>
    public static ChartChecker Default { get; } = new();

    /// <summary>How this checker checks.</summary>
    public CheckOptions Options { get; }

    /// <summary>Checks a chart file.</summary>
    /// <param name="path">The chart file; also the path in every location.</param>
    /// <param name="cancellationToken">Cancels the check: the read, the load and the validation.</param>
    /// <returns>The result; a chart that does not load is a result with <c>PACE1xx</c> errors, not an exception.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="DirectoryNotFoundException">A folder on the path does not exist.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="ConfigurationException">The configuration that applies does not load.</exception>
    /// <exception cref="OperationCanceledException">The check was cancelled.</exception>
    public CheckResult CheckFile(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var configuration = ConfigurationFor(path);
        if (LinkProblem(path, configuration) is { } refused)
        {
            return refused;
        }

        return FromContent(GuardedFile.Read(path, Options.Limits.MaxInputBytes, cancellationToken), path, configuration, cancellationToken);
    }

    /// <summary>
    /// Checks a chart file asynchronously; see <see cref="CheckFile"/>. The chart and its configuration files are read
    /// with asynchronous I/O; only metadata (whether a file exists, who owns it, where a link leads) is looked up
    /// synchronously, as .NET has no asynchronous form of those calls.
    /// </summary>
    /// <param name="path">The chart file; also the path in every location.</param>
    /// <param name="cancellationToken">Cancels the check: the reads, the load and the validation.</param>
    /// <returns>The result.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="DirectoryNotFoundException">A folder on the path does not exist.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="ConfigurationException">The configuration that applies does not load.</exception>
    /// <exception cref="OperationCanceledException">The check was cancelled.</exception>
    public async Task<CheckResult> CheckFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var configuration = await _configurations.ForAsync(path, cancellationToken).ConfigureAwait(false);
        if (LinkProblem(path, configuration) is { } refused)
        {
            return refused;
        }

        var content = await GuardedFile.ReadAsync(path, Options.Limits.MaxInputBytes, cancellationToken).ConfigureAwait(false);
        return FromContent(content, path, configuration, cancellationToken);
    }

    /// <summary>Checks chart text, e.g. an editor's buffer.</summary>
    /// <param name="yaml">The chart's YAML text.</param>
    /// <param name="path">
    /// The path to show in locations, or <see langword="null"/>; when given, the configuration is looked for beside
    /// it, as for the file itself (an editor's unsaved buffer gets its file's settings).
    /// </param>
    /// <param name="cancellationToken">Cancels the load and the validation.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ConfigurationException">The configuration that applies does not load.</exception>
    /// <exception cref="OperationCanceledException">The check was cancelled.</exception>
    public CheckResult CheckText(string yaml, string? path = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        return FromText(yaml, path, path is null ? Explicit : ConfigurationFor(path), cancellationToken);
    }

    /// <summary>Checks a chart read from a UTF-8 stream (standard input, an upload), bounded by the reader's size limit.</summary>
    /// <param name="stream">The stream; read to its end (or the limit), not closed.</param>
    /// <param name="path">The path to show in locations, and to look for the configuration beside; or <see langword="null"/>.</param>
    /// <param name="cancellationToken">
    /// Cancels the check: the reads, the load and the validation. A read the stream does not end when cancelled is
    /// abandoned, so the check returns at once even then.
    /// </param>
    /// <returns>The result.</returns>
    /// <exception cref="ConfigurationException">The configuration that applies does not load.</exception>
    /// <exception cref="OperationCanceledException">The check was cancelled.</exception>
    public async Task<CheckResult> CheckAsync(Stream stream, string? path = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var configuration = path is null ? Explicit : await _configurations.ForAsync(path, cancellationToken).ConfigureAwait(false);
        var limit = Options.Limits.MaxInputBytes;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).AsTask().WaitAsync(cancellationToken).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit)
            {
                break;
            }
        }

        var content = buffer.Length > limit
            ? FileContent.Refused(path ?? string.Empty, FileKind.Unknown, FileRefusal.TooLarge, buffer.Length)
            : FileContent.Of(path ?? string.Empty, buffer.ToArray());
        return FromContent(content, path, configuration, cancellationToken);
    }

    /// <summary>Checks a chart built in code. It has no file, so no configuration is looked for; <see cref="CheckOptions.Configuration"/> applies when given.</summary>
    /// <param name="chart">The chart, valid or not.</param>
    /// <param name="cancellationToken">Cancels the validation.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ConfigurationException">The configuration the options give sets a level for a code that names no rule.</exception>
    /// <exception cref="OperationCanceledException">The check was cancelled.</exception>
    public CheckResult Check(Chart chart, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return Validate(chart, null, null, Explicit, cancellationToken);
    }

    private CheckResult FromContent(FileContent content, string? path, AppliedConfiguration configuration, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var limits = ReaderOptions(configuration);
        if (ChartReader.Refusal(content, path, limits) is { } refused)
        {
            return Failed(path, refused, null, configuration);
        }

        var text = ChartReader.DecodeText(content.Bytes.Span, path, limits, out var error);
        return text is null ? Failed(path, error!, null, configuration) : FromText(text, path, configuration, cancellationToken);
    }

    private CheckResult FromText(string text, string? path, AppliedConfiguration configuration, CancellationToken cancellationToken)
    {
        var source = new SourceText(text);
        var load = ChartReader.Read(text, path, ReaderOptions(configuration), cancellationToken);
        return load.Chart is { } chart
            ? Validate(chart, path, source, configuration, cancellationToken)
            : Failed(path, load, source, configuration);
    }

    private CheckResult Validate(Chart chart, string? path, SourceText? source, AppliedConfiguration applied, CancellationToken cancellationToken)
    {
        var configuration = applied.Configuration;
        var (language, unknownLanguage) = LanguageChoice.Settle(Options.Language, chart, configuration);
        var validation = new ValidationOptions
        {
            Language = language,
            Overrides = Options.RuleOverrides,
            Suppressions = source is null ? [] : SuppressionReader.Read(source.Text, path),
        };
        if (configuration is not null)
        {
            validation = configuration.ApplyTo(validation);

            // The configuration's fonts join the chart's own, so its rules and its renderer see the same fonts.
            chart = configuration.ApplyTo(chart);
        }

        var findings = ValidatorFor(configuration).Validate(chart, validation, cancellationToken);
        var (logo, logoFinding) = _logos.Read(chart, path, configuration, language, cancellationToken);
        var extra = applied.Warnings(language).Concat(logoFinding is null ? [] : [logoFinding]).Concat(unknownLanguage is null ? [] : [unknownLanguage]).ToList();
        if (extra.Count > 0)
        {
            findings = new Findings(findings.Concat(extra));
        }

        return new CheckResult(path, chart, findings, language, source, configuration) { Logo = logo };
    }

    /// <summary>
    /// The options' validator plus the configuration's team checks. A team check whose code one of the app's own
    /// rules already has is left out: the rule given in code wins.
    /// </summary>
    private ChartValidator ValidatorFor(PaceConfig? configuration) =>
        configuration is not { Checks.Count: > 0 }
            ? Options.Validator
            : _validators.GetValue(configuration, c => Options.Validator.With(
                [.. c.Checks.Where(check => Options.Validator.Find(check.Code) is null).Select(check => check.ToRule())]));

    private static CheckResult Failed(string? path, LoadResult load, SourceText? source, AppliedConfiguration applied)
    {
        var language = LanguageChoice.Spoken(load.Language, applied.Configuration);
        var warnings = applied.Warnings(language).ToList();
        var findings = warnings.Count == 0 ? load.Diagnostics : new Findings(load.Diagnostics.Concat(warnings));
        return new(path, null, findings, language, source, applied.Configuration);
    }

    /// <summary>The configuration the options give, for what has no file to look beside.</summary>
    private AppliedConfiguration Explicit => _configurations.Explicit;

    private ChartReaderOptions ReaderOptions(AppliedConfiguration configuration) =>
        Options.Limits with { Language = Options.Language ?? Options.Limits.Language, FallbackLanguage = configuration.Configuration?.Language };

    /// <summary>
    /// A chart path that is a symbolic link leading out of its own folder, or looping — through other links, or back to
    /// its own folder or one above it — is refused unread (PACE117).
    /// </summary>
    private CheckResult? LinkProblem(string path, AppliedConfiguration configuration)
    {
        string? variant;
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!;
        try
        {
            if (new FileInfo(path).LinkTarget is null)
            {
                return null;
            }

            var real = RealPath.Resolve(path);
            var realFolder = RealPath.Resolve(folder);

            // A link to its own folder or one above it (ln -s . x) is a loop for anything that walks through it.
            variant = RealPath.IsWithin(realFolder, real) ? "Loop" : RealPath.IsWithin(real, realFolder) ? null : string.Empty;
        }
        catch (IOException)
        {
            variant = "Loop";
        }

        if (variant is null)
        {
            return null;
        }

        var load = ChartReader.LinkRefusal(path, variant, System.IO.Path.GetDirectoryName(path) is { Length: > 0 } named ? named : ".", ReaderOptions(configuration));
        return Failed(path, load, null, configuration);
    }

    /// <summary>
    /// Works out the configurations of charts in the order given — registering their translations in that order —
    /// before they are checked in parallel, so which translation of a language serves the run does not depend on
    /// thread timing. A configuration that does not load is left for the chart's own check to report.
    /// </summary>
    internal void Prepare(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            try
            {
                _ = ConfigurationFor(path);
            }
            catch (Exception e) when (e is ConfigurationException or IOException or UnauthorizedAccessException or ArgumentException)
            {
                // Kept by the configuration cache: the chart's check throws it again, where it is reported.
            }
        }
    }

    /// <summary>The configuration for a chart path: the explicit one, else the files found from its folder up, read once per checker.</summary>
    private AppliedConfiguration ConfigurationFor(string path) => _configurations.For(path);
}
