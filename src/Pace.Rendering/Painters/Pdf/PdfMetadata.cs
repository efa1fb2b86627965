using System.Globalization;
using System.Text;
using Pace.Rendering.Layout;

namespace Pace.Rendering.Painters.Pdf;

/// <summary>
/// The document's metadata written twice, in step (ISO 19005-2 §6.6.3): as the Info dictionary and as the XMP packet
/// PDF/A requires (§6.6.2), which also declares the conformance claimed — PDF/A-2 level B (pdfaid) and PDF/UA-1
/// (pdfuaid, with the extension schema PDF/A-2 wants for a namespace it does not predefine). Both are made from the
/// same cleaned, bounded values, so they cannot disagree.
/// </summary>
internal sealed class PdfMetadata
{
    private const string Creator = "Pace";
    private const string Producer = "Pace.Rendering";

    private PdfMetadata(string title, string author, string subject, string keywords, DateTimeOffset timestamp)
    {
        Title = title;
        Author = author;
        Subject = subject;
        Keywords = keywords;
        Timestamp = timestamp;
    }

    /// <summary>The title (Info /Title, dc:title).</summary>
    public string Title { get; }

    /// <summary>The organisation (Info /Author, dc:creator); empty when the chart has none, and then written in neither.</summary>
    public string Author { get; }

    /// <summary>The subject (Info /Subject, dc:description).</summary>
    public string Subject { get; }

    /// <summary>The keywords (Info /Keywords, pdf:Keywords).</summary>
    public string Keywords { get; }

    /// <summary>Creation and modification date, from the timestamp rule (never the clock).</summary>
    public DateTimeOffset Timestamp { get; }

    /// <summary>The metadata of a document: every value cleaned for XML and bounded for PDF/A.</summary>
    public static PdfMetadata Of(DocumentInfo info) =>
        new(PdfSyntax.Bounded(info.Title), PdfSyntax.Bounded(info.Author), PdfSyntax.Bounded(info.Subject), PdfSyntax.Bounded(info.Keywords), info.Timestamp);

    /// <summary>The Info dictionary.</summary>
    public string InfoDictionary()
    {
        var when = PdfSyntax.Date(Timestamp);
        var sb = new StringBuilder("<</Title ").Append(PdfSyntax.Text(Title));
        if (Author.Length > 0)
        {
            sb.Append(" /Author ").Append(PdfSyntax.Text(Author));
        }

        if (Subject.Length > 0)
        {
            sb.Append(" /Subject ").Append(PdfSyntax.Text(Subject));
        }

        if (Keywords.Length > 0)
        {
            sb.Append(" /Keywords ").Append(PdfSyntax.Text(Keywords));
        }

        return sb.Append(" /Creator (").Append(Creator).Append(") /Producer (").Append(Producer).Append(") /CreationDate ")
            .Append(when).Append(" /ModDate ").Append(when).Append(">>").ToString();
    }

    /// <summary>The XMP packet (UTF-8, no byte order mark; the xpacket header names no encoding and no bytes, as PDF/A wants).</summary>
    public byte[] Xmp()
    {
        var when = Timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var sb = new StringBuilder(2048)
            .Append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
            .Append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
            .Append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"")
            .Append(" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"")
            .Append(" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\" xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"")
            .Append(" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n")
            .Append("<dc:format>application/pdf</dc:format>\n")
            .Append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(Escape(Title)).Append("</rdf:li></rdf:Alt></dc:title>\n");
        if (Author.Length > 0)
        {
            sb.Append("<dc:creator><rdf:Seq><rdf:li>").Append(Escape(Author)).Append("</rdf:li></rdf:Seq></dc:creator>\n");
        }

        if (Subject.Length > 0)
        {
            sb.Append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(Escape(Subject)).Append("</rdf:li></rdf:Alt></dc:description>\n");
        }

        if (Keywords.Length > 0)
        {
            sb.Append("<pdf:Keywords>").Append(Escape(Keywords)).Append("</pdf:Keywords>\n");
        }

        sb.Append("<pdf:Producer>").Append(Producer).Append("</pdf:Producer>\n")
          .Append("<xmp:CreatorTool>").Append(Creator).Append("</xmp:CreatorTool>\n")
          .Append("<xmp:CreateDate>").Append(when).Append("</xmp:CreateDate>\n")
          .Append("<xmp:ModifyDate>").Append(when).Append("</xmp:ModifyDate>\n")
          .Append("<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n<pdfuaid:part>1</pdfuaid:part>\n")
          .Append("<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n")
          .Append("<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n")
          .Append("<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n")
          .Append("<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n")
          .Append("<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n")
          .Append("<pdfaProperty:name>part</pdfaProperty:name>\n<pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n")
          .Append("<pdfaProperty:category>internal</pdfaProperty:category>\n")
          .Append("<pdfaProperty:description>Indicates which part of ISO 14289 the document conforms to</pdfaProperty:description>\n")
          .Append("</rdf:li></rdf:Seq></pdfaSchema:property>\n</rdf:li></rdf:Bag></pdfaExtension:schemas>\n")
          .Append("</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    private static string Escape(string value) =>
        value.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
