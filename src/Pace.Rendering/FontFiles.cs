using Pace.Files;

namespace Pace.Rendering;

/// <summary>
/// The one place Pace.Rendering reads a font file a chart names: through <see cref="ConfinedFile"/>, so a file outside
/// the folders it may come from is never opened, and a folder, FIFO, device or socket is refused unread and a file is
/// bounded while it is read.
/// </summary>
internal static class FontFiles
{
    /// <summary>The largest font file read: 64 MB holds a whole CJK family; anything larger is refused.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    /// <summary>Reads a font file <see cref="ConfinedFile.Locate"/> allowed, whole, of at most <see cref="MaxBytes"/>.</summary>
    /// <param name="realPath">The file's real path.</param>
    /// <returns>The bytes, or none and why.</returns>
    public static (byte[]? Bytes, ConfinedRefusal Refusal) Read(string realPath)
    {
        var (content, refusal) = ConfinedFile.Read(realPath, MaxBytes);
        return (refusal == ConfinedRefusal.None ? content!.Bytes.ToArray() : null, refusal);
    }
}
