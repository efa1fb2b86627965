using Pace.Cli.Input;
using Pace.Cli.Output.Escaping;
using Pace.Files;

namespace Pace.Cli;

/// <summary>Decides where a rendered chart goes, and refuses to write over its input or over anything but a regular file.</summary>
internal static class OutputPath
{
    /// <summary>The output name that means standard output (<c>-o -</c>).</summary>
    public const string StandardOutput = "-";

    /// <summary>The default output beside the input: <c>charts/acme.pace.yaml</c> → <c>charts/acme.pdf</c>.</summary>
    public static string Default(string input, string extension)
    {
        var name = Path.GetFileName(input);
        foreach (var suffix in new[] { ".pace.yaml", ".pace.yml", ".yaml", ".yml" })
        {
            if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                name = name[..^suffix.Length];
                break;
            }
        }

        return Path.Combine(Path.GetDirectoryName(input) ?? string.Empty, name + extension);
    }

    /// <summary>
    /// Throws when <paramref name="output"/> is the input file itself, a folder, or anything else that is not a regular
    /// file: writing moves a new file into place, which would replace a device node, a FIFO or a symbolic link with a
    /// regular file (a render to <c>-o /dev/null</c> as root would have replaced the device).
    /// </summary>
    public static void Check(string input, string output)
    {
        var shown = LineText.Path(output);
        if (string.Equals(Path.GetFullPath(input), Path.GetFullPath(output), StringComparison.Ordinal))
        {
            throw new UserError($"{shown}: refusing to overwrite the input chart; choose another output with -o");
        }

        if (Directory.Exists(output) && new FileInfo(output).LinkTarget is null)
        {
            throw new UserError($"{shown} is a folder; give a file name with -o");
        }

        if (new FileInfo(output).LinkTarget is not null)
        {
            throw new UserError($"{shown} is a symbolic link; Pace replaces only regular files, so it was left alone (name the file it points to, or -o - for standard output)");
        }

        if (Path.Exists(output) && Kind(output) is { } kind and not (FileKind.Regular or FileKind.Unknown))
        {
            throw new UserError($"{shown} is {Describe(kind)}, not a regular file; Pace replaces only regular files, so it was left alone (use -o - to write to standard output)");
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(output));
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new UserError($"{shown}: the folder {LineText.Path(folder)} does not exist");
        }
    }

    private static FileKind? Kind(string path)
    {
        try
        {
            return GuardedFile.KindOf(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // not ours to open: the write itself will say why it fails
        }
    }

    private static string Describe(FileKind kind) => kind switch
    {
        FileKind.Fifo => "a named pipe (FIFO)",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Socket => "a socket",
        FileKind.Directory => "a folder",
        _ => "a special file",
    };
}
