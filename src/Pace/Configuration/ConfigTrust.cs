using System.Globalization;
using Pace.Files;

namespace Pace.Configuration;

/// <summary>
/// Whether a configuration file that was found (not named by the user) may be honoured. A configuration changes what
/// a check reports — it can switch PACE002 off — so, as git refuses a repository another user owns
/// (<c>safe.directory</c>), Pace ignores a file that someone else could have written: one owned by another user than
/// you or root, or one that it or its folder lets other users write. Group write is allowed only for your own
/// private group (the group with your user's id that you are running as: Debian's and Ubuntu's <c>umask 002</c>
/// makes every file group-writable for that group alone). Windows does not say; there nothing is checked.
/// </summary>
internal static class ConfigTrust
{
    private const int GroupWrite = 0x10; // 0o020
    private const int OthersWrite = 0x2; // 0o002

    /// <summary>Why a file is not trusted: the message variant of PACE118 and its arguments; <see langword="null"/> when it is.</summary>
    public static (string Variant, MessageArgument[] Arguments)? Check(string path, FileContent content)
    {
        if (!NativeFileStatus.IsSupported || content.Owner is not { } owner || content.Permissions is not { } mode)
        {
            return null;
        }

        var me = NativeFileStatus.CurrentUser;
        if (owner != me && owner != 0)
        {
            return (string.Empty, [new("uid", owner.ToString(CultureInfo.InvariantCulture))]);
        }

        if (OthersCanWrite(mode, content.Group))
        {
            return ("Writable", [new("mode", Octal(mode))]);
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var status = NativeFileStatus.Of(folder);
        return OthersCanWrite(status.Mode, status.Group) ? ("FolderWritable", [new("folder", folder), new("mode", Octal(status.Mode))]) : null;
    }

    private static bool OthersCanWrite(int mode, uint? group) =>
        (mode & OthersWrite) != 0 || ((mode & GroupWrite) != 0 && !OwnPrivateGroup(group));

    private static bool OwnPrivateGroup(uint? group) =>
        group is { } g && g == NativeFileStatus.CurrentGroup && g == NativeFileStatus.CurrentUser;

    private static string Octal(int mode) => "0" + Convert.ToString(mode & 0x1FF, 8);
}
