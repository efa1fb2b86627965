using Pace.Rendering.Layout;
using SkiaSharp;

namespace Pace.Rendering.Painters;

/// <summary>Writes every page into one vector PDF with selectable text and the embedded subset font.</summary>
internal static class PdfPainter
{
    /// <summary>Writes the document to a stream.</summary>
    public static void Write(LayoutDocument document, Stream output, CancellationToken cancellationToken)
    {
        // Dates come from the layout's timestamp (chart date, SOURCE_DATE_EPOCH or a fixed epoch), never the clock,
        // so identical input gives identical bytes. PDF/A stays off: Skia would add a time-based document ID.
        var when = document.Info.Timestamp.UtcDateTime;
        var metadata = new SKDocumentPdfMetadata
        {
            Title = document.Info.Title,
            Author = document.Info.Author,
            Subject = document.Info.Subject,
            Keywords = document.Info.Keywords,
            Creator = "Pace",
            Producer = "Pace.Rendering (SkiaSharp)",
            Creation = when,
            Modified = when,
            RasterDpi = 72,
            EncodingQuality = 101,
            PdfA = false,
        };

        using var regular = Subset(document, FontFace.Regular);
        using var bold = Subset(document, FontFace.Bold);
        using var stream = new SKManagedWStream(output);
        using var pdf = SKDocument.CreatePdf(stream, metadata);
        foreach (var page in document.Pages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using (var canvas = pdf.BeginPage(page.Width, page.Height))
            {
                CanvasPainter.Paint(canvas, page, regular, bold);
            }

            pdf.EndPage();
        }

        pdf.Close();
    }

    /// <summary>A typeface with only the glyphs this document draws in a face (see <see cref="GlyphSubsetter"/>).</summary>
    private static SKTypeface Subset(LayoutDocument document, FontFace face)
    {
        var glyphs = document.Pages.SelectMany(p => p.Texts).Where(t => t.Face == face)
            .SelectMany(t => t.Text).Distinct().Select(c => Fonts.Glyph(c, face));
        using var data = SKData.CreateCopy(GlyphSubsetter.Subset(Fonts.Data(face), glyphs));
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException("The subset font could not be read.");
    }
}
