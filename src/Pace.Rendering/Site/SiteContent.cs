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
        if (!options.Downloads || chart.Document is null)
        {
            return [];
        }

        var labels = chart.Labels;
        return
        [
            (chart.Folder + ".pdf", labels.PdfDownload),
            (chart.Folder + ".png", labels.PngDownload),
            (chart.Folder + ".svg", labels.SvgDownload),
        ];
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

        if (chart.Document is not { } document || !options.Downloads)
        {
            yield break;
        }

        using (var pdf = new MemoryStream())
        {
            PdfPainter.Write(document, pdf, cancellationToken);
            yield return (prefix + chart.Folder + ".pdf", pdf.ToArray());
        }

        cancellationToken.ThrowIfCancellationRequested();
        // The site is written once and downloaded many times: its PNG is compact (the same pixels, about ?? % fewer bytes).
        yield return (prefix + chart.Folder + ".png", PngPainter.Encode(document.Pages[0], options.PngDpi, compact: true));
        yield return (prefix + chart.Folder + ".svg", SvgPainter.Encode(document.Pages[0], document.Info, 1, document.Pages.Count));
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
