using Pace.Rendering.Painters;

namespace Pace.Rendering.Site;

/// <summary>
/// The files of one chart's folder: its pages, its logo and its downloads, keyed by their path in the site. The
/// downloads are painted from the same laid-out document as the pages, so they say the same as the PDF that
/// <c>pace render</c> writes.
/// </summary>
internal static class SiteContent
{
    /// <summary>The logo's file in the chart's folder (the chart's logo is always a PNG).</summary>
    public const string LogoFile = "logo.png";

    /// <summary>The downloads a chart's pages offer: the file name in the chart's folder and its link text.</summary>
    public static IReadOnlyList<(string File, string Text)> Downloads(ChartSite chart, SiteOptions options)
    {
        if (chart.Context is null)
        {
            return [];
        }

        var labels = chart.Labels;
        var downloads = new List<(string File, string Text)>(3);
        foreach (var (kind, extension, text) in Kinds(labels))
        {
            if (options.Downloads.HasFlag(kind))
            {
                downloads.Add((chart.Folder + extension, text));
            }
        }

        return downloads;
    }

    /// <summary>Every file of the chart's folder, as path in the site and bytes.</summary>
    public static IEnumerable<(string Path, byte[] Bytes)> Files(ChartSite chart, SiteOptions options, CancellationToken cancellationToken)
    {
        var prefix = chart.Folder + "/";
        foreach (var page in chart.Pages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return (prefix + page.FileName, SiteEncoding.Bytes(PageShell.ChartDocument(chart, page, options)));
        }

        if (chart.Context?.Logo is { } logo)
        {
            yield return (prefix + LogoFile, LogoPng(logo));
        }

        if (chart.Context is null || options.Downloads == SiteDownloads.None)
        {
            yield break;
        }

        // Laid out here, and only here: pages without downloads, and a chart the previous run already published, need no layout.
        var document = chart.Document;
        foreach (var (kind, extension, _) in Kinds(chart.Labels))
        {
            if (options.Downloads.HasFlag(kind))
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return (prefix + chart.Folder + extension, Paint(kind, document, options, cancellationToken));
            }
        }
    }

    /// <summary>The kinds of download in the order the pages list them, with their file extension and link text.</summary>
    private static (SiteDownloads Kind, string Extension, string Text)[] Kinds(SiteLabels labels) =>
    [
        (SiteDownloads.Pdf, ".pdf", labels.PdfDownload),
        (SiteDownloads.Png, ".png", labels.PngDownload),
        (SiteDownloads.Svg, ".svg", labels.SvgDownload),
    ];

    private static byte[] Paint(SiteDownloads kind, Layout.LayoutDocument document, SiteOptions options, CancellationToken cancellationToken)
    {
        switch (kind)
        {
            case SiteDownloads.Pdf:
                using (var pdf = new MemoryStream())
                {
                    PdfPainter.Write(document, pdf, cancellationToken);
                    return pdf.ToArray();
                }

            // The site is written once and downloaded many times: its PNG is compact (the same pixels, fewer bytes).
            case SiteDownloads.Png:
                return PngPainter.Encode(document.Pages[0], options.PngDpi, compact: true);
            case SiteDownloads.Svg:
                return SvgPainter.Encode(document.Pages[0], document.Info, 1, document.Pages.Count);
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not one kind of download.");
        }
    }

    /// <summary>The logo as the PDF embeds it (scaled to its box), as a PNG that keeps its transparency.</summary>
    private static byte[] LogoPng(Layout.LogoImage logo) =>
        PngEncoder.Encode(logo.Rgba.Span, logo.Width, logo.Height, 4 * logo.Width, Pace.Rendering.LogoFile.Dpi, alpha: true);
}

/// <summary>The one encoding of the site's text files: UTF-8 without a byte-order mark, so equal text is equal bytes.</summary>
internal static class SiteEncoding
{
    private static readonly System.Text.UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The bytes of a page or stylesheet.</summary>
    public static byte[] Bytes(string text) => Utf8.GetBytes(text);
}
