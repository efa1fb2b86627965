using System.Globalization;
using Pace.Rendering.Layout;
using Pace.Rendering.Painters;
using Pace.Validation;

namespace Pace.Rendering;

/// <summary>
/// Renders a chart as a print-ready PDF (every page), or as PNG or SVG images. The chart is laid out once,
/// then painted; identical input gives byte-identical output. Safe to call from many threads at once.
/// </summary>
public static class ChartRenderer
{
    /// <summary>The creation date used when neither the options, the chart nor <c>SOURCE_DATE_EPOCH</c> give one.</summary>
    private static readonly DateTimeOffset FixedEpoch = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Renders a chart to a stream: a PDF with all pages, or the first page as PNG or SVG.</summary>
    /// <param name="chart">The chart; it may be invalid (its findings are then shown).</param>
    /// <param name="output">The stream to write to; left open.</param>
    /// <param name="options">Format, language, findings and timestamp; <see cref="RenderOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels between pages.</param>
    /// <exception cref="ArgumentOutOfRangeException">The PNG resolution is not between 1 and 1200 dpi.</exception>
    public static void Render(Chart chart, Stream output, RenderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(output);
        options ??= RenderOptions.Default;
        var document = Lay(chart, options, cancellationToken);
        if (options.Format == OutputFormat.Pdf)
        {
            // Written straight to the caller's stream from managed code, so a failing stream (a full disk, a closed
            // pipe) throws its own exception here; RenderFile's temporary file keeps a failure from showing.
            PdfPainter.Write(document, output, cancellationToken);
            return;
        }

        output.Write(Paint(document.Pages[0], options));
    }

    /// <summary>
    /// Renders a chart to a file, atomically: it is written to a temporary file in the target folder and moved
    /// into place, so a failed or cancelled render never leaves a partial file and keeps an earlier one intact.
    /// When it replaces a file, the new one is forced to disk before the move, so a power cut cannot swap a good
    /// earlier version for an empty file; a new file is not forced (nothing older can be lost, and the flush cost
    /// 1.5–35 ms a file here, most of a batch render's time).
    /// </summary>
    /// <param name="chart">The chart.</param>
    /// <param name="path">The file to write; replaced when it exists.</param>
    /// <param name="options">Format, language, findings and timestamp.</param>
    /// <param name="cancellationToken">Cancels the render; the target is then untouched.</param>
    /// <exception cref="IOException">The file cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder may not be written.</exception>
    public static void RenderFile(Chart chart, string path, RenderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full) ?? throw new ArgumentException("The path has no folder.", nameof(path));
        var temp = Path.Combine(folder, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N")[..12] + ".tmp");
        var replacing = File.Exists(full);
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                Render(chart, stream, options, cancellationToken);
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

    /// <summary>Renders every page: one PNG or SVG per page, or, for PDF, one element holding the whole document.</summary>
    /// <param name="chart">The chart.</param>
    /// <param name="options">Format, language, findings and timestamp.</param>
    /// <param name="cancellationToken">Cancels between pages.</param>
    /// <returns>The encoded pages.</returns>
    public static IReadOnlyList<byte[]> RenderPages(Chart chart, RenderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(chart);
        options ??= RenderOptions.Default;
        var document = Lay(chart, options, cancellationToken);
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

    /// <summary>Resolves the options and lays the chart out; shared by every entry point and by tests.</summary>
    internal static LayoutDocument Lay(Chart chart, RenderOptions options, CancellationToken cancellationToken)
    {
        if (options.Format != OutputFormat.Pdf && !(options.PngDpi is >= 1 and <= 1200))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.PngDpi, "PngDpi must be between 1 and 1200.");
        }

        cancellationToken.ThrowIfCancellationRequested();
        var language = options.Language ?? chart.Language ?? ChartLanguage.English;
        var findings = options.Findings ?? ChartValidator.Default.Validate(chart, new ValidationOptions { Language = language });
        var logo = LogoLoader.Load(chart, options.BaseDirectory);
        var page = Page.For(options.Paper ?? chart.Paper ?? PaperSize.A4);
        return DocumentLayout.Build(chart, language, findings, options.FindingsBanner, logo, page, TimestampOf(chart, options), cancellationToken);
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
