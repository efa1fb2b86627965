using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace Pace.Rendering.Painters.Pdf;

/// <summary>
/// Writes the body of a PDF file (ISO 32000-1 §7.5): streams as they come, every other object gathered into compressed
/// object streams (§7.5.7), then a cross-reference stream (§7.5.8) whose /ID is a hash of every byte before it — a file
/// identifier PDF/A requires (ISO 19005-2 §6.1.3) that stays the same for the same input. Knows nothing of pages or
/// fonts; the painter decides what to write.
/// </summary>
/// <remarks>
/// Why object streams: a tagged chart has several hundred small objects (a structure element per cell, heading and
/// figure). Written plainly, each costs its <c>obj</c>/<c>endobj</c> lines and a 20-byte cross-reference entry, and none
/// is compressed: the same files rewritten by <c>qpdf --object-streams=disable</c> grow from 61.7 to 79.1 KB (9-process
/// brightleaf) and from 67.1 to 88.8 KB (acme), past the 80 KB budget (docs/performance.md). PDF/A-2 allows both object
/// and cross-reference streams.
/// </remarks>
internal sealed class PdfFileWriter
{
    /// <summary>
    /// zlib level 2. Measured on the acme chart (PDF painter, ms a call under load ~5 / bytes): level 1 3.7 / 79,465;
    /// 2 3.0 / 59,558; 4 4.3 / 54,616; 6 (the default) 5.2 / 53,240. Level 2 is as fast as any and within 12 % of the
    /// smallest; level 1 is .NET's zlib-ng "quick" strategy, which gives up too much size.
    /// </summary>
    private static readonly ZLibCompressionOptions Compression = new() { CompressionLevel = 2 };

    /// <summary>Most objects in one object stream: a reader loads a whole stream to find one of them.</summary>
    private const int ObjectsPerStream = 500;

    private readonly Stream _output;
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    /// <summary>Where each object is: at an offset in the file, or in an object stream at an index.</summary>
    private readonly List<Entry> _entries = [];
    /// <summary>The object stream being gathered: its members' numbers and offsets (the stream's header), and their bodies.</summary>
    private readonly StringBuilder _packedHeader = new();
    private readonly StringBuilder _packedBodies = new();
    private int _packedCount;
    private long _position;

    /// <summary>Starts the file: the header, and a comment of high bytes that marks the file as binary.</summary>
    public PdfFileWriter(Stream output)
    {
        _output = output;
        Write("%PDF-1.7\n%\u00E2\u00E3\u00CF\u00D3\n");
    }

    /// <summary>The bytes written so far.</summary>
    public long Length => _position;

    /// <summary>Reserves the next object number, for objects that must be referred to before they are written.</summary>
    public int Reserve()
    {
        _entries.Add(Entry.Reserved);
        return _entries.Count;
    }

