using System.Buffers;
using System.IO.Compression;
using System.Text;

namespace Pace.Rendering.Painters.Pdf;

/// <summary>
/// Writes the body of a PDF file: numbered objects and streams in the order they come, then the cross-reference
/// table and trailer (ISO 32000-1 §7.5). Knows nothing of pages or fonts; the painter decides what to write.
/// </summary>
internal sealed class PdfFileWriter
{
    /// <summary>
    /// zlib level 2. Measured on the acme chart (PDF painter, ms a call under load ~5 / bytes): level 1 3.7 / 79,465;
    /// 2 3.0 / 59,558; 4 4.3 / 54,616; 6 (the default) 5.2 / 53,240. Level 2 is as fast as any and within 12 % of the
    /// smallest; level 1 is .NET's zlib-ng "quick" strategy, which gives up too much size.
    /// </summary>
    private static readonly ZLibCompressionOptions Compression = new() { CompressionLevel = 2 };

    private readonly Stream _output;
    private readonly List<long> _offsets = [];
    private long _position;

    /// <summary>Starts the file: the header, and a comment of high bytes that marks the file as binary.</summary>
    public PdfFileWriter(Stream output)
    {
        _output = output;
        Write("%PDF-1.4\n%\u00E2\u00E3\u00CF\u00D3\n");
    }

    /// <summary>Reserves the next object number, for objects that must be referred to before they are written.</summary>
    public int Reserve()
    {
        _offsets.Add(-1);
        return _offsets.Count;
    }

    /// <summary>Writes an object's body (a dictionary, an array, a number) under a reserved number.</summary>
    public void Object(int number, string body)
    {
        Begin(number);
        Write(body);
        Write("\nendobj\n");
    }

    /// <summary>Writes a stream: the dictionary's other entries, and the data, deflated (zlib) unless told not to.</summary>
    public void Stream(int number, string dictionary, ReadOnlySpan<byte> data, bool compress = true)
    {
        if (!compress)
        {
            WriteStream(number, dictionary, data, compressed: false);
            return;
        }

        using var packed = new MemoryStream();
        using (var zlib = new ZLibStream(packed, Compression, leaveOpen: true))
        {
            zlib.Write(data);
        }

        WriteStream(number, dictionary, packed.GetBuffer().AsSpan(0, (int)packed.Length), compressed: true);
    }

    /// <summary>
    /// Writes a deflated stream of ASCII text (a page's operators) chunk by chunk: no string or byte array of the whole
    /// page, which for a full page lands on the large-object heap (measured: gen-2 collections every few charts).
    /// </summary>
    public void Stream(int number, string dictionary, StringBuilder text)
    {
        using var packed = new MemoryStream();
        var buffer = ArrayPool<byte>.Shared.Rent(8192);
        try
        {
            using var zlib = new ZLibStream(packed, Compression, leaveOpen: true);
            foreach (var chunk in text.GetChunks())
            {
                for (var at = 0; at < chunk.Length; at += buffer.Length)
                {
                    var part = chunk.Span.Slice(at, Math.Min(buffer.Length, chunk.Length - at));
                    zlib.Write(buffer, 0, Encoding.ASCII.GetBytes(part, buffer));
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        WriteStream(number, dictionary, packed.GetBuffer().AsSpan(0, (int)packed.Length), compressed: true);
    }

    private void WriteStream(int number, string dictionary, ReadOnlySpan<byte> bytes, bool compressed)
    {
        Begin(number);
        Write("<<" + dictionary + (compressed ? " /Filter /FlateDecode" : string.Empty) + " /Length " + bytes.Length + ">>\nstream\n");
        _output.Write(bytes);
        _position += bytes.Length;
        Write("\nendstream\nendobj\n");
    }

    /// <summary>Ends the file: the cross-reference table of every object, and the trailer naming the catalog and info.</summary>
    public void Finish(int catalog, int info)
    {
        var xref = _position;
        var sb = new StringBuilder();
        sb.Append("xref\n0 ").Append(_offsets.Count + 1).Append('\n').Append("0000000000 65535 f \n");
        for (var i = 0; i < _offsets.Count; i++)
        {
            if (_offsets[i] < 0)
            {
                throw new InvalidOperationException($"PDF object {i + 1} was reserved but never written.");
            }

            sb.Append(_offsets[i].ToString("D10", System.Globalization.CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        }

        sb.Append("trailer\n<</Size ").Append(_offsets.Count + 1).Append(" /Root ").Append(catalog).Append(" 0 R /Info ").Append(info).Append(" 0 R>>\n")
          .Append("startxref\n").Append(xref).Append("\n%%EOF\n");
        Write(sb.ToString());
    }

    private void Begin(int number)
    {
        if (_offsets[number - 1] >= 0)
        {
            throw new InvalidOperationException($"PDF object {number} was written twice.");
        }

        _offsets[number - 1] = _position;
        Write(number + " 0 obj\n");
    }

    /// <summary>Writes PDF syntax, which is 8-bit: every character below U+0100 becomes one byte (Latin-1).</summary>
    private void Write(string text)
    {
        var bytes = Encoding.Latin1.GetBytes(text);
        _output.Write(bytes);
        _position += bytes.Length;
    }
}
