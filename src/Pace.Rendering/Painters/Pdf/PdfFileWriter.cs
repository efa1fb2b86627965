using System.Buffers.Binary;
using System.IO.Compression;
using System.Security.Cryptography;

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
internal sealed class PdfFileWriter : IDisposable
{
    /// <summary>
    /// zlib level 2. Measured on the acme chart (PDF painter, ms a call under load ~5 / bytes): level 1 3.7 / 79,465;
    /// 2 3.0 / 59,558; 4 4.3 / 54,616; 6 (the default) 5.2 / 53,240. Level 2 is as fast as any and within 12 % of the
    /// smallest; level 1 is .NET's zlib-ng "quick" strategy, which gives up too much size. Measured again with 8 pages
    /// (`--deflate-levels 300`, CPU ms a call at load ~12 / bytes): 1 3.75 / 159,316; 2 3.96 / 118,339; 3 4.50 / 110,593;
    /// 6 6.30 / 103,291 — level 1 saves 0.2 ms for 41 KB (+35 %), level 3 costs 0.5 ms for 7.7 KB (−6.5 %): 2 stays.
    /// </summary>
    private static readonly ZLibCompressionOptions Compression = new() { CompressionLevel = 2 };

    /// <summary>Most objects in one object stream: a reader loads a whole stream to find one of them.</summary>
    private const int ObjectsPerStream = 500;

    private readonly Stream _output;
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    /// <summary>Where each object is: at an offset in the file, or in an object stream at an index.</summary>
    private readonly List<Entry> _entries = [];
    /// <summary>The object stream being gathered: its members' numbers and offsets (the stream's header), and their bodies.</summary>
    private readonly PdfBuffer _packedHeader = new(4 * 1024);
    private readonly PdfBuffer _packedBodies = new(32 * 1024);
    /// <summary>Each stream deflated here before it is written (its /Length comes first): one buffer for the file, not one a stream.</summary>
    private readonly MemoryStream _deflated = new();
    /// <summary>The lines around a stream's data (<c>N 0 obj</c>, the dictionary, <c>endstream</c>).</summary>
    private readonly PdfBuffer _syntax = new(512);
    private readonly ZLibCompressionOptions _compression;
    private int _packedCount;
    private long _position;

    /// <summary>Starts the file: the header, and a comment of high bytes that marks the file as binary.</summary>
    public PdfFileWriter(Stream output)
        : this(output, Compression)
    {
    }

    /// <summary>Starts a file deflated at another zlib level: for measuring the levels against each other (bench/Pace.Benchmarks).</summary>
    internal PdfFileWriter(Stream output, int level)
        : this(output, new ZLibCompressionOptions { CompressionLevel = level })
    {
    }

    private PdfFileWriter(Stream output, ZLibCompressionOptions compression)
    {
        _output = output;
        _compression = compression;
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
        Pack(number);
        _packedBodies.Append(body);
        EndPacked();
    }

    /// <summary>Writes an object's body already spelled as bytes (the structure tree's many small elements), as <see cref="Object(int, string)"/>.</summary>
    public void Object(int number, PdfBuffer body)
    {
        Pack(number);
        _packedBodies.Append(body.Span);
        EndPacked();
    }

    /// <summary>Writes a stream: the dictionary's other entries, and the data, deflated (zlib) unless told not to.</summary>
    public void Stream(int number, string dictionary, ReadOnlySpan<byte> data, bool compress = true)
    {
        if (!compress)
        {
            WriteStream(number, dictionary, data, compressed: false);
            return;
        }

        WriteStream(number, dictionary, Deflated(data, []), compressed: true);
    }

    /// <summary>Writes a deflated stream of PDF syntax (a page's operators) from its buffer.</summary>
    public void Stream(int number, string dictionary, PdfBuffer text) => Stream(number, dictionary, text.Span);

    /// <summary>Writes a stream whose data is already deflated (<see cref="Deflate"/>): what every document shares, packed once.</summary>
    public void DeflatedStream(int number, string dictionary, ReadOnlySpan<byte> deflated) =>
        WriteStream(number, dictionary, deflated, compressed: true);

    /// <summary>
    /// Data deflated at this file's level into an array of its own, for <see cref="DeflatedStream"/>: it touches nothing
    /// of the file, so pages can be deflated on other threads while the file is written (<see cref="PdfPainter"/>).
    /// </summary>
    public byte[] DeflateApart(ReadOnlySpan<byte> data)
    {
        // Page operators deflate to a fifth to a third of their size: room for that, grown when needed.
        using var packed = new MemoryStream(data.Length / 3);
        using (var zlib = new ZLibStream(packed, _compression, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return packed.ToArray();
    }

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
        WriteStream(number, $"/Type /ObjStm /N {_packedCount} /First {first}", Deflated(_packedHeader.Span, _packedBodies.Span), compressed: true);
        _packedHeader.Clear();
        _packedBodies.Clear();
        _packedCount = 0;
    }

    /// <summary>Starts an object in the object stream being gathered: its number and offset in the stream's header.</summary>
    private void Pack(int number)
    {
        Claim(number, new Entry(0, -1, _packedCount));
        _packedHeader.Append(number).Append(' ').Append(_packedBodies.Length).Append(' ');
    }

    /// <summary>Ends the object just packed; a full object stream is written.</summary>
    private void EndPacked()
    {
        _packedBodies.Append('\n');
        if (++_packedCount == ObjectsPerStream)
        {
            WriteObjectStream();
        }
    }

    /// <summary>
    /// Two pieces of data deflated as one zlib stream into the file's reused buffer (valid until the next stream): the
    /// same bytes as deflating them joined, without joining them.
    /// </summary>
    private ReadOnlySpan<byte> Deflated(ReadOnlySpan<byte> first, ReadOnlySpan<byte> second)
    {
        _deflated.SetLength(0);
        using (var zlib = new ZLibStream(_deflated, _compression, leaveOpen: true))
        {
            zlib.Write(first);
            zlib.Write(second);
        }

        return _deflated.GetBuffer().AsSpan(0, (int)_deflated.Length);
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
        _syntax.Clear();
        _syntax.Append(number).Append(" 0 obj\n<<"u8).Append(dictionary);
        if (compressed)
        {
            _syntax.Append(" /Filter /FlateDecode"u8);
        }

        Write(_syntax.Append(" /Length "u8).Append(bytes.Length).Append(">>\nstream\n"u8).Span);
        Write(bytes);
        Write("\nendstream\nendobj\n"u8);
    }

    /// <summary>Writes PDF syntax, which is 8-bit: every character below U+0100 becomes one byte (Latin-1).</summary>
    private void Write(string text)
    {
        _syntax.Clear();
        Write(_syntax.Append(text).Span);
    }

    private void Write(ReadOnlySpan<byte> bytes)
    {
        _output.Write(bytes);
        _hash.AppendData(bytes);
        _position += bytes.Length;
    }

    /// <summary>Returns the buffers to the pool.</summary>
    public void Dispose()
    {
        _packedHeader.Dispose();
        _packedBodies.Dispose();
        _syntax.Dispose();
        _deflated.Dispose();
        _hash.Dispose();
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
