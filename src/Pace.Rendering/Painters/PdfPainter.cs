using System.Globalization;
using Pace.Rendering.Layout;
using Pace.Rendering.Painters.Pdf;

namespace Pace.Rendering.Painters;

/// <summary>
/// Writes every page into one vector PDF with selectable text and the embedded subset fonts, as PDF/A-2b (ISO 19005-2,
/// level B: archivable — fonts embedded, colour defined by an sRGB output intent, metadata in XMP) and tagged for
/// PDF/UA-1 (ISO 14289-1: a structure tree in reading order, figures in words, furniture as artifacts, the language
/// stated). The PDF is written here, not by Skia: Skia's PDF backend deflated ~270 KB of page content at zlib's slow
/// default level and allocated and freed native memory per document, which made it most of a render's time
/// (docs/performance.md); and without it a PDF render never loads Skia's native library.
/// </summary>
internal static class PdfPainter
{
    /// <summary>How the output intent names the colour space the pages are drawn in (the ICC registry's name for it).</summary>
    private const string OutputCondition = "sRGB IEC61966-2.1";

    /// <summary>The sRGB profile, deflated once per process: every document carries the same bytes.</summary>
    private static readonly Lazy<byte[]> Profile = new(() =>
    {
        const string name = "Pace.Rendering.Profiles.sRGB.icc";
        using var stream = typeof(PdfPainter).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded colour profile {name} is missing from the assembly.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return PdfFileWriter.Deflate(buffer.ToArray());
    });

    /// <summary>Writes the document to a stream.</summary>
    public static void Write(LayoutDocument document, Stream output, CancellationToken cancellationToken) =>
        Write(document, output, null, cancellationToken);

    /// <summary>Writes the document with its streams deflated at a zlib level of choice: for measuring the levels (bench/Pace.Benchmarks).</summary>
    internal static void Write(LayoutDocument document, Stream output, int? level, CancellationToken cancellationToken)
    {
        // Each page's content is written as soon as it is built (the whole document is never held as text) — deflated on
        // another core while the next page is built (PdfFileWriter); the fonts come last, once every page has said which
        // glyphs it draws, under a number the pages already refer to.
        var resources = new PdfResources();
        var structure = new PdfStructure();
        using var file = level is { } l ? new PdfFileWriter(output, l) : new PdfFileWriter(output);
        var catalog = file.Reserve();
        var pages = file.Reserve();
        var info = file.Reserve();
        var shared = file.Reserve();
        var kids = new List<int>(document.Pages.Count);
        foreach (var page in document.Pages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var content = file.Reserve();
            var number = file.Reserve();
            var marks = new PdfMarks(page);
            file.StreamAndRelease(content, string.Empty, PdfPageContent.Build(page, resources, marks));

            var parents = structure.Add(number, marks);
            file.Object(number, $"<</Type /Page /Parent {pages} 0 R /MediaBox [0 0 {PdfSyntax.Number(page.Width * page.Scale)} {PdfSyntax.Number(page.Height * page.Scale)}]"
                + $" /Resources {shared} 0 R /Contents {content} 0 R /StructParents {parents}>>");
            kids.Add(number);
        }

        resources.Write(file, shared);
        file.Object(pages, $"<</Type /Pages /Count {kids.Count.ToString(CultureInfo.InvariantCulture)} /Kids [{string.Join(" ", kids.Select(k => k + " 0 R"))}]>>");
        var tree = structure.Write(file);

        // Dates come from the layout's timestamp (chart date, SOURCE_DATE_EPOCH or a fixed epoch), never the clock, and the
        // file identifier is a hash of the content (PdfFileWriter): identical input gives identical bytes.
        var metadata = PdfMetadata.Of(document.Info);
        var xmp = file.Reserve();
        file.Stream(xmp, "/Type /Metadata /Subtype /XML", metadata.Xmp(), compress: false);
        var profile = file.Reserve();
        file.DeflatedStream(profile, "/N 3", Profile.Value);
        file.Object(info, metadata.InfoDictionary());
        file.Object(catalog, $"<</Type /Catalog /Pages {pages} 0 R /Metadata {xmp} 0 R /StructTreeRoot {tree} 0 R /MarkInfo <</Marked true>>"
            + $" /Lang {PdfSyntax.Text(document.Info.Language)} /ViewerPreferences <</DisplayDocTitle true>>"
            + $" /OutputIntents [<</Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier ({OutputCondition}) /Info ({OutputCondition}) /DestOutputProfile {profile} 0 R>>]>>");
        file.Finish(catalog, info);
    }
}
