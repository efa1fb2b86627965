using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Pace.Files;

/// <summary>
/// The kind, owner and permissions of an open file, from the operating system. .NET's own file APIs do not tell a
/// FIFO, a device or a socket from a regular file (all report <c>FileAttributes.Normal</c> and length 0), so Pace
/// asks the kernel itself: <c>statx(2)</c> on Linux, whose structure is the same on every architecture, and
/// <c>fstat(2)</c> on macOS. Files are opened with <c>O_NONBLOCK</c> first, so opening a FIFO cannot hang; the kind
/// is then read from the open descriptor, so nothing can be swapped between the check and the read.
/// </summary>
internal static partial class NativeFileStatus
{
    private const int AtEmptyPath = 0x1000;
    private const int AtCurrentFolder = -100;
    private const uint StatxBasicStats = 0x7FF;
    private const int LinuxOpenFlags = 0x800 /* O_NONBLOCK */ | 0x100 /* O_NOCTTY */ | 0x80000 /* O_CLOEXEC */;
    private const int DarwinOpenFlags = 0x4 /* O_NONBLOCK */ | 0x20000 /* O_NOCTTY */ | 0x1000000 /* O_CLOEXEC */;

    /// <summary>What the kernel says of an open file.</summary>
    internal readonly record struct Status(FileKind Kind, uint Owner, int Mode, uint Group = 0);

    /// <summary>Whether this platform's kind check is native (Linux, macOS); elsewhere .NET's checks apply.</summary>
    internal static bool IsSupported => OperatingSystem.IsLinux() || OperatingSystem.IsMacOS();

    /// <summary>The effective user id of this process (<c>geteuid(2)</c>); only where <see cref="IsSupported"/>.</summary>
    internal static uint CurrentUser => Interop.GetEffectiveUser();

    /// <summary>The effective group id of this process (<c>getegid(2)</c>); only where <see cref="IsSupported"/>.</summary>
    internal static uint CurrentGroup => Interop.GetEffectiveGroup();

    /// <summary>What a path names, following links, without reading it: for folders as well as files.</summary>
    internal static Status Of(string path)
    {
        using var handle = Open(path, out var status);
        return status;
    }

    /// <summary>
    /// Opens a path for reading without blocking on a FIFO and tells what it is; throws as <see cref="File.OpenHandle"/>
    /// would. A socket cannot be opened at all (ENXIO on Linux, EOPNOTSUPP on macOS): its kind is then read from the
    /// path, and no handle is returned.
    /// </summary>
    internal static SafeFileHandle? Open(string path, out Status status)
    {
        var fd = Interop.Open(path, OperatingSystem.IsMacOS() ? DarwinOpenFlags : LinuxOpenFlags);
        if (fd < 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            if (errno is 6 or 102 && OperatingSystem.IsLinux() && ByPath(path) is { } byPath)
            {
                status = byPath;
                return null;
            }

            if (errno is 6 or 102)
            {
                status = new Status(FileKind.Socket, 0, 0);
                return null;
            }

            throw ErrorFor(errno, path);
        }

        var handle = new SafeFileHandle(fd, ownsHandle: true);
        try
        {
            status = Of(handle);
            return handle;
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    private static unsafe Status? ByPath(string path)
    {
        var buffer = stackalloc byte[256];
        return Interop.Statx(AtCurrentFolder, path, 0, StatxBasicStats, buffer) == 0 ? Decode(*(ushort*)(buffer + 28), *(uint*)(buffer + 20), *(uint*)(buffer + 24)) : null;
    }

    /// <summary>The kind, owner and permission bits of an open file.</summary>
    private static Status Of(SafeFileHandle handle)
    {
        var fd = (int)handle.DangerousGetHandle();
        return OperatingSystem.IsMacOS() ? Darwin(fd) : Linux(fd);
    }

    private static unsafe Status Linux(int fd)
    {
        // struct statx is 256 bytes on every architecture; stx_uid at 20, stx_gid at 24, stx_mode (16 bits) at 28.
        var buffer = stackalloc byte[256];
        if (Interop.Statx(fd, string.Empty, AtEmptyPath, StatxBasicStats, buffer) != 0)
        {
            throw new IOException($"statx failed (errno {Marshal.GetLastPInvokeError()})");
        }

        return Decode(*(ushort*)(buffer + 28), *(uint*)(buffer + 20), *(uint*)(buffer + 24));
    }

    private static unsafe Status Darwin(int fd)
    {
        // struct stat (64-bit inodes): st_dev int32 at 0, st_mode uint16 at 4, st_uid uint32 at 16, st_gid at 20; 144 bytes.
        var buffer = stackalloc byte[256];
        var result = RuntimeInformation.ProcessArchitecture == Architecture.Arm64 ? Interop.FstatArm64(fd, buffer) : Interop.FstatX64(fd, buffer);
        if (result != 0)
        {
            throw new IOException($"fstat failed (errno {Marshal.GetLastPInvokeError()})");
        }

        return Decode(*(ushort*)(buffer + 4), *(uint*)(buffer + 16), *(uint*)(buffer + 20));
    }

    private static Status Decode(int mode, uint owner, uint group)
    {
        var kind = (mode & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0x1000 => FileKind.Fifo,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            0xC000 => FileKind.Socket,
            _ => FileKind.Unknown,
        };
        return new Status(kind, owner, mode & 0xFFF, group);
    }

    private static Exception ErrorFor(int errno, string path) => errno switch
    {
        2 => new FileNotFoundException($"Could not find file '{path}'.", path),          // ENOENT
        20 => new DirectoryNotFoundException($"Could not find a part of the path '{path}'."), // ENOTDIR
        13 or 1 => new UnauthorizedAccessException($"Access to the path '{path}' is denied."), // EACCES, EPERM
        40 or 62 => new IOException($"Too many levels of symbolic links: '{path}'."),    // ELOOP (Linux, macOS)
        _ => new IOException($"Cannot open '{path}' (errno {errno})."),
    };

    private static unsafe partial class Interop
    {
        [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
        internal static partial int Open(string path, int flags);

        [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
        internal static partial int Statx(int dirfd, string path, int flags, uint mask, byte* buffer);

        [LibraryImport("libc", EntryPoint = "geteuid")]
        internal static partial uint GetEffectiveUser();

        [LibraryImport("libc", EntryPoint = "getegid")]
        internal static partial uint GetEffectiveGroup();

        [LibraryImport("libc", EntryPoint = "fstat", SetLastError = true)]
        internal static partial int FstatArm64(int fd, byte* buffer);

        [LibraryImport("libc", EntryPoint = "fstat$INODE64", SetLastError = true)]
        internal static partial int FstatX64(int fd, byte* buffer);
    }
}
