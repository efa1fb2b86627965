using System.IO.Compression;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace Pace.Rendering.Tests.Conformance;

/// <summary>
/// The raw objects of a PDF as PdfPig reads them — independently of how Pace wrote them — for tests that check what
/// a conformance clause says about dictionaries, streams and the trailer.
/// </summary>
internal sealed class PdfObjects : IDisposable
{
    public PdfObjects(byte[] pdf)
    {
        Bytes = pdf;
        Document = PdfDocument.Open(pdf);
    }

    /// <summary>The file's bytes.</summary>
    public byte[] Bytes { get; }

    /// <summary>The parsed document.</summary>
    public PdfDocument Document { get; }

    /// <summary>The document catalog.</summary>
    public DictionaryToken Catalog => Document.Structure.Catalog.CatalogDictionary;

    /// <summary>Every object in the file (those in object streams too), resolved.</summary>
    public IEnumerable<(IndirectReference Reference, IToken Token)> All() =>
        Document.Structure.CrossReferenceTable.ObjectOffsets.Keys.OrderBy(r => r.ObjectNumber)
            .Select(r => (r, Document.Structure.GetObject(r).Data));

    /// <summary>A token with indirect references followed.</summary>
    public IToken Resolve(IToken token) =>
        token is IndirectReferenceToken reference ? Resolve(Document.Structure.GetObject(reference.Data).Data) : token;

    /// <summary>A dictionary entry, resolved; <see langword="null"/> when absent or of another kind.</summary>
    public T? Get<T>(DictionaryToken dictionary, string key)
        where T : class, IToken =>
        dictionary.TryGet(NameToken.Create(key), out var token) ? Resolve(token) as T : null;

    /// <summary>A dictionary, or a stream's dictionary.</summary>
    public DictionaryToken? Dictionary(IToken token) => Resolve(token) switch
    {
        DictionaryToken d => d,
        StreamToken s => s.StreamDictionary,
        _ => null,
    };

    /// <summary>A name's value, or <see langword="null"/>.</summary>
    public string? Name(DictionaryToken dictionary, string key) => Get<NameToken>(dictionary, key)?.Data;

    /// <summary>A number's value, or <see langword="null"/>.</summary>
    public double? Number(DictionaryToken dictionary, string key) => Get<NumericToken>(dictionary, key)?.Double;

    /// <summary>A text string's value (literal or hex, PDFDocEncoding or UTF-16), or <see langword="null"/>.</summary>
    public string? Text(DictionaryToken dictionary, string key) => Resolve(dictionary.TryGet(NameToken.Create(key), out var t) ? t : NullToken.Instance) switch
    {
        StringToken s => s.Data,
        HexToken h => Decode(h.Bytes.ToArray()),
        _ => null,
    };

    /// <summary>A stream's data, inflated when it is deflated (the only filter Pace writes).</summary>
    public static byte[] Data(StreamToken stream)
    {
        var raw = stream.Data.ToArray();
        if (!stream.StreamDictionary.TryGet(NameToken.Filter, out var filter) || filter is not NameToken { Data: "FlateDecode" })
        {
            return raw;
        }

        using var input = new ZLibStream(new MemoryStream(raw), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    /// <summary>Every page's dictionary, in page order.</summary>
    public IEnumerable<DictionaryToken> Pages() =>
        Enumerable.Range(1, Document.NumberOfPages).Select(n => Document.GetPage(n).Dictionary);

    /// <inheritdoc/>
    public void Dispose() => Document.Dispose();

    private static string Decode(byte[] bytes) =>
        bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF
            ? System.Text.Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2)
            : System.Text.Encoding.Latin1.GetString(bytes);
}
