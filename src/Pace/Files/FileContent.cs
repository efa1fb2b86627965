namespace Pace.Files;

/// <summary>Why <see cref="GuardedFile"/> did not read a file.</summary>
public enum FileRefusal
{
    /// <summary>The file was read.</summary>
    None,

    /// <summary>The path names a folder, FIFO, device or socket; nothing was read from it.</summary>
    NotRegular,

    /// <summary>The file holds more bytes than allowed; reading stopped at the limit.</summary>
    TooLarge,
}

/// <summary>A file as <see cref="GuardedFile"/> read it: its bytes, or why it was refused, and who owns it.</summary>
public sealed class FileContent
{
    private FileContent(string path, FileKind kind, FileRefusal refusal, ReadOnlyMemory<byte> bytes, long bytesSeen, uint? owner, int? permissions, uint? group = null)
    {
        Group = group;
        Path = path;
        Kind = kind;
        Refusal = refusal;
        Bytes = bytes;
        BytesSeen = bytesSeen;
        Owner = owner;
        Permissions = permissions;
    }

    /// <summary>The path as given.</summary>
    public string Path { get; }

    /// <summary>What the path named.</summary>
    public FileKind Kind { get; }

    /// <summary>Why the file was not read; <see cref="FileRefusal.None"/> when it was.</summary>
    public FileRefusal Refusal { get; }

    /// <summary>The file's bytes; empty when refused.</summary>
    public ReadOnlyMemory<byte> Bytes { get; }

    /// <summary>How many bytes were read: the file's length, or, for a file too large, how far reading got (over the limit).</summary>
    public long BytesSeen { get; }

    /// <summary>The numeric id of the file's owner (Unix); <see langword="null"/> where the platform does not say.</summary>
    public uint? Owner { get; }

    /// <summary>The numeric id of the file's group (Unix); <see langword="null"/> where the platform does not say.</summary>
    public uint? Group { get; }

    /// <summary>The file's permission bits (Unix, e.g. <c>0o644</c>); <see langword="null"/> where the platform does not say.</summary>
    public int? Permissions { get; }

    /// <summary>Whether the bytes were read.</summary>
    public bool Succeeded => Refusal == FileRefusal.None;

    internal static FileContent Of(string path, byte[] bytes) => new(path, FileKind.Regular, FileRefusal.None, bytes, bytes.Length, null, null);

    internal static FileContent Refused(string path, FileKind kind, FileRefusal refusal, long seen) => new(path, kind, refusal, ReadOnlyMemory<byte>.Empty, seen, null, null);

    internal static FileContent Of(string path, NativeFileStatus.Status status, byte[] bytes) =>
        new(path, status.Kind, FileRefusal.None, bytes, bytes.Length, OwnerOf(status), PermissionsOf(status), GroupOf(status));

    internal static FileContent Refused(string path, NativeFileStatus.Status status, FileRefusal refusal, long seen) =>
        new(path, status.Kind, refusal, ReadOnlyMemory<byte>.Empty, seen, OwnerOf(status), PermissionsOf(status), GroupOf(status));

    private static uint? OwnerOf(NativeFileStatus.Status status) => NativeFileStatus.IsSupported ? status.Owner : null;

    private static uint? GroupOf(NativeFileStatus.Status status) => NativeFileStatus.IsSupported ? status.Group : null;

    private static int? PermissionsOf(NativeFileStatus.Status status) => NativeFileStatus.IsSupported ? status.Mode : null;
}