    /// <summary>Writes an object's body (a dictionary, an array, a number) under a reserved number, into an object stream.</summary>
    public void Object(int number, string body)
    {
        // Offsets count bytes; PDF syntax is Latin-1, one byte a character.
        Claim(number, new Entry(0, -1, _packedCount));
        _packedHeader.Append(number).Append(' ').Append(_packedBodies.Length).Append(' ');
        _packedBodies.Append(body).Append('\n');
        if (++_packedCount == ObjectsPerStream)
        {
            WriteObjectStream();
        }
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

    /// <summary>Writes a stream whose data is already deflated (<see cref="Deflate"/>): what every document shares, packed once.</summary>
    public void DeflatedStream(int number, string dictionary, ReadOnlySpan<byte> deflated) =>
        WriteStream(number, dictionary, deflated, compressed: true);

    /// <summary>Data deflated (zlib) as every stream of the file is.</summary>
    public static byte[] Deflate(ReadOnlySpan<byte> data)
    {
        using var packed = new MemoryStream();
        using (var zlib = new ZLibStream(packed, Compression, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return packed.ToArray();
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
                    zlib.Write(buffer, 0, Encoding.Latin1.GetBytes(part, buffer));
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        WriteStream(number, dictionary, packed.GetBuffer().AsSpan(0, (int)packed.Length), compressed: true);
    }

    /// <summary>
    /// Ends the file: the object streams, then the cross-reference stream, which also names the catalog, the info
    /// dictionary and the file identifier.
    /// </summary>
    public void Finish(int catalog, int info)
    {
        if (_packedCount > 0)
        {
            WriteObjectStream();
        }

        var missing = _entries.FindIndex(e => e == Entry.Reserved);
        if (missing >= 0)
        {
            throw new InvalidOperationException($"PDF object {missing + 1} was reserved but never written.");
        }

        // The identifier: the hash of everything so far, both halves alike (a new file, not a changed one; §14.4).
        var id = Convert.ToHexString(_hash.GetHashAndReset().AsSpan(0, 16));
        var xref = Reserve();
        var start = _position;

        // Rows of /W [1 4 2]: type, offset or object stream, generation or index; row 0 is the free list's head.
        var rows = new byte[7 * (_entries.Count + 1)];
        BinaryPrimitives.WriteUInt16BigEndian(rows.AsSpan(5), 0xFFFF);
        for (var i = 0; i < _entries.Count; i++)
        {
            var row = rows.AsSpan(7 * (i + 1), 7);
            var entry = i == xref - 1 ? new Entry(start, 0, 0) : _entries[i];
            row[0] = (byte)(entry.Stream > 0 ? 2 : 1);
            BinaryPrimitives.WriteUInt32BigEndian(row[1..], (uint)(entry.Stream > 0 ? entry.Stream : entry.Offset));
            BinaryPrimitives.WriteUInt16BigEndian(row[5..], (ushort)entry.Index);
        }

        Stream(xref, $"/Type /XRef /Size {_entries.Count + 1} /W [1 4 2] /Root {catalog} 0 R /Info {info} 0 R /ID [<{id}> <{id}>]", rows);
        Write("startxref\n" + start + "\n%%EOF\n");
    }

    /// <summary>Writes the gathered objects as one object stream and points their entries at it.</summary>
    private void WriteObjectStream()
    {
        var number = Reserve();
        for (var i = 0; i < _entries.Count; i++)
        {
            if (_entries[i].Stream == -1)
            {
                _entries[i] = _entries[i] with { Stream = number };
            }
        }

        var first = _packedHeader.Length;
        Stream(number, $"/Type /ObjStm /N {_packedCount} /First {first}", _packedHeader.Append(_packedBodies));
        _packedHeader.Clear();
        _packedBodies.Clear();
        _packedCount = 0;
    }

    private void Claim(int number, Entry entry)
    {
        if (_entries[number - 1] != Entry.Reserved)
        {
            throw new InvalidOperationException($"PDF object {number} was written twice.");
        }

        _entries[number - 1] = entry;
    }

    private void WriteStream(int number, string dictionary, ReadOnlySpan<byte> bytes, bool compressed)
    {
        Claim(number, new Entry(_position, 0, 0));
        Write(number + " 0 obj\n<<" + dictionary + (compressed ? " /Filter /FlateDecode" : string.Empty) + " /Length " + bytes.Length + ">>\nstream\n");
        _output.Write(bytes);
        _hash.AppendData(bytes);
        _position += bytes.Length;
        Write("\nendstream\nendobj\n");
    }

    /// <summary>Writes PDF syntax, which is 8-bit: every character below U+0100 becomes one byte (Latin-1).</summary>
    private void Write(string text)
    {
        var bytes = Encoding.Latin1.GetBytes(text);
        _output.Write(bytes);
        _hash.AppendData(bytes);
        _position += bytes.Length;
    }

    /// <summary>
    /// Where an object is: at <see cref="Offset"/> in the file, or at <see cref="Index"/> in object stream
    /// <see cref="Stream"/> (−1 while that stream is still being gathered).
    /// </summary>
    private readonly record struct Entry(long Offset, int Stream, int Index)
    {
        /// <summary>Reserved, not yet written.</summary>
        public static Entry Reserved { get; } = new(-1, 0, 0);
    }
}
