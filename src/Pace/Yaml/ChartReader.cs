using System.Text;

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
    /// <returns>The chart or the load errors.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="yaml"/> is <see langword="null"/>.</exception>
    public static LoadResult Read(string yaml, string? path = null, ChartReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        options ??= ChartReaderOptions.Default;
        var diagnostics = new LoadDiagnostics(options.Language ?? ChartLanguage.English);
        // The limit is in UTF-8 bytes, as a file's is; a text of at most a third of the limit in characters is within it.
        if (yaml.Length > options.MaxInputBytes / 3 && Encoding.UTF8.GetByteCount(yaml) is var bytes && bytes > options.MaxInputBytes)
        {
            diagnostics.Add("PACE110", string.Empty, SourceSpan.At(path, 1, 1), (long)bytes, options.MaxInputBytes);
            return new LoadResult(null, diagnostics.Found);
        }

        // A byte-order mark is allowed and ignored (the writer puts it back).
        var byteOrderMark = yaml.Length > 0 && yaml[0] == '\uFEFF';
        if (byteOrderMark)
        {
            yaml = yaml[1..];
        }

        var root = new YamlTreeBuilder(path, options, diagnostics).Build(yaml);
        if (diagnostics.HasErrors)
        {
            return new LoadResult(null, diagnostics.Found);
        }

        // Messages follow the chart's own language unless the caller chose one.
        if (options.Language is null && LanguageOf(root) is { } language)
        {
            diagnostics.Language = language;
        }

        // The chart keeps its text, so that ChartWriter can write it back by editing the text.
        var chart = new ChartMapper(diagnostics, path).Map(root);
        if (chart?.Source is { } source && !diagnostics.HasErrors)
        {
            chart = chart with { Source = source.WithText(new SourceText(yaml, byteOrderMark)) };
        }

        return new LoadResult(chart, diagnostics.Found);
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

        return Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), path, options);
    }

    /// <summary>Reads a chart file.</summary>
    /// <param name="path">The file's path; also used in locations.</param>
    /// <param name="options">Limits and language.</param>
    /// <returns>The chart or the load errors.</returns>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static LoadResult ReadFile(string path, ChartReaderOptions? options = null)
    {
        options ??= ChartReaderOptions.Default;
        var length = new FileInfo(path).Length;
        if (length > options.MaxInputBytes)
        {
            return TooLarge(path, length, options);
        }

        return Decode(File.ReadAllBytes(path), path, options);
    }

    private static LoadResult Decode(ReadOnlySpan<byte> bytes, string? path, ChartReaderOptions options)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var diagnostics = new LoadDiagnostics(options.Language ?? ChartLanguage.English);
            var (line, column) = PositionOf(bytes, e.Index < 0 ? 0 : e.Index);
            diagnostics.Add("PACE114", string.Empty, SourceSpan.At(path, line, column), diagnostics.Phrase("FeatureEncoding"));
            return new LoadResult(null, diagnostics.Found);
        }

        return Read(text, path, options);
    }

    private static LoadResult TooLarge(string? path, long length, ChartReaderOptions options)
    {
        var diagnostics = new LoadDiagnostics(options.Language ?? ChartLanguage.English);
        diagnostics.Add("PACE110", string.Empty, SourceSpan.At(path, 1, 1), length, options.MaxInputBytes);
        return new LoadResult(null, diagnostics.Found);
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
        && EnumNames.TryParse<ChartLanguage>(s.Value, out var language)
            ? language
            : null;
}
