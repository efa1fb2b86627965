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
/// <para>
/// Why streams are deflated in the background: deflating a chart's page operators, fonts and object streams was the
/// largest part of writing it (docs/performance.md). Each stream (copied from a span, taken over as an array or a page's
/// buffer) is deflated on the thread pool while the painter goes on, and written when its turn comes, so the file has the same bytes in the same order as deflating them
/// one by one; at most <see cref="StreamsInFlight"/> wait, so a long document is never held whole.
/// </para>
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

    /// <summary>
    /// Streams being deflated ahead of the one being written. A page is built faster than it is deflated, so with few
    /// in flight the painter waited for the deflating core (4: 2.9 ms a call for acme's PDF, `--loop pdf`); with 16 it
    /// goes on to the fonts and the structure tree meanwhile. At most 16 pages' operators (≤ 100 KB each) are held.
    /// </summary>
    private const int StreamsInFlight = 16;

    /// <summary>Whether there is another core to deflate on; with one, a stream is deflated when it is given.</summary>
    private static readonly bool Cores = Environment.ProcessorCount > 1;

    private readonly Stream _output;
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    /// <summary>Where each object is: at an offset in the file, or in an object stream at an index.</summary>
    private readonly List<Entry> _entries = [];
    /// <summary>The object stream being gathered: its members' numbers and offsets (the stream's header), and their bodies.</summary>
    private readonly PdfBuffer _packedHeader = new(4 * 1024);
    private readonly PdfBuffer _packedBodies = new(32 * 1024);
    /// <summary>The lines around a stream's data (<c>N 0 obj</c>, the dictionary, <c>endstream</c>).</summary>
    private readonly PdfBuffer _syntax = new(512);
    private readonly ZLibCompressionOptions _compression;
    private readonly bool _background;
    /// <summary>Streams given but not yet written, in the order they were given.</summary>
    private readonly Queue<PendingStream> _pending = new(StreamsInFlight + 1);
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

    /// <summary>Starts a file that deflates its streams in the background or not, whatever the cores: for tests to compare the two.</summary>
    internal PdfFileWriter(Stream output, bool background)
        : this(output, Compression, background)
    {
    }

    private PdfFileWriter(Stream output, ZLibCompressionOptions compression, bool? background = null)
    {
        _output = output;
        _compression = compression;
        _background = background ?? Cores;
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

    /// <summary>
    /// Writes a stream: the dictionary's other entries, and the data, deflated (zlib) unless told not to. The data is
    /// copied, so the caller may reuse its buffer at once; it reaches the file in the order streams are given.
    /// </summary>
    public void Stream(int number, string dictionary, ReadOnlySpan<byte> data, bool compress = true)
    {
        if (!compress)
        {
            Enqueue(new PendingStream(number, dictionary, PdfDeflation.Done(data.ToArray()), Compressed: false));
            return;
        }

        var copy = data.ToArray();
        Enqueue(new PendingStream(number, dictionary, PdfDeflation.Start(() => DeflateApart(copy), _background), Compressed: true));
    }

    /// <summary>Writes a stream from an array the caller hands over and no longer changes (a font program, a map): not copied.</summary>
    public void Stream(int number, string dictionary, byte[] data, bool compress = true) =>
        Enqueue(new PendingStream(number, dictionary, compress ? PdfDeflation.Start(() => DeflateApart(data), _background) : PdfDeflation.Done(data), compress));

    /// <summary>
    /// Writes a deflated stream of PDF syntax (a page's operators) from a buffer the file takes over: not copied, and
    /// returned to the pool once deflated, so the caller must not use it again.
    /// </summary>
    public void StreamAndRelease(int number, string dictionary, PdfBuffer operators)
    {
        Enqueue(new PendingStream(number, dictionary, PdfDeflation.Start(() => DeflateApart(operators.Span), _background, operators.Dispose), Compressed: true));
    }

    /// <summary>Writes a stream whose data is already deflated (<see cref="Deflate(ReadOnlySpan{byte})"/>): what every document shares, packed once.</summary>
    public void DeflatedStream(int number, string dictionary, byte[] deflated) =>
        Enqueue(new PendingStream(number, dictionary, PdfDeflation.Done(deflated), Compressed: true));

    /// <summary>Data deflated at this file's level into an array of its own: it touches nothing of the file, so any thread may.</summary>
    private byte[] DeflateApart(ReadOnlySpan<byte> data) => Deflate(data, _compression);

    /// <summary>Data deflated (zlib) as every stream of the file is.</summary>
    public static byte[] Deflate(ReadOnlySpan<byte> data) => Deflate(data, Compression);

    private static byte[] Deflate(ReadOnlySpan<byte> data, ZLibCompressionOptions compression)
    {
        // Page operators deflate to a fifth to a third of their size: room for that, grown when needed.
        using var packed = new MemoryStream(data.Length / 3);
        using (var zlib = new ZLibStream(packed, compression, leaveOpen: true))
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

        while (_pending.Count > 0)
        {
            WriteNext();
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

        WriteStream(xref, $"/Type /XRef /Size {_entries.Count + 1} /W [1 4 2] /Root {catalog} 0 R /Info {info} 0 R /ID [<{id}> <{id}>]", DeflateApart(rows), compressed: true);
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
        var joined = new byte[_packedHeader.Length + _packedBodies.Length];
        _packedHeader.Span.CopyTo(joined);
        _packedBodies.Span.CopyTo(joined.AsSpan(first));
        Enqueue(new PendingStream(number, $"/Type /ObjStm /N {_packedCount} /First {first}", PdfDeflation.Start(() => DeflateApart(joined), _background), Compressed: true));
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

    /// <summary>Queues a stream, writes those whose turn it is and whose data is ready, and waits when too many are held.</summary>
    private void Enqueue(PendingStream stream)
    {
        _pending.Enqueue(stream);
        while (_pending.Count > 0 && (_pending.Count > StreamsInFlight || _pending.Peek().Data.IsFinished))
        {
            WriteNext();
        }
    }

    /// <summary>Writes the oldest queued stream, deflating queued streams itself while its data is not ready.</summary>
    private void WriteNext()
    {
        // Rather than wait for the stream whose turn it is, deflate those no thread has started on, from it on.
        foreach (var queued in _pending)
        {
            if (_pending.Peek().Data.IsFinished)
            {
                break;
            }

            queued.Data.Execute();
        }

        var next = _pending.Dequeue();
        WriteStream(next.Number, next.Dictionary, next.Data.Result(), next.Compressed);
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

    /// <summary>Returns the buffers to the pool, once no stream is being deflated any more (a write that failed leaves some).</summary>
    public void Dispose()
    {
        foreach (var stream in _pending)
        {
            stream.Data.Abandon();
        }

        _pending.Clear();
        _packedHeader.Dispose();
        _packedBodies.Dispose();
        _syntax.Dispose();
        _hash.Dispose();
    }

    /// <summary>A stream given to the file, its data (being) deflated, waiting for its turn.</summary>
    private sealed record PendingStream(int Number, string Dictionary, PdfDeflation Data, bool Compressed);

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
