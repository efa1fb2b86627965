using System.Globalization;
using Pace.Rendering.Layout;
using Pace.Rendering.Painters;
using Pace.Rendering.Rules;
using Pace.Rendering.Text;
using Pace.Validation;

namespace Pace.Rendering;

/// <summary>
/// Renders a chart as a print-ready PDF, or as PNG or SVG images, of the pages <see cref="RenderOptions.Pages"/> selects
/// (every page by default). The chart is laid out once, then painted; identical input gives byte-identical output. Safe
/// to call from many threads at once.
/// </summary>
public static class ChartRenderer
{
    /// <summary>The placeholder for the page number in <see cref="RenderFiles"/>' path.</summary>
    public const string PageToken = "{page}";

    /// <summary>The checker of the overloads that take a chart built in code: the built-in rules and PACE022.</summary>
    private static readonly ChartChecker Checker = new(CheckOptions.Default with { Validator = ChartValidator.Default.With(new GlyphCoverageRule()) });

    /// <summary>The creation date used when neither the options, the chart nor <c>SOURCE_DATE_EPOCH</c> give one.</summary>
    private static readonly DateTimeOffset FixedEpoch = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Renders a checked chart to a stream: a PDF with the selected pages, or the first selected page as PNG or SVG (an
    /// image holds one page; <see cref="RenderPages(CheckResult, RenderOptions?, CancellationToken)"/> gives each). The labels are in
    /// the check's language and the footer and findings page show the check's findings: the renderer never
    /// validates on its own, so the drawing agrees with what <c>pace validate</c> reports.
    /// </summary>
    /// <param name="check">The result of <see cref="ChartChecker"/>; its chart must have loaded.</param>
    /// <param name="output">The stream to write to; left open.</param>
    /// <param name="options">Format, banner and timestamp; <see cref="RenderOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels between pages.</param>
    /// <exception cref="ArgumentException">The chart did not load (<see cref="CheckResult.Loaded"/> is false).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The PNG resolution is not between 1 and 1200 dpi, or the selection starts after the last page.</exception>
    public static void Render(CheckResult check, Stream output, RenderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(output);

        // Written straight to the caller's stream from managed code, so a failing stream (a full disk, a closed
        // pipe) throws its own exception here; RenderFile's temporary file keeps a failure from showing.
        Draw(check, output, options ?? RenderOptions.Default, cancellationToken);
    }

    /// <summary>
    /// Renders a checked chart to a stream with asynchronous writes only, as <see cref="Render(CheckResult, Stream, RenderOptions?, CancellationToken)"/>
    /// does synchronously: for an ASP.NET Core response body (where synchronous I/O is disallowed), a network stream or
    /// a pipe. The chart is drawn in memory first — in pooled 64 KB chunks, no more than the output's size (a PDF of
    /// the examples: 40–80 KB) — and then written chunk by chunk with <see cref="Stream.WriteAsync(ReadOnlyMemory{byte}, CancellationToken)"/>.
    /// </summary>
    /// <param name="check">The result of <see cref="ChartChecker"/>; its chart must have loaded.</param>
    /// <param name="output">The stream to write to; left open and not flushed.</param>
    /// <param name="options">Format, pages, banner and timestamp; <see cref="RenderOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">
    /// Cancels the render at any stage: laying out (between rows and pages), painting (between pages) and writing
    /// (passed to each write). What was written by then stays written.
    /// </param>
    /// <returns>A task that completes when the last byte was handed to the stream.</returns>
    /// <exception cref="ArgumentException">The chart did not load (<see cref="CheckResult.Loaded"/> is false).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The PNG resolution is not between 1 and 1200 dpi, or the selection starts after the last page.</exception>
    /// <exception cref="OperationCanceledException">The render was cancelled.</exception>
    public static async Task RenderAsync(CheckResult check, Stream output, RenderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(output);
        using var drawn = new PooledBuffer();
        Draw(check, drawn, options ?? RenderOptions.Default, cancellationToken);
        await drawn.WriteToAsync(output, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Checks a chart built in code (the built-in rules and PACE022) and renders it as a PDF; for other formats and options check it yourself and use <see cref="Render(CheckResult, Stream, RenderOptions?, CancellationToken)"/>.</summary>
    /// <param name="chart">The chart; it may be invalid (its findings are then shown).</param>
    /// <param name="output">The stream to write to; left open.</param>
    public static void Render(Chart chart, Stream output) => Render(Checker.Check(chart), output);

    /// <summary>
    /// Checks a chart built in code (the built-in rules and PACE022) and renders it as a PDF with asynchronous writes
    /// only, as <see cref="RenderAsync(CheckResult, Stream, RenderOptions?, CancellationToken)"/> does; for other formats
    /// and options check it yourself and use that.
    /// </summary>
    /// <param name="chart">The chart; it may be invalid (its findings are then shown).</param>
    /// <param name="output">The stream to write to; left open and not flushed.</param>
    /// <param name="cancellationToken">Cancels the check and the render at any stage (a server passes the request's, <c>HttpContext.RequestAborted</c>; else <see cref="CancellationToken.None"/>).</param>
    /// <returns>A task that completes when the last byte was handed to the stream.</returns>
    /// <exception cref="OperationCanceledException">The render was cancelled.</exception>
    public static Task RenderAsync(Chart chart, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(output);
        return RenderAsync(Checker.Check(chart, cancellationToken), output, null, cancellationToken);
    }

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
        AtomicFile.Write(path, stream => Render(check, stream, options, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Renders a checked chart to a file with asynchronous writes, atomically, as <see cref="RenderFile(CheckResult, string, RenderOptions?, CancellationToken)"/>
    /// does synchronously. Forcing a replaced file to disk has no asynchronous form in .NET and runs on the thread pool.
    /// </summary>
    /// <param name="check">The result of <see cref="ChartChecker"/>; its chart must have loaded.</param>
    /// <param name="path">The file to write; replaced when it exists.</param>
    /// <param name="options">Format, pages, banner and timestamp.</param>
    /// <param name="cancellationToken">Cancels the render; the target is then untouched.</param>
    /// <returns>A task that completes when the file is in place.</returns>
    /// <exception cref="ArgumentException">The chart did not load.</exception>
    /// <exception cref="IOException">The file cannot be written, or the path names something other than a regular file.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder may not be written.</exception>
    /// <exception cref="OperationCanceledException">The render was cancelled.</exception>
    public static Task RenderFileAsync(CheckResult check, string path, RenderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentException.ThrowIfNullOrEmpty(path);
        return AtomicFile.WriteAsync(path, stream => RenderAsync(check, stream, options, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Renders each selected page to a file of its own, atomically as <see cref="RenderFile(CheckResult, string, RenderOptions?, CancellationToken)"/>
    /// does: <c>{page}</c> in the path is replaced by the page number (<c>chart-{page}.png</c> → <c>chart-1.png</c>,
    /// <c>chart-2.png</c>…). A path without <c>{page}</c> is one file, as RenderFile writes it; a PDF path may not hold <c>{page}</c>.
    /// </summary>
    /// <param name="check">The result of <see cref="ChartChecker"/>; its chart must have loaded.</param>
    /// <param name="pathPattern">The path of each file, with <c>{page}</c> where the page number goes.</param>
    /// <param name="options">Format, pages, banner and timestamp.</param>
    /// <param name="cancellationToken">Cancels between pages; files already written stay.</param>
    /// <returns>The files written, in page order.</returns>
    /// <exception cref="ArgumentException">The chart did not load, or a PDF path holds <c>{page}</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The selection starts after the last page.</exception>
    /// <exception cref="IOException">A file cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">A folder may not be written.</exception>
    public static IReadOnlyList<string> RenderFiles(CheckResult check, string pathPattern, RenderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentException.ThrowIfNullOrEmpty(pathPattern);
        options ??= RenderOptions.Default;
        if (!pathPattern.Contains(PageToken, StringComparison.Ordinal))
        {
            RenderFile(check, pathPattern, options, cancellationToken);
            return [pathPattern];
        }

        if (options.Format == OutputFormat.Pdf)
        {
            throw new ArgumentException($"A PDF holds every selected page in one file; {PageToken} is for PNG and SVG.", nameof(pathPattern));
        }

        var document = Lay(check, options, cancellationToken);
        var numbers = options.Pages.Of(document.Pages.Count);
        var written = new List<string>(numbers.Count);
        foreach (var number in numbers)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var path = pathPattern.Replace(PageToken, number.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            var bytes = Paint(document, number, options);
            AtomicFile.Write(path, stream => stream.Write(bytes), cancellationToken);
            written.Add(path);
        }

        return written;
    }

    /// <summary>Checks a chart built in code (the built-in rules and PACE022) and renders it to a file; see <see cref="RenderFile(CheckResult, string, RenderOptions?, CancellationToken)"/>.</summary>
    /// <param name="chart">The chart.</param>
    /// <param name="path">The file to write; replaced when it exists.</param>
    /// <exception cref="IOException">The file cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder may not be written.</exception>
    public static void RenderFile(Chart chart, string path) => RenderFile(Checker.Check(chart), path);

    /// <summary>Renders the selected pages: one PNG or SVG per page, or, for PDF, one element holding them all.</summary>
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
        foreach (var number in options.Pages.Of(document.Pages.Count))
        {
            cancellationToken.ThrowIfCancellationRequested();
            pages.Add(Paint(document, number, options));
        }

        return pages;
    }

    /// <summary>Checks a chart built in code (the built-in rules and PACE022) and renders every page; see <see cref="RenderPages(CheckResult, RenderOptions?, CancellationToken)"/>.</summary>
    /// <param name="chart">The chart.</param>
    /// <returns>The PDF as one element.</returns>
    public static IReadOnlyList<byte[]> RenderPages(Chart chart) => RenderPages(Checker.Check(chart));

    /// <summary>Lays a checked chart out and paints it into a stream: a PDF of the selected pages, or the first selected page as PNG or SVG.</summary>
    private static void Draw(CheckResult check, Stream output, RenderOptions options, CancellationToken cancellationToken)
    {
        var document = Lay(check, options, cancellationToken);
        if (options.Format == OutputFormat.Pdf)
        {
            PdfPainter.Write(document, output, cancellationToken);
            return;
        }

        cancellationToken.ThrowIfCancellationRequested();
        output.Write(Paint(document, options.Pages.Of(document.Pages.Count)[0], options));
    }

    /// <summary>Lays a checked chart out; shared by every entry point.</summary>
    internal static LayoutDocument Lay(CheckResult check, RenderOptions options, CancellationToken cancellationToken) =>
        Lay(check.Chart ?? throw new ArgumentException("The chart did not load; render only a check whose chart loaded (CheckResult.Loaded).", nameof(check)), check.Language, check.Diagnostics, options, cancellationToken, LogoFile.For(check), check.Configuration?.FontFolderPaths());

    /// <summary>Checks a chart built in code (the built-in rules and PACE022) and lays it out (tests, the fuzzer, benchmarks).</summary>
    internal static LayoutDocument Lay(Chart chart, RenderOptions options, CancellationToken cancellationToken) =>
        Lay(Checker.Check(chart, cancellationToken), options, cancellationToken);

    /// <summary>Resolves the options and lays a chart out with the given language and findings (tests use this directly).</summary>
    internal static LayoutDocument Lay(Chart chart, ChartLanguage language, Findings findings, RenderOptions options, CancellationToken cancellationToken, LogoImage? logo = null, IReadOnlyList<string>? fontFolders = null)
    {
        if (options.Format != OutputFormat.Pdf && !(options.PngDpi is >= 1 and <= 1200))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.PngDpi, "PngDpi must be between 1 and 1200.");
        }

        cancellationToken.ThrowIfCancellationRequested();

        var document = DocumentLayout.Build(Context(chart, language, findings, options, logo, fontFolders), TimestampOf(chart, options), cancellationToken);

        // A PDF of some pages keeps only those; an image is painted from its page alone.
        if (options.Format == OutputFormat.Pdf && options.Pages != PageSelection.All && options.Pages != default)
        {
            var numbers = options.Pages.Of(document.Pages.Count);
            document = document with { Pages = [.. numbers.Select(n => document.Pages[n - 1])] };
        }

        return document;
    }

    /// <summary>The layout's context for a chart: its labels, theme, findings, logo, and the fonts and paper the options resolve to.</summary>
    internal static LayoutContext Context(Chart chart, ChartLanguage language, Findings findings, RenderOptions options, LogoImage? logo, IReadOnlyList<string>? fontFolders = null)
    {
        // Fonts a chart or configuration names resolve against the file that names them (ThemeFont.Source), and are
        // read only from the chart's repository and the configuration's font-folders, as the check's PACE022 said.
        var (fonts, _) = ChartFonts.Resolve(chart, baseDirectory: null, fontFolders);
        var page = Page.For(options.Paper ?? chart.Paper ?? PaperSize.A4);
        return new LayoutContext(chart, Labels.For(language), Palette.For(chart.Theme), findings, options.FindingsBanner, logo, page) { Fonts = fonts };
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

    private static byte[] Paint(LayoutDocument document, int number, RenderOptions options) =>
        options.Format == OutputFormat.Svg
            ? SvgPainter.Encode(document.Pages[number - 1], document.Info, number, document.Pages.Count)
            : PngPainter.Encode(document.Pages[number - 1], options.PngDpi);
}
