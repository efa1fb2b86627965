using Pace.Rendering.Layout;
using Pace.Rendering.Painters.Pdf;

namespace Pace.Benchmarks;

/// <summary>
/// The PDF painter taken apart, so each part can be timed on its own (StageBenchmarks, `--loop pdf-*`): page content
/// (operators, marked content), its deflate, the fonts (subsetting, widths, ToUnicode, their deflate) and the structure
/// tree. Each part starts from the state the parts before it left, prepared once here; the whole painter is
/// <see cref="Pace.Rendering.Painters.PdfPainter.Write"/>.
/// </summary>
internal sealed class PdfStages
{
    private readonly LayoutDocument _document;
    private readonly PdfResources _resources = new();
    private readonly PdfStructure _structure = new();
    private readonly List<PdfBuffer> _contents = [];

    /// <summary>Paints every page once, so the fonts know their glyphs and the structure its marks.</summary>
    public PdfStages(LayoutDocument document)
    {
        _document = document;
        using var file = new PdfFileWriter(Stream.Null);
        foreach (var page in document.Pages)
        {
            var marks = new PdfMarks(page);
            _contents.Add(PdfPageContent.Build(page, _resources, marks));
            _structure.Add(file.Reserve(), marks);
        }
    }

    /// <summary>Every page's operators and marks, not deflated; returns their length.</summary>
    public long Content()
    {
        var resources = new PdfResources();
        long length = 0;
        foreach (var page in _document.Pages)
        {
            using var operators = PdfPageContent.Build(page, resources, new PdfMarks(page));
            length += operators.Length;
        }

        return length;
    }

    /// <summary>Every page's operators deflated (as the painter does, one stream a page, though there on another core); returns their deflated length.</summary>
    public long Deflate()
    {
        long length = 0;
        foreach (var content in _contents)
        {
            length += PdfFileWriter.Deflate(content.Span).Length;
        }

        return length;
    }

    /// <summary>The fonts: subset programs, widths, ToUnicode and glyph maps, deflated, and the resource dictionary.</summary>
    public long Fonts()
    {
        using var file = new PdfFileWriter(Stream.Null);
        _resources.Write(file, file.Reserve());
        return file.Length;
    }

    /// <summary>The structure tree and parent tree, as objects gathered into object streams.</summary>
    public long Structure()
    {
        using var file = new PdfFileWriter(Stream.Null);
        return _structure.Write(file) + file.Length;
    }
}
