using Pace.Files;

namespace Pace.Rendering.Site;

/// <summary>
/// Writes a built site into its folder in two steps: every new or changed file is written to a hidden temporary file
/// beside its target, and only when all of them are written are they moved into place (a rename, which does not fail
/// for want of space). A failure in the first step removes the temporary files and leaves the previous site as it was.
/// Unchanged files are compared byte for byte and left alone. The folder's <c>.pace-site</c> (<see cref="SiteManifest"/>)
/// lists the files Pace wrote, so files of an earlier site can be removed without ever touching a file someone else put
/// there.
/// </summary>
internal static class SiteWriter
{
    /// <summary>The list of the site's files, at the folder's root.</summary>
    public const string Manifest = SiteManifest.FileName;

    /// <summary>The largest file read back to compare or check it (the downloads of a chart are well under this).</summary>
    private const long MaxFileBytes = 64L * 1024 * 1024;

    /// <summary>The previous site in a folder: its manifest; none for a new or empty folder, refused for a folder of other files.</summary>
    public static SiteManifest? Previous(string folder)
    {
        var root = Path.GetFullPath(folder);
        if (File.Exists(root))
        {
            throw new SiteFolderException("The site's folder is a file.");
        }

        if (!Directory.Exists(root))
        {
            return null;
        }

        var manifest = Path.Combine(root, Manifest);
        if (!File.Exists(manifest))
        {
            return Directory.EnumerateFileSystemEntries(root).Any()
                ? throw new SiteFolderException("The site's folder holds files that pace site did not write; name an empty or new folder.")
                : null;
        }

        // A manifest too large or unreadable is still a manifest: the folder is a site; every chart is built again.
        var content = GuardedFile.Read(manifest, SiteManifest.MaxBytes);
        return content.Succeeded ? SiteManifest.Parse(content.Bytes.Span) : SiteManifest.Unreadable;
    }

    /// <summary>The SHA-256 of a site file as it is on disk; <see langword="null"/> when it is missing, too large or unreadable.</summary>
    public static string? HashOf(string root, string path)
    {
        var target = Target(root, path);
        if (!File.Exists(target))
        {
            return null;
        }

        var content = GuardedFile.Read(target, MaxFileBytes);
        return content.Succeeded ? SiteManifest.Hash(content.Bytes.Span) : null;
    }

    /// <summary>Writes a whole site (no files kept from the previous run); <paramref name="beforeEach"/> lets tests fail the run at a given file.</summary>
    public static SiteWriteResult Write(IReadOnlyDictionary<string, byte[]> files, string folder, CancellationToken cancellationToken, Action<string>? beforeEach = null) =>
        Write(new BuiltSite(files, new Dictionary<string, string>(), new Dictionary<string, string>(), []), folder, Previous(folder), cancellationToken, beforeEach);

    /// <summary>Writes the built files, keeps the kept ones, and lists both with the charts' fingerprints in the manifest.</summary>
    public static SiteWriteResult Write(BuiltSite site, string folder, SiteManifest? previousSite, CancellationToken cancellationToken, Action<string>? beforeEach = null)
    {
        var root = Path.GetFullPath(folder);
        var files = site.Files;
        var previous = previousSite?.Files ?? [];
        var written = new List<string>();
        var unchanged = new List<string>();
        foreach (var (path, bytes) in files)
        {
            var target = Target(root, path);
            if (Directory.Exists(target))
            {
                throw new SiteFolderException($"A folder stands where the site writes {path}.");
            }

            (Same(target, bytes) ? unchanged : written).Add(path);
        }

        var hashes = new Dictionary<string, string>(site.Kept, StringComparer.Ordinal);
        foreach (var (path, bytes) in files)
        {
            hashes[path] = SiteManifest.Hash(bytes);
        }

        var manifest = SiteManifest.Bytes(hashes, site.Fingerprints);
        var staged = new List<(string Temp, string Target)>(written.Count + 1);
        var created = new List<string>();
        try
        {
            foreach (var path in written)
            {
                beforeEach?.Invoke(path);
                cancellationToken.ThrowIfCancellationRequested();
                staged.Add(Stage(Target(root, path), files[path], created));
            }

            if (!Same(Path.Combine(root, Manifest), manifest))
            {
                staged.Add(Stage(Path.Combine(root, Manifest), manifest, created));
            }

            cancellationToken.ThrowIfCancellationRequested();
        }
        catch
        {
            foreach (var (temp, _) in staged)
            {
                TryDelete(temp);
            }

            // Folders this run made (a new chart's) go too, deepest first: the folder is as the previous run left it.
            foreach (var made in created.OrderByDescending(f => f.Length))
            {
                RemoveEmptyFolders(Path.GetDirectoryName(made)!, made);
            }

            throw;
        }

        foreach (var (temp, target) in staged)
        {
            File.Move(temp, target, overwrite: true);
        }

        // Compared without case: on Windows and macOS a listed 'ACME/index.html' is the 'acme/index.html' just written.
        var kept = hashes.Keys.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var removed = previous.Where(p => !kept.Contains(p)).Order(StringComparer.Ordinal).ToList();
        foreach (var path in removed)
        {
            TryDelete(Target(root, path));
            RemoveEmptyFolders(root, Path.GetDirectoryName(Target(root, path)));
        }

        return new SiteWriteResult(written, [.. unchanged.Concat(site.Kept.Keys).Order(StringComparer.Ordinal)], removed) { ChartsBuilt = site.ChartsBuilt, LaidOut = site.LaidOut };
    }

