using System.Buffers;

namespace Pace.Rendering;

/// <summary>
/// A write-only stream that keeps what is written in 64 KB chunks rented from <see cref="ArrayPool{T}.Shared"/>, for
/// the synchronous painters to draw into before <see cref="ChartRenderer.RenderAsync(CheckResult, Stream, RenderOptions?, CancellationToken)"/> hands the bytes on with
/// asynchronous writes. Chunks rather than one growing array: no copy on growth, no array on the large-object heap,
/// and the chunks go back to the pool when disposed. It holds the encoded output (a PDF of the examples: 40–80 KB),
/// never more.
/// </summary>
internal sealed class PooledBuffer : Stream
{
    private const int ChunkSize = 64 * 1024;

    private readonly List<byte[]> _chunks = [];
    private int _used = ChunkSize;
    private long _length;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _length;

    public override long Position
    {
        get => _length;
        set => throw new NotSupportedException();
    }

    /// <summary>Writes everything buffered to another stream with asynchronous writes, one chunk at a time.</summary>
    public async Task WriteToAsync(Stream destination, CancellationToken cancellationToken)
    {
        for (var i = 0; i < _chunks.Count; i++)
        {
            var size = i == _chunks.Count - 1 ? _used : ChunkSize;
            await destination.WriteAsync(_chunks[i].AsMemory(0, size), cancellationToken).ConfigureAwait(false);
        }
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (buffer.Length > 0)
        {
            if (_used == ChunkSize)
            {
                _chunks.Add(ArrayPool<byte>.Shared.Rent(ChunkSize));
                _used = 0;
            }

            var take = Math.Min(buffer.Length, ChunkSize - _used);
            buffer[..take].CopyTo(_chunks[^1].AsSpan(_used));
            _used += take;
            _length += take;
            buffer = buffer[take..];
        }
    }

    public override void WriteByte(byte value) => Write([value]);

    public override void Flush()
    {
        // Nothing to flush: the bytes stay here until WriteToAsync.
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        foreach (var chunk in _chunks)
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        _chunks.Clear();
        base.Dispose(disposing);
    }
}
