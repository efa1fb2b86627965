namespace Pace.Files;

/// <summary>
/// Resolves symbolic links the way the kernel does (as <c>realpath(3)</c>), in managed code so it works the same on
/// every platform, and tells whether a file lies inside a folder once every link is followed. A link loop, or a
/// chain of more than 40 links (Linux's own limit), is an <see cref="IOException"/>.
/// </summary>
public static class RealPath
{
    private const int MaxLinks = 40;

    private static readonly StringComparison PathComparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>The absolute path with every symbolic link on it resolved; components that do not exist are kept as written.</summary>
    /// <param name="path">A file or folder path, relative to the current folder or absolute.</param>
    /// <returns>The real path.</returns>
    /// <exception cref="IOException">The links loop, or chain more than 40 deep.</exception>
    public static string Resolve(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = Path.GetFullPath(path);
        var current = Path.GetPathRoot(full)!;
        var pending = new Stack<string>(Enumerable.Reverse(Components(full[current.Length..])));
        var links = 0;
        while (pending.Count > 0)
        {
            var part = pending.Pop();
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var candidate = Path.Join(current, part);
            var target = LinkTargetOf(candidate);
            if (target is null)
            {
                current = candidate;
                continue;
            }

            if (++links > MaxLinks)
            {
                throw new IOException($"Too many levels of symbolic links: '{path}'.");
            }

            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(Path.GetFullPath(target))!;
                target = Path.GetFullPath(target)[current.Length..];
            }

            foreach (var next in Enumerable.Reverse(Components(target)))
            {
                pending.Push(next);
            }
        }

        return current;
    }

    /// <summary>Whether a real path lies inside a real folder (or is that folder).</summary>
    /// <param name="realPath">A path from <see cref="Resolve"/>.</param>
    /// <param name="realFolder">A folder path from <see cref="Resolve"/>.</param>
    /// <returns><see langword="true"/> when <paramref name="realPath"/> is <paramref name="realFolder"/> or below it.</returns>
    public static bool IsWithin(string realPath, string realFolder)
    {
        ArgumentNullException.ThrowIfNull(realPath);
        ArgumentNullException.ThrowIfNull(realFolder);
        var folder = Path.TrimEndingDirectorySeparator(realFolder);
        if (string.Equals(realPath, folder, PathComparison))
        {
            return true;
        }

        return realPath.Length > folder.Length
            && realPath.StartsWith(folder, PathComparison)
            && (realPath[folder.Length] == Path.DirectorySeparatorChar || realPath[folder.Length] == Path.AltDirectorySeparatorChar
                || folder.EndsWith(Path.DirectorySeparatorChar));
    }

    private static string? LinkTargetOf(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // not there, or not ours to look into: kept as written
        }
    }

    private static string[] Components(string path) =>
        path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
}