    /// <summary>Whether a file already holds exactly these bytes.</summary>
    private static bool Same(string target, byte[] bytes)
    {
        if (!File.Exists(target) || new FileInfo(target).Length != bytes.Length)
        {
            return false;
        }

        var content = GuardedFile.Read(target, MaxFileBytes);
        return content.Succeeded && content.Bytes.Span.SequenceEqual(bytes);
    }

    /// <summary>Writes the bytes to a hidden temporary file in the target's folder; a replaced file is forced to disk first.</summary>
    private static (string Temp, string Target) Stage(string target, byte[] bytes, List<string> created)
    {
        var folder = Path.GetDirectoryName(target)!;
        for (var missing = folder; missing is not null && !Directory.Exists(missing); missing = Path.GetDirectoryName(missing))
        {
            created.Add(missing);
        }

        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, "." + Path.GetFileName(target) + "." + Guid.NewGuid().ToString("N")[..12] + ".tmp");
        try
        {
            using var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            stream.Write(bytes);
            stream.Flush(flushToDisk: File.Exists(target));
        }
        catch
        {
            TryDelete(temp);
            throw;
        }

        return (temp, target);
    }

    /// <summary>The file's place on disk; the paths are the site's own (<see cref="SiteNames"/>), checked once more here.</summary>
    public static string Target(string root, string path) =>
        IsSafe(path) ? Path.Combine(root, path.Replace('/', Path.DirectorySeparatorChar)) : throw new InvalidOperationException("Not a site path: " + path);

    /// <summary>ASCII letters (either case), digits, '-', '_' and '.', in segments that are not empty and do not start with '.'.</summary>
    public static bool IsSafe(string path) =>
        path.Length is > 0 and <= 512 && path.Split('/').All(s =>
            s.Length > 0 && s[0] != '.' && s.All(c => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '-' or '_' or '.'));

    private static void RemoveEmptyFolders(string root, string? folder)
    {
        while (folder is not null && folder.Length > root.Length && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.Delete(folder);
            folder = Path.GetDirectoryName(folder);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: a temporary file left behind is hidden and the next run's files do not depend on it.
        }
    }
}

/// <summary>
/// A site ready to write: the files built this run (path and bytes), the files kept from the previous run (path and
/// SHA-256: their charts did not change), the fingerprint of every chart that has one (folder and SHA-256), and the
/// folders of the charts built this run.
/// </summary>
internal sealed record BuiltSite(
    IReadOnlyDictionary<string, byte[]> Files,
    IReadOnlyDictionary<string, string> Kept,
    IReadOnlyDictionary<string, string> Fingerprints,
    IReadOnlyList<string> ChartsBuilt)
{
    /// <summary>The folders of the charts laid out this run.</summary>
    public IReadOnlyList<string> LaidOut { get; init; } = [];
}
