using System.Globalization;
using Pace.Rendering.Layout;
using Pace.Rendering.Painters;

namespace Pace.Rendering;

/// <summary>
/// Renders a chart as a print-ready PDF (every page), or as PNG or SVG images. The chart is laid out once,
/// then painted; identical input gives byte-identical output. Safe to call from many threads at once.
/// </summary>
public static class ChartRenderer
{
    /// <summary>The creation date used when neither the options, the chart nor <c>SOURCE_DATE_EPOCH</c> give one.</summary>
    private static readonly DateTimeOffset FixedEpoch = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Renders a checked chart to a stream: a PDF with all pages, or the first page as PNG or SVG. The labels are in
    /// the check's language and the footer and findings page show the check's findings: the renderer never
    /// validates on its own, so the drawing agrees with what <c>pace validate</c> reports.
    /// </summary>
    /// <param name="check">The result of <see cref="ChartChecker"/>; its chart must have loaded.</param>
    /// <param name="output">The stream to write to; left open.</param>
    /// <param name="options">Format, banner and timestamp; <see cref="RenderOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels between pages.</param>
    /// <exception cref="ArgumentException">The chart did not load (<see cref="CheckResult.Loaded"/> is false).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The PNG resolution is not between 1 and 1200 dpi.</exception>
    public static void Render(CheckResult check, Stream output, RenderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(output);
        options ??= RenderOptions.Default;
        var document = Lay(check, options, cancellationToken);
        if (options.Format == OutputFormat.Pdf)
        {
            // Written straight to the caller's stream from managed code, so a failing stream (a full disk, a closed
            // pipe) throws its own exception here; RenderFile's temporary file keeps a failure from showing.
            PdfPainter.Write(document, output, cancellationToken);
            return;
        }

        output.Write(Paint(document.Pages[0], options));
    }

    /// <summary>Checks a chart built in code with <see cref="ChartChecker.Default"/> and renders it as a PDF; for other formats and options check it yourself and use <see cref="Render(CheckResult, Stream, RenderOptions?, CancellationToken)"/>.</summary>
    /// <param name="chart">The chart; it may be invalid (its findings are then shown).</param>
    /// <param name="output">The stream to write to; left open.</param>
    public static void Render(Chart chart, Stream output) => Render(ChartChecker.Default.Check(chart), output);

