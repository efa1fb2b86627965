namespace Pace.Rendering;

/// <summary>
/// Writes a file atomically: into a temporary file in the target's folder, then moved into place, so a failed or
/// cancelled write never leaves a partial file and keeps an earlier one intact. When it replaces a file, the new one
/// is forced to disk before the move, so a power cut cannot swap a good earlier version for an empty file; a new file
/// is not forced (nothing older can be lost, and the flush cost 1.5–35 ms a file here, most of a batch render's time).
/// </summary>
internal static class AtomicFile
{
    /// <summary>Writes the file with synchronous I/O.</summary>
    public static void Write(string path, Action<Stream> write, CancellationToken cancellationToken)
    {
        var (full, temp, replacing) = Plan(path);
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: replacing);
            }

            cancellationToken.ThrowIfCancellationRequested();
            File.Move(temp, full, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>
    /// Writes the file with asynchronous I/O. Forcing a replacement to disk has no asynchronous form in .NET; it runs
    /// on the thread pool. Creating, moving and deleting the file are metadata calls and run synchronously.
    /// </summary>
    public static async Task WriteAsync(string path, Func<Stream, Task> write, CancellationToken cancellationToken)
    {
        var (full, temp, replacing) = Plan(path);
        try
        {
            var stream = new FileStream(temp, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None, Options = FileOptions.Asynchronous });
            await using (stream.ConfigureAwait(false))
            {
                await write(stream).ConfigureAwait(false);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
                if (replacing)
                {
                    await Task.Run(() => stream.Flush(flushToDisk: true), cancellationToken).ConfigureAwait(false);
                }
            }

            cancellationToken.ThrowIfCancellationRequested();
            File.Move(temp, full, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    private static (string Full, string Temp, bool Replacing) Plan(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full) ?? throw new ArgumentException("The path has no folder.", nameof(path));
        var temp = Path.Combine(folder, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N")[..12] + ".tmp");
        return (full, temp, File.Exists(full));
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: the write already failed, and that is the error to report.
        }
    }
}
