using System.Globalization;
using Pace.Rendering.Layout;
using Pace.Rendering.Painters.Pdf;

namespace Pace.Rendering.Painters;

/// <summary>
/// Writes every page into one vector PDF with selectable text and the embedded subset fonts. The PDF is written here,
/// not by Skia: Skia's PDF backend deflated ~270 KB of page content at zlib's slow default level and allocated and
/// freed native memory per document, which made it most of a render's time (docs/performance.md); and without it a
/// PDF render never loads Skia's native library.
/// </summary>
internal static class PdfPainter
{
    /// <summary>Writes the document to a stream.</summary>
    public static void Write(LayoutDocument document, Stream output, CancellationToken cancellationToken)
    {
        // Each page's content is written as soon as it is built (the whole document is never held as text); the fonts
        // come last, once every page has said which glyphs it draws, under a number the pages already refer to.
        var resources = new PdfResources();
        var file = new PdfFileWriter(output);
        var catalog = file.Reserve();
        var pages = file.Reserve();
        var info = file.Reserve();
        var shared = file.Reserve();
        var kids = new List<int>(document.Pages.Count);
        foreach (var page in document.Pages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var content = file.Reserve();
            file.Stream(content, string.Empty, PdfPageContent.Build(page, resources));
            var number = file.Reserve();
            file.Object(number, $"<</Type /Page /Parent {pages} 0 R /MediaBox [0 0 {PdfSyntax.Number(page.Width * page.Scale)} {PdfSyntax.Number(page.Height * page.Scale)}] /Resources {shared} 0 R /Contents {content} 0 R>>");
            kids.Add(number);
        }

        resources.Write(file, shared);
        file.Object(pages, $"<</Type /Pages /Count {kids.Count.ToString(CultureInfo.InvariantCulture)} /Kids [{string.Join(" ", kids.Select(k => k + " 0 R"))}]>>");
        file.Object(catalog, $"<</Type /Catalog /Pages {pages} 0 R>>");

        // Dates come from the layout's timestamp (chart date, SOURCE_DATE_EPOCH or a fixed epoch), never the clock, and
        // the trailer has no /ID: identical input gives identical bytes.
        var when = PdfSyntax.Date(document.Info.Timestamp);
        file.Object(info, "<</Title " + PdfSyntax.Text(document.Info.Title) + " /Author " + PdfSyntax.Text(document.Info.Author)
            + " /Subject " + PdfSyntax.Text(document.Info.Subject) + " /Keywords " + PdfSyntax.Text(document.Info.Keywords)
            + " /Creator (Pace) /Producer (Pace.Rendering) /CreationDate " + when + " /ModDate " + when + ">>");
        file.Finish(catalog, info);
    }
}
