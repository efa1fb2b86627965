using System.Text;
using Pace.Files;

namespace Pace.Yaml;

/// <summary>
/// Reads <c>.pace.yaml</c> files (format 1). Problems in the file come back as located <c>PACE1xx</c> diagnostics,
/// never as exceptions; only a file that cannot be opened throws (an I/O problem, not a finding).
/// Safe to use from many threads at once.
/// </summary>
public static class ChartReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads a chart from YAML text.</summary>
    /// <param name="yaml">The YAML text.</param>
    /// <param name="path">The file name to put in locations, or <see langword="null"/>.</param>
    /// <param name="options">Limits and language; <see cref="ChartReaderOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the load; checked every few hundred YAML events and between processes.</param>
    /// <returns>The chart or the load errors.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="yaml"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException">The load was cancelled.</exception>
    public static LoadResult Read(string yaml, string? path = null, ChartReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        options ??= ChartReaderOptions.Default;
        var diagnostics = new LoadDiagnostics(options.Language ?? options.FallbackLanguage ?? ChartLanguage.English);
        // The limit is in UTF-8 bytes, as a file's is; a text of at most a third of the limit in characters is within it.
        if (yaml.Length > options.MaxInputBytes / 3 && Encoding.UTF8.GetByteCount(yaml) is var bytes && bytes > options.MaxInputBytes)
        {
            diagnostics.Add("PACE110", string.Empty, SourceSpan.At(path, 1, 1), new("size", (long)bytes), new("limit", options.MaxInputBytes));
            return new LoadResult(null, diagnostics.Found) { Language = diagnostics.Language };
        }

        // A byte-order mark is allowed and ignored (the writer puts it back).
        var byteOrderMark = yaml.Length > 0 && yaml[0] == '\uFEFF';
        if (byteOrderMark)
        {
            yaml = yaml[1..];
        }

        var root = new YamlTreeBuilder(path, options, diagnostics) { Cancellation = cancellationToken }.Build(yaml);
        if (diagnostics.HasErrors)
        {
            return new LoadResult(null, diagnostics.Found) { Language = diagnostics.Language };
        }

        // Messages follow the chart's own language unless the caller chose one.
        var declared = LanguageOf(root);
        if (options.Language is null && declared is { } language)
        {
            diagnostics.Language = language;
        }

        // The chart keeps its text, so that ChartWriter can write it back by editing the text.
        var chart = new ChartMapper(diagnostics, path) { Cancellation = cancellationToken }.Map(root);
        if (chart?.Source is { } source && !diagnostics.HasErrors)
        {
            chart = chart with { Source = source.WithText(new OriginalText(yaml, byteOrderMark)) };
        }

        return new LoadResult(chart, diagnostics.Found) { Language = diagnostics.Language };
    }

    /// <summary>Reads a chart from a UTF-8 stream.</summary>
    /// <param name="stream">The stream; read to its end, not closed.</param>
    /// <param name="path">The file name to put in locations, or <see langword="null"/>.</param>
    /// <param name="options">Limits and language.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The chart or the load errors.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    public static async Task<LoadResult> ReadAsync(Stream stream, string? path = null, ChartReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= ChartReaderOptions.Default;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > options.MaxInputBytes)
            {
                return TooLarge(path, buffer.Length + read, options);
            }

            buffer.Write(chunk, 0, read);
        }

        return Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), path, options, cancellationToken);
    }

    /// <summary>
    /// Reads a chart file through <see cref="GuardedFile"/>: a folder, FIFO, device or socket is a located PACE116
    /// error and is never read; a file over <see cref="ChartReaderOptions.MaxInputBytes"/> is PACE110, and reading
    /// stops at the limit.
    /// </summary>
    /// <param name="path">The file's path; also used in locations.</param>
    /// <param name="options">Limits and language.</param>
    /// <returns>The chart or the load errors.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static LoadResult ReadFile(string path, ChartReaderOptions? options = null)
    {
        options ??= ChartReaderOptions.Default;
        var content = GuardedFile.Read(path, options.MaxInputBytes);
        return Refusal(content, path, options) ?? Decode(content.Bytes.Span, path, options);
    }

    /// <summary>Reads a chart file asynchronously, with the guards of <see cref="ReadFile"/>.</summary>
    /// <param name="path">The file's path; also used in locations.</param>
    /// <param name="options">Limits and language.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The chart or the load errors.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static async Task<LoadResult> ReadFileAsync(string path, ChartReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= ChartReaderOptions.Default;
        var content = await GuardedFile.ReadAsync(path, options.MaxInputBytes, cancellationToken).ConfigureAwait(false);
        return Refusal(content, path, options) ?? Decode(content.Bytes.Span, path, options, cancellationToken);
    }

    /// <summary>The load error for a file <see cref="GuardedFile"/> refused, or <see langword="null"/> when it was read.</summary>
    internal static LoadResult? Refusal(FileContent content, string? path, ChartReaderOptions options)
    {
        var diagnostics = new LoadDiagnostics(options.Language ?? options.FallbackLanguage ?? ChartLanguage.English);
        switch (content.Refusal)
        {
            case FileRefusal.TooLarge:
                diagnostics.Add("PACE110", string.Empty, SourceSpan.At(path, 1, 1), new("size", content.BytesSeen), new("limit", options.MaxInputBytes));
                break;
            case FileRefusal.NotRegular:
                diagnostics.Add("PACE116", string.Empty, SourceSpan.At(path, 1, 1), new MessageArgument("kind", diagnostics.Phrase("FileKind" + content.Kind)));
                break;
            default:
                return null;
        }

        return new LoadResult(null, diagnostics.Found) { Language = diagnostics.Language };
    }

    /// <summary>The load error for a chart path that is a symbolic link out of its folder (variant "") or a loop ("Loop").</summary>
    internal static LoadResult LinkRefusal(string path, string variant, string folder, ChartReaderOptions options)
    {
        var diagnostics = new LoadDiagnostics(options.Language ?? options.FallbackLanguage ?? ChartLanguage.English);
        diagnostics.AddVariant("PACE117", variant, string.Empty, SourceSpan.At(path, 1, 1), new MessageArgument("folders", folder));
        return new LoadResult(null, diagnostics.Found) { Language = diagnostics.Language };
    }

    /// <summary>Decodes UTF-8 bytes (strictly: invalid bytes are PACE114) into text, or the load error.</summary>
    internal static string? DecodeText(ReadOnlySpan<byte> bytes, string? path, ChartReaderOptions options, out LoadResult? error)
    {
        try
        {
            error = null;
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var diagnostics = new LoadDiagnostics(options.Language ?? options.FallbackLanguage ?? ChartLanguage.English);
            var (line, column) = PositionOf(bytes, e.Index < 0 ? 0 : e.Index);
            diagnostics.Add("PACE114", string.Empty, SourceSpan.At(path, line, column), new MessageArgument("feature", diagnostics.Phrase("FeatureEncoding")));
            error = new LoadResult(null, diagnostics.Found) { Language = diagnostics.Language };
            return null;
        }
    }

    private static LoadResult Decode(ReadOnlySpan<byte> bytes, string? path, ChartReaderOptions options, CancellationToken cancellationToken = default) =>
        DecodeText(bytes, path, options, out var error) is { } text ? Read(text, path, options, cancellationToken) : error!;

    private static LoadResult TooLarge(string? path, long length, ChartReaderOptions options)
    {
        var diagnostics = new LoadDiagnostics(options.Language ?? options.FallbackLanguage ?? ChartLanguage.English);
        diagnostics.Add("PACE110", string.Empty, SourceSpan.At(path, 1, 1), new("size", length), new("limit", options.MaxInputBytes));
        return new LoadResult(null, diagnostics.Found) { Language = diagnostics.Language };
    }

    /// <summary>The 1-based line and column of a byte offset, counting lines by '\n'.</summary>
    private static (int Line, int Column) PositionOf(ReadOnlySpan<byte> bytes, int index)
    {
        var upTo = bytes[..Math.Min(index, bytes.Length)];
        var line = upTo.Count((byte)'\n') + 1;
        var lastNewline = upTo.LastIndexOf((byte)'\n');
        return (line, index - lastNewline);
    }

    private static ChartLanguage? LanguageOf(YamlNodeBase? root) =>
        root is YamlMapping map
        && map.Entries.FirstOrDefault(e => e.Key is YamlScalar { Value: "language" }).Value is YamlScalar s
        && ChartLanguage.TryParse(s.Value, out var language)
            ? language
            : null;
}
