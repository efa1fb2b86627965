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
        var resources = new PdfResources();
        var contents = new List<byte[]>(document.Pages.Count);
        foreach (var page in document.Pages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            contents.Add(PdfPageContent.Build(page, resources));
        }

        var file = new PdfFileWriter(output);
        var catalog = file.Reserve();
        var pages = file.Reserve();
        var info = file.Reserve();
        var shared = resources.Write(file);
        var kids = new List<int>(contents.Count);
        for (var i = 0; i < contents.Count; i++)
        {
            var page = document.Pages[i];
            var content = file.Reserve();
            file.Stream(content, string.Empty, contents[i]);
            var number = file.Reserve();
            file.Object(number, $"<</Type /Page /Parent {pages} 0 R /MediaBox [0 0 {PdfSyntax.Number(page.Width)} {PdfSyntax.Number(page.Height)}] /Resources {shared} 0 R /Contents {content} 0 R>>");
            kids.Add(number);
        }

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