    /// <summary>
    /// Renders a checked chart to a file, atomically: it is written to a temporary file in the target folder
    /// (<c>.NAME.pace-tmp-</c> and 12 random hex digits) and moved into place, so a failed or cancelled render never
    /// leaves a partial file and keeps an earlier one intact; a temporary file a killed render left behind is removed by
    /// the next process that renders into that folder. Only a regular file is replaced: a device node, a FIFO, a socket
    /// or a symbolic link at the path is refused, where moving a file into place would have replaced it. When it
    /// replaces a file, the new one is forced to disk before the move, so a power cut cannot swap a good earlier version
    /// for an empty file; a new file is not forced (nothing older can be lost, and the flush cost 1.5–35 ms a file here,
    /// most of a batch render's time).
    /// </summary>
    /// <param name="check">The result of <see cref="ChartChecker"/>; its chart must have loaded.</param>
    /// <param name="path">The file to write; replaced when it exists.</param>
    /// <param name="options">Format, banner and timestamp.</param>
    /// <param name="cancellationToken">Cancels the render; the target is then untouched.</param>
    /// <exception cref="ArgumentException">The chart did not load.</exception>
    /// <exception cref="IOException">The file cannot be written, or the path names something other than a regular file.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder may not be written.</exception>
    public static void RenderFile(CheckResult check, string path, RenderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full) ?? throw new ArgumentException("The path has no folder.", nameof(path));
        var replacing = RegularTarget(full);
        TemporaryFiles.ClearLeftovers(folder);
        var temp = TemporaryFiles.For(full);
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                Render(check, stream, options, cancellationToken);
                stream.Flush(flushToDisk: replacing);
            }

            cancellationToken.ThrowIfCancellationRequested();
            File.Move(temp, full, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>Whether the target exists as a regular file; throws when something else is there.</summary>
    private static bool RegularTarget(string full)
    {
        var info = new FileInfo(full);
        if (info.LinkTarget is not null)
        {
            throw new IOException($"'{full}' is a symbolic link, not a regular file; only a regular file is replaced.");
        }

        if (!Path.Exists(full))
        {
            return false;
        }

        Files.FileKind kind;
        try
        {
            kind = Directory.Exists(full) ? Files.FileKind.Directory : Files.GuardedFile.KindOf(full);
        }
        catch (UnauthorizedAccessException)
        {
            return true; // a file we may replace but not read: the move below decides
        }

        return kind is Files.FileKind.Regular or Files.FileKind.Unknown
            ? true
            : throw new IOException($"'{full}' is not a regular file ({kind}); only a regular file is replaced.");
    }

    /// <summary>Checks a chart built in code with <see cref="ChartChecker.Default"/> and renders it to a file; see <see cref="RenderFile(CheckResult, string, RenderOptions?, CancellationToken)"/>.</summary>
    /// <param name="chart">The chart.</param>
    /// <param name="path">The file to write; replaced when it exists.</param>
    /// <exception cref="IOException">The file cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder may not be written.</exception>
    public static void RenderFile(Chart chart, string path) => RenderFile(ChartChecker.Default.Check(chart), path);

    /// <summary>Renders every page: one PNG or SVG per page, or, for PDF, one element holding the whole document.</summary>
    /// <param name="check">The result of <see cref="ChartChecker"/>; its chart must have loaded.</param>
    /// <param name="options">Format, banner and timestamp.</param>
    /// <param name="cancellationToken">Cancels between pages.</param>
    /// <returns>The encoded pages.</returns>
    /// <exception cref="ArgumentException">The chart did not load.</exception>
    public static IReadOnlyList<byte[]> RenderPages(CheckResult check, RenderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(check);
        options ??= RenderOptions.Default;
        var document = Lay(check, options, cancellationToken);
        if (options.Format == OutputFormat.Pdf)
        {
            using var buffer = new MemoryStream();
            PdfPainter.Write(document, buffer, cancellationToken);
            return [buffer.ToArray()];
        }

        var pages = new List<byte[]>(document.Pages.Count);
        foreach (var page in document.Pages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            pages.Add(Paint(page, options));
        }

        return pages;
    }

    /// <summary>Checks a chart built in code with <see cref="ChartChecker.Default"/> and renders every page; see <see cref="RenderPages(CheckResult, RenderOptions?, CancellationToken)"/>.</summary>
    /// <param name="chart">The chart.</param>
    /// <returns>The PDF as one element.</returns>
    public static IReadOnlyList<byte[]> RenderPages(Chart chart) => RenderPages(ChartChecker.Default.Check(chart));

    /// <summary>Lays a checked chart out; shared by every entry point.</summary>
    internal static LayoutDocument Lay(CheckResult check, RenderOptions options, CancellationToken cancellationToken) =>
        Lay(check.Chart ?? throw new ArgumentException("The chart did not load; render only a check whose chart loaded (CheckResult.Loaded).", nameof(check)), check.Language, check.Diagnostics, options, cancellationToken, LogoFile.For(check));

    /// <summary>Checks a chart built in code with <see cref="ChartChecker.Default"/> and lays it out (tests, the fuzzer, benchmarks).</summary>
    internal static LayoutDocument Lay(Chart chart, RenderOptions options, CancellationToken cancellationToken) =>
        Lay(ChartChecker.Default.Check(chart), options, cancellationToken);

    /// <summary>Resolves the options and lays a chart out with the given language and findings (tests use this directly).</summary>
    internal static LayoutDocument Lay(Chart chart, ChartLanguage language, Findings findings, RenderOptions options, CancellationToken cancellationToken, LogoImage? logo = null)
    {
        if (options.Format != OutputFormat.Pdf && !(options.PngDpi is >= 1 and <= 1200))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.PngDpi, "PngDpi must be between 1 and 1200.");
        }

        cancellationToken.ThrowIfCancellationRequested();
        return DocumentLayout.Build(chart, language, findings, options.FindingsBanner, logo, TimestampOf(chart, options), cancellationToken);
    }

    /// <summary>The timestamp rule: options, else the chart's date, else SOURCE_DATE_EPOCH, else a fixed epoch.</summary>
    internal static DateTimeOffset TimestampOf(Chart chart, RenderOptions options)
    {
        if (options.Timestamp is { } given)
        {
            return given;
        }

        if (chart.Date is { } date)
        {
            return new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        }

        var epoch = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");
        return long.TryParse(epoch, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds <= 253402300799
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : FixedEpoch;
    }

    private static byte[] Paint(LayoutPage page, RenderOptions options) =>
        options.Format == OutputFormat.Svg ? SvgPainter.Encode(page) : PngPainter.Encode(page, options.PngDpi);

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: the render already failed, and that is the error to report.
        }
    }
}
