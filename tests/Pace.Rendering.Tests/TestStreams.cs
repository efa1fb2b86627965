namespace Pace.Rendering.Tests;

/// <summary>A stream whose reads and writes never complete until cancelled: a client that stopped sending or reading.</summary>
internal sealed class BlockedStream(bool honoursCancellation = true) : Stream
{
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the first read or write has begun.</summary>
    public Task Started => _started.Task;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await Block(cancellationToken);
        return 0;
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) => new(Block(cancellationToken));

    public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("synchronous read");

    public override void Write(byte[] buffer, int offset, int count) => throw new InvalidOperationException("synchronous write");

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private Task Block(CancellationToken cancellationToken)
    {
        _started.TrySetResult();
        return honoursCancellation ? Task.Delay(Timeout.Infinite, cancellationToken) : new TaskCompletionSource().Task;
    }
}

/// <summary>A stream of given bytes that calls back when its end is read: the moment a check moves from reading to loading.</summary>
internal sealed class FeedStream(byte[] bytes, Action atEnd) : MemoryStream(bytes, writable: false)
{
    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await base.ReadAsync(buffer, cancellationToken);
        if (read == 0)
        {
            atEnd();
        }

        return read;
    }
}

/// <summary>A write-only stream that discards what it gets and calls back once a number of bytes has arrived.</summary>
internal sealed class TripwireStream(long after, Action tripped) : Stream
{
    private long _written;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _written;

    public override long Position { get => _written; set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        var before = _written;
        _written += buffer.Length;
        if (before < after && _written >= after)
        {
            tripped();
        }
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}

/// <summary>A memory stream that fails any synchronous read, write or flush: what ASP.NET Core's bodies do by default.</summary>
internal sealed class AsyncOnlyStream(byte[]? bytes = null) : Stream
{
    private readonly MemoryStream _inner = bytes is null ? new MemoryStream() : new MemoryStream(bytes, writable: false);

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => bytes is null;

    public override long Length => _inner.Length;

    public override long Position { get => _inner.Position; set => throw new NotSupportedException(); }

    public byte[] ToArray() => _inner.ToArray();

    public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("synchronous read");

    public override void Write(byte[] buffer, int offset, int count) => throw new InvalidOperationException("synchronous write");

    public override void Flush() => throw new InvalidOperationException("synchronous flush");

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => _inner.ReadAsync(buffer, cancellationToken);

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => _inner.ReadAsync(buffer, offset, count, cancellationToken);

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) => _inner.WriteAsync(buffer, cancellationToken);

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => _inner.WriteAsync(buffer, offset, count, cancellationToken);

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
