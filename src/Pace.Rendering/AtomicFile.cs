namespace Pace.Rendering;

/// <summary>
/// Writes a file atomically: into a temporary file in the target's folder (<see cref="TemporaryFiles"/>), then moved
/// into place, so a failed or cancelled write never leaves a partial file and keeps an earlier one intact; leftovers of
/// a killed process are cleared first. Only a regular file is replaced: a device node, a FIFO, a socket, a folder or a
/// symbolic link at the path is refused, where the move would have replaced it. When it replaces a file, the new one
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
            using (var stream = Create(temp, full, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None }))
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
            var stream = Create(temp, full, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None, Options = FileOptions.Asynchronous });
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

    /// <summary>
    /// Creates the temporary file. Its name is ours, not the user's: a failure is reported against the target and its
    /// folder, so no one reads "Could not find file '/proc/.x.pdf.pace-tmp-…'" for a folder that takes no new files.
    /// </summary>
    private static FileStream Create(string temp, string full, FileStreamOptions options)
    {
        try
        {
            return new FileStream(temp, options);
        }
        catch (IOException e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new IOException($"no file can be created in the folder '{Path.GetDirectoryName(full)}'", e);
        }
        catch (IOException e) when (e.Message.Contains(temp, StringComparison.Ordinal))
        {
            throw new IOException(e.Message.Replace(temp, full, StringComparison.Ordinal), e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new UnauthorizedAccessException($"no file can be created in the folder '{Path.GetDirectoryName(full)}': permission denied", e);
        }
    }

    private static (string Full, string Temp, bool Replacing) Plan(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full) ?? throw new ArgumentException("The path has no folder.", nameof(path));
        var replacing = RegularTarget(full);
        TemporaryFiles.ClearLeftovers(folder);
        return (full, TemporaryFiles.For(full), replacing);
    }

    /// <summary>Whether the target exists as a regular file; throws when something else is there.</summary>
    private static bool RegularTarget(string full)
    {
        var info = new FileInfo(full);
        if (info.LinkTarget is not null)
        {
            throw new IOException($"'{full}' is a symbolic link, not a regular file; only a regular file is replaced.");
        }

        if (!Path.Exists(full))
        {
            return false;
        }

        Files.FileKind kind;
        try
        {
            kind = Directory.Exists(full) ? Files.FileKind.Directory : Files.GuardedFile.KindOf(full);
        }
        catch (UnauthorizedAccessException)
        {
            return true; // a file we may replace but not read: the move below decides
        }

        return kind is Files.FileKind.Regular or Files.FileKind.Unknown
            ? true
            : throw new IOException($"'{full}' is not a regular file ({kind}); only a regular file is replaced.");
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
