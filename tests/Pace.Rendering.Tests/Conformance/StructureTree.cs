using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;

namespace Pace.Rendering.Tests.Conformance;

/// <summary>One structure element read back from a PDF: its type, attributes and kids in order.</summary>
/// <param name="Type">The structure type (/S), e.g. <c>TD</c>.</param>
/// <param name="Alt">The alternate description (/Alt), if any.</param>
/// <param name="Scope">For a TH: its /Scope attribute.</param>
/// <param name="ColumnSpan">For a cell: its /ColSpan attribute, 1 when absent.</param>
/// <param name="Page">The page number (1-based) its /Pg names, if any.</param>
internal sealed record TagNode(string Type, string? Alt, string? Scope, int ColumnSpan, int? Page)
{
    /// <summary>Child elements and marked content, in reading order.</summary>
    public List<object> Kids { get; } = [];

    /// <summary>Every element below this one, depth first.</summary>
    public IEnumerable<TagNode> Descendants() => Kids.OfType<TagNode>().SelectMany(k => new[] { k }.Concat(k.Descendants()));

    /// <summary>The text as a screen reader would get it: marked content's text, figures as their /Alt, in order.</summary>
    public IEnumerable<string> Reading() => Type == "Figure"
        ? [Alt ?? string.Empty]
        : Kids.SelectMany(k => k switch
        {
            TagNode node => node.Reading(),
            MarkedText text => [text.Text],
            _ => [],
        });
}

/// <summary>A piece of marked content a structure element owns: its page, MCID and text.</summary>
internal sealed record MarkedText(int Page, int Mcid, string Text);

/// <summary>
/// Reads a tagged PDF's structure tree (ISO 32000-1 §14.7) with PdfPig's raw objects: from the catalog's
/// /StructTreeRoot down, each element with the text of the marked content (MCIDs) it owns. Also checks on the way what
/// can only be checked there: every /K entry resolves and every MCID exists on its page.
/// </summary>
internal static class StructureTree
{
    /// <summary>The root's kids (for Pace: one Document element).</summary>
    public static TagNode Read(PdfObjects pdf)
    {
        var root = pdf.Get<DictionaryToken>(pdf.Catalog, "StructTreeRoot") ?? throw new AssertionException("no /StructTreeRoot in the catalog");
        var pageNumbers = new Dictionary<long, int>();
        var texts = new Dictionary<(int, int), string>();
        for (var n = 1; n <= pdf.Document.NumberOfPages; n++)
        {
            var page = pdf.Document.GetPage(n);
            foreach (var content in page.GetMarkedContents())
            {
                Collect(content, n, texts);
            }
        }

        var pages = pdf.Get<DictionaryToken>(pdf.Catalog, "Pages")!;
        var kids = pdf.Get<ArrayToken>(pages, "Kids")!;
        for (var i = 0; i < kids.Length; i++)
        {
            pageNumbers[((IndirectReferenceToken)kids[i]).Data.ObjectNumber] = i + 1;
        }

        var top = new TagNode("StructTreeRoot", null, null, 1, null);
        AddKids(pdf, top, root, null, pageNumbers, texts);
        return top;
    }

    /// <summary>The text of every marked-content sequence with an MCID, by page and MCID.</summary>
    private static void Collect(MarkedContentElement content, int page, Dictionary<(int, int), string> texts)
    {
        if (content.MarkedContentIdentifier >= 0 && !content.IsArtifact)
        {
            texts[(page, content.MarkedContentIdentifier)] = Lines(Letters(content));
        }

        foreach (var child in content.Children)
        {
            Collect(child, page, texts);
        }
    }

    private static IEnumerable<Letter> Letters(MarkedContentElement content) => content.Letters.Concat(content.Children.SelectMany(Letters));

    /// <summary>Letters as text, a space where a new line starts (the layout wraps a long name over several lines).</summary>
    private static string Lines(IEnumerable<Letter> letters)
    {
        var sb = new StringBuilder();
        Letter? last = null;
        foreach (var letter in letters)
        {
            if (last is not null && (Math.Abs(letter.StartBaseLine.Y - last.StartBaseLine.Y) > 0.5 || letter.StartBaseLine.X < last.StartBaseLine.X))
            {
                sb.Append(' ');
            }

            sb.Append(letter.Value);
            last = letter;
        }

        return sb.ToString();
    }

    private static void AddKids(PdfObjects pdf, TagNode node, DictionaryToken element, int? page, Dictionary<long, int> pageNumbers, Dictionary<(int, int), string> texts)
    {
        if (!element.TryGet(NameToken.K, out var k))
        {
            return;
        }

        var items = pdf.Resolve(k) is ArrayToken array ? array.Data : [k];
        foreach (var item in items)
        {
            switch (item)
            {
                case NumericToken mcid:
                    var onPage = page ?? throw new AssertionException($"{node.Type} owns MCID {mcid.Int} but names no page (/Pg)");
                    node.Kids.Add(new MarkedText(onPage, mcid.Int, texts.TryGetValue((onPage, mcid.Int), out var text)
                        ? text
                        : throw new AssertionException($"{node.Type} owns MCID {mcid.Int}, which page {onPage} does not mark")));
                    break;
                case IndirectReferenceToken reference when pdf.Resolve(reference) is DictionaryToken child:
                    node.Kids.Add(Node(pdf, child, page, pageNumbers, texts));
                    break;
                default:
                    throw new AssertionException($"{node.Type} has a kid Pace never writes: {item}");
            }
        }
    }

    private static TagNode Node(PdfObjects pdf, DictionaryToken element, int? inherited, Dictionary<long, int> pageNumbers, Dictionary<(int, int), string> texts)
    {
        var page = element.TryGet(NameToken.Create("Pg"), out var pg) && pg is IndirectReferenceToken reference ? pageNumbers[reference.Data.ObjectNumber] : inherited;
        var attributes = pdf.Get<DictionaryToken>(element, "A");
        var node = new TagNode(
            pdf.Name(element, "S") ?? throw new AssertionException("a structure element without /S"),
            pdf.Text(element, "Alt"),
            attributes is null ? null : pdf.Name(attributes, "Scope"),
            attributes is null ? 1 : (int)(pdf.Number(attributes, "ColSpan") ?? 1),
            page);
        AddKids(pdf, node, element, page, pageNumbers, texts);
        return node;
    }

    /// <summary>A node's reading, whitespace collapsed.</summary>
    public static string Said(TagNode node) => Collapse(string.Join(" ", node.Reading()));

    /// <summary>Runs of white space as one space.</summary>
    public static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (sb.Length > 0 && sb[^1] != ' ')
                {
                    sb.Append(' ');
                }
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString().Trim();
    }
}
