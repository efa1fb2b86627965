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

    /// <summary>Pages built ahead of the one being written: enough to keep a second core deflating, few enough to hold.</summary>
    private const int PagesInFlight = 3;

    /// <summary>Writes the document to a stream.</summary>
    public static void Write(LayoutDocument document, Stream output, CancellationToken cancellationToken) =>
        Write(document, output, null, cancellationToken);

    /// <summary>Writes the document with its streams deflated at a zlib level of choice: for measuring the levels (bench/Pace.Benchmarks).</summary>
    internal static void Write(LayoutDocument document, Stream output, int? level, CancellationToken cancellationToken)
    {
        // Pages are built one after another (they share the fonts, which learn their glyphs from them) and each is
        // deflated on another core while the next ones are built: deflating the operators was the largest part of the
        // painter (docs/performance.md). A page is written once its deflating is done and at most PagesInFlight are
        // held, so a long document is never held whole; the bytes and their order are those of deflating in turn.
        var resources = new PdfResources();
        var structure = new PdfStructure();
        using var file = level is { } l ? new PdfFileWriter(output, l) : new PdfFileWriter(output);
        var catalog = file.Reserve();
        var pages = file.Reserve();
        var info = file.Reserve();
        var shared = file.Reserve();
        var kids = new List<int>(document.Pages.Count);
        var inFlight = new Queue<BuiltPage>(PagesInFlight + 1);
        try
        {
            foreach (var page in document.Pages)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var content = file.Reserve();
                var number = file.Reserve();
                var marks = new PdfMarks(page);
                var operators = PdfPageContent.Build(page, resources, marks);
                var deflated = Environment.ProcessorCount > 1
                    ? Task.Run(() => file.DeflateApart(operators.Span), CancellationToken.None)
                    : Task.FromResult(file.DeflateApart(operators.Span));
                inFlight.Enqueue(new BuiltPage(page, content, number, structure.Add(number, marks), operators, deflated));
                if (inFlight.Count > PagesInFlight)
                {
                    kids.Add(WritePage(file, inFlight.Dequeue(), pages, shared));
                }
            }

            while (inFlight.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                kids.Add(WritePage(file, inFlight.Dequeue(), pages, shared));
            }
        }
        finally
        {
            // A page's operators go back to the pool only once nothing deflates them any more.
            foreach (var page in inFlight)
            {
                Task.WaitAny([page.Deflated], CancellationToken.None);
                page.Operators.Dispose();
            }
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

    /// <summary>Writes a built page — its operators once deflated, and the page object — and returns the page's number.</summary>
    private static int WritePage(PdfFileWriter file, BuiltPage page, int pages, int shared)
    {
        try
        {
            file.DeflatedStream(page.Content, string.Empty, page.Deflated.GetAwaiter().GetResult());
        }
        finally
        {
            page.Operators.Dispose();
        }

        file.Object(page.Number, $"<</Type /Page /Parent {pages} 0 R /MediaBox [0 0 {PdfSyntax.Number(page.Layout.Width * page.Layout.Scale)} {PdfSyntax.Number(page.Layout.Height * page.Layout.Scale)}]"
            + $" /Resources {shared} 0 R /Contents {page.Content} 0 R /StructParents {page.Parents}>>");
        return page.Number;
    }

    /// <summary>A page built: its layout, object numbers, operators, and their deflating under way.</summary>
    private sealed record BuiltPage(LayoutPage Layout, int Content, int Number, int Parents, PdfBuffer Operators, Task<byte[]> Deflated);
}
