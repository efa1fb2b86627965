using Pace.Files;

namespace Pace.Rendering;

/// <summary>
/// The one place Pace.Rendering reads a font file a chart names: through <see cref="GuardedFile"/>, so a folder, FIFO,
/// device or socket is refused unread and a file is bounded while it is read.
/// </summary>
internal static class FontFiles
{
    /// <summary>The largest font file read: 64 MB holds a whole CJK family; anything larger is refused.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    /// <summary>Reads a font file whole, of at most <see cref="MaxBytes"/>.</summary>
    /// <param name="path">The file.</param>
    /// <exception cref="FileNotFoundException">No such file.</exception>
    /// <exception cref="DirectoryNotFoundException">A folder on the path does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is larger than <see cref="MaxBytes"/>.</exception>
    /// <exception cref="IOException">The file cannot be read, or is no regular file.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static byte[] Read(string path)
    {
        var content = GuardedFile.Read(path, MaxBytes);
        return content.Refusal switch
        {
            FileRefusal.None => content.Bytes.ToArray(),
            FileRefusal.TooLarge => throw new InvalidDataException("The font file is too large."),
            _ => throw new IOException("The font path names a folder, FIFO, device or socket, not a file."),
        };
    }
}
