namespace Pace.Files;

/// <summary>What a path names, as the file system tells it (after following symbolic links).</summary>
public enum FileKind
{
    /// <summary>The kind could not be told on this platform; treated as a regular file.</summary>
    Unknown,

    /// <summary>A regular file: the only kind Pace reads.</summary>
    Regular,

    /// <summary>A folder.</summary>
    Directory,

    /// <summary>A named pipe (FIFO): reading it waits for a writer, possibly for ever.</summary>
    Fifo,

    /// <summary>A character device such as <c>/dev/zero</c> or a terminal: endless or interactive.</summary>
    CharacterDevice,

    /// <summary>A block device such as a disk.</summary>
    BlockDevice,

    /// <summary>A Unix domain socket.</summary>
    Socket,
}
