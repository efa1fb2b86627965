using Microsoft.Win32.SafeHandles;

namespace Pace.Files;

/// <summary>
/// The one way Pace reads a file — chart, configuration, logo, font or excerpt: only regular files (a FIFO, device,
/// socket or folder is refused without being read, and opening a FIFO cannot hang), and never more than a limit,
/// enforced while reading rather than trusted from the file's reported length (which is 0 for <c>/dev/zero</c>
/// and <c>/proc</c> files). Safe to call from many threads.
/// </summary>
public static class GuardedFile
{
    private const int Chunk = 64 * 1024;

    /// <summary>Reads a whole file, refusing what is not a regular file or is larger than <paramref name="maxBytes"/>.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="maxBytes">The most bytes accepted.</param>
    /// <param name="cancellationToken">Cancels between chunks of 64 KB.</param>
    /// <returns>The bytes, or why they were refused.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="DirectoryNotFoundException">A folder on the path does not exist.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static FileContent Read(string path, long maxBytes, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentOutOfRangeException.ThrowIfNegative(maxBytes);
        cancellationToken.ThrowIfCancellationRequested();
        using var handle = Open(path, out var status);
        if (status.Kind is not (FileKind.Regular or FileKind.Unknown))
        {
            return FileContent.Refused(path, status, FileRefusal.NotRegular, 0);
        }

        var bytes = new Accumulator(maxBytes);
        do
        {
            cancellationToken.ThrowIfCancellationRequested();
        }
        while (bytes.Took(RandomAccess.Read(handle, bytes.Next(), bytes.Total)));

        return bytes.Result(path, status);
    }

    /// <summary>Reads a whole file asynchronously, with the same guards as <see cref="Read"/>.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="maxBytes">The most bytes accepted.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The bytes, or why they were refused.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="DirectoryNotFoundException">A folder on the path does not exist.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static async Task<FileContent> ReadAsync(string path, long maxBytes, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentOutOfRangeException.ThrowIfNegative(maxBytes);
        cancellationToken.ThrowIfCancellationRequested();
        using var handle = Open(path, out var status);
        if (status.Kind is not (FileKind.Regular or FileKind.Unknown))
        {
            return FileContent.Refused(path, status, FileRefusal.NotRegular, 0);
        }

        var bytes = new Accumulator(maxBytes);
        while (bytes.Took(await RandomAccess.ReadAsync(handle, bytes.Next(), bytes.Total, cancellationToken).ConfigureAwait(false)))
        {
        }

        return bytes.Result(path, status);
    }

    /// <summary>What a path names, following links, without reading it (and without blocking on a FIFO).</summary>
    /// <param name="path">The path.</param>
    /// <returns>The kind; <see cref="FileKind.Unknown"/> where the platform cannot tell a regular file from a device.</returns>
    /// <exception cref="FileNotFoundException">Nothing exists at the path.</exception>
    /// <exception cref="UnauthorizedAccessException">The path may not be opened.</exception>
    /// <exception cref="IOException">The path cannot be opened.</exception>
    public static FileKind KindOf(string path)
    {
        using var handle = Open(path, out var status);
        return status.Kind;
    }

    private static SafeFileHandle Open(string path, out NativeFileStatus.Status status)
    {
        if (NativeFileStatus.IsSupported)
        {
            return NativeFileStatus.Open(path, out status) ?? new SafeFileHandle(IntPtr.Zero, ownsHandle: false);
        }

        // Elsewhere (Windows) .NET itself refuses devices; folders are told by their attributes.
        if (Directory.Exists(path))
        {
            status = new NativeFileStatus.Status(FileKind.Directory, 0, 0);
            return new SafeFileHandle(IntPtr.Zero, ownsHandle: false);
        }

        status = new NativeFileStatus.Status(FileKind.Regular, 0, 0);
        return File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
    }

    /// <summary>Collects a file's bytes chunk by chunk and stops as soon as they pass the limit.</summary>
    private sealed class Accumulator(long maxBytes)
    {
        private readonly List<byte[]> _chunks = [];
        private byte[] _current = [];

        public long Total { get; private set; }

        public bool TooLarge => Total > maxBytes;

        /// <summary>The buffer for the next read.</summary>
        public byte[] Next() => _current = new byte[Chunk];

        /// <summary>Records a read of <paramref name="read"/> bytes; whether to read on (not at the end, not over the limit).</summary>
        public bool Took(int read)
        {
            if (read == 0)
            {
                return false;
            }

            Total += read;
            _chunks.Add(read == Chunk ? _current : _current[..read]);
            return !TooLarge;
        }

        public FileContent Result(string path, NativeFileStatus.Status status)
        {
            if (TooLarge)
            {
                return FileContent.Refused(path, status, FileRefusal.TooLarge, Total);
            }

            if (_chunks.Count == 1)
            {
                return FileContent.Of(path, status, _chunks[0]);
            }

            var all = new byte[Total];
            var at = 0;
            foreach (var chunk in _chunks)
            {
                chunk.CopyTo(all, at);
                at += chunk.Length;
            }

            return FileContent.Of(path, status, all);
        }
    }
}
