namespace Pace.Files;

/// <summary>Why a file a chart names (its logo, its fonts) was not read.</summary>
public enum ConfinedRefusal
{
    /// <summary>Not refused.</summary>
    None,

    /// <summary>It lies, links followed, outside every folder it may come from; nothing was read.</summary>
    Outside,

    /// <summary>Its symbolic links loop, or chain more than 40 deep.</summary>
    Loop,

    /// <summary>No such file, or no valid path.</summary>
    Missing,

    /// <summary>It cannot be read (permissions, I/O).</summary>
    Unreadable,

    /// <summary>A folder, FIFO, device or socket: nothing was read from it.</summary>
    NotRegular,

    /// <summary>Larger than the limit; reading stopped there.</summary>
    TooLarge,
}

/// <summary>
/// The one way Pace reads a file a chart names — its <c>theme.logo</c>, its <c>theme.fonts</c>: charts come from pull
/// requests, so a path in one must not make Pace open any file of the machine. The path is resolved once, every link
/// followed, and read only when the real file lies inside a folder it may come from (the chart's repository and the
/// folders a configuration allows), then through <see cref="GuardedFile"/>: regular files only, bounded while read.
/// </summary>
public static class ConfinedFile
{
    /// <summary>Where a path a chart names really leads, if that lies inside one of the folders it may come from.</summary>
    /// <param name="written">The path as written: absolute, or relative to <paramref name="relativeTo"/>.</param>
    /// <param name="relativeTo">The folder a relative path starts from (the folder of the file that names it).</param>
    /// <param name="folders">The folders the file may lie in; links in them are followed too.</param>
    /// <returns>
    /// The real path with <see cref="ConfinedRefusal.None"/>; or no path with <see cref="ConfinedRefusal.Outside"/>,
    /// <see cref="ConfinedRefusal.Loop"/> or, for a path that is no valid path, <see cref="ConfinedRefusal.Missing"/>.
    /// </returns>
    public static (string? RealPath, ConfinedRefusal Refusal) Locate(string written, string relativeTo, IEnumerable<string> folders)
    {
        ArgumentNullException.ThrowIfNull(written);
        ArgumentNullException.ThrowIfNull(relativeTo);
        ArgumentNullException.ThrowIfNull(folders);
        string real;
        try
        {
            real = RealPath.Resolve(Path.GetFullPath(written, relativeTo));
        }
        catch (IOException)
        {
            return (null, ConfinedRefusal.Loop);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            return (null, ConfinedRefusal.Missing);
        }

        return folders.Any(f => Within(real, f)) ? (real, ConfinedRefusal.None) : (null, ConfinedRefusal.Outside);
    }

    /// <summary>Reads a file <see cref="Locate"/> allowed, through <see cref="GuardedFile"/>.</summary>
    /// <param name="realPath">The real path <see cref="Locate"/> gave.</param>
    /// <param name="maxBytes">The most bytes accepted.</param>
    /// <param name="cancellationToken">Cancels between chunks.</param>
    /// <returns>
    /// The content with <see cref="ConfinedRefusal.None"/>; the refused content (its <see cref="FileContent.Kind"/>
    /// says what it is) with <see cref="ConfinedRefusal.NotRegular"/> or <see cref="ConfinedRefusal.TooLarge"/>; no
    /// content with <see cref="ConfinedRefusal.Missing"/> or <see cref="ConfinedRefusal.Unreadable"/>.
    /// </returns>
    /// <exception cref="OperationCanceledException">The read was cancelled.</exception>
    public static (FileContent? Content, ConfinedRefusal Refusal) Read(string realPath, long maxBytes, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(realPath);
        FileContent content;
        try
        {
            content = GuardedFile.Read(realPath, maxBytes, cancellationToken);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return (null, ConfinedRefusal.Missing);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, ConfinedRefusal.Unreadable);
        }

        return content.Refusal switch
        {
            FileRefusal.NotRegular => (content, ConfinedRefusal.NotRegular),
            FileRefusal.TooLarge => (content, ConfinedRefusal.TooLarge),
            _ => (content, ConfinedRefusal.None),
        };
    }

    private static bool Within(string real, string folder)
    {
        try
        {
            return RealPath.IsWithin(real, RealPath.Resolve(folder));
        }
        catch (Exception e) when (e is IOException or ArgumentException)
        {
            return false;
        }
    }
}
