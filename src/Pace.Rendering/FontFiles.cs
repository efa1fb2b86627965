namespace Pace.Rendering;

/// <summary>
/// The one place Pace.Rendering reads a font file a chart names, so it can move to Pace's guarded file access as a
/// whole: an existing file that is no folder, bounded by size before and while it is read.
/// </summary>
internal static class FontFiles
{
    /// <summary>The largest font file read: 64 MB holds a whole CJK family; anything larger is refused unread.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    /// <summary>Reads a font file whole.</summary>
    /// <param name="path">The file.</param>
    /// <param name="maxBytes">The most bytes to accept.</param>
    /// <exception cref="FileNotFoundException">No such file (or it is a folder).</exception>
    /// <exception cref="InvalidDataException">The file is larger than <paramref name="maxBytes"/>.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static byte[] Read(string path, long maxBytes)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new FileNotFoundException("No such font file.", path);
        }

        if (info.Length > maxBytes)
        {
            throw new InvalidDataException("The font file is too large.");
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        using var buffer = new MemoryStream((int)Math.Min(info.Length, maxBytes));
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            // The file may grow while it is read: the bound holds for what is read, not for what stat said.
            if (buffer.Length + read > maxBytes)
            {
                throw new InvalidDataException("The font file is too large.");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
