using System.Text;
using Pace.Cli.Output.Escaping;
using Pace.Files;

namespace Pace.Cli.Input;

/// <summary>
/// The ignore files that apply in one folder of a walk, weakest first: each folder's <c>.gitignore</c> (unless
/// <c>--no-gitignore</c>) and then its <c>.paceignore</c>, from the repository's root (or the folder the user named)
/// down, and last the <c>--ignore-path</c> files. As in git, the last pattern that matches a path decides, so a
/// deeper file overrides a shallower one and <c>.paceignore</c> can re-include (<c>!</c>) what <c>.gitignore</c>
/// leaves out. Immutable: entering a folder makes a new set.
/// </summary>
internal sealed class IgnoreRules
{
    /// <summary>The largest ignore file read: 1 MiB, far above any real one.</summary>
    public const int MaxBytes = 1024 * 1024;

    private static readonly bool IgnoreCase = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS();

    private readonly IReadOnlyList<IgnoreFile> _files;
    private readonly IReadOnlyList<IgnoreFile> _overrides;

    private IgnoreRules(IReadOnlyList<IgnoreFile> files, IReadOnlyList<IgnoreFile> overrides, bool gitignore, Action<string> note)
    {
        _files = files;
        _overrides = overrides;
        Gitignore = gitignore;
        Note = note;
    }

    /// <summary>Whether <c>.gitignore</c> files count.</summary>
    public bool Gitignore { get; }

    /// <summary>Where to say that an ignore file was skipped.</summary>
    public Action<string> Note { get; }

    /// <summary>The rules in force at <paramref name="root"/>: the ignore files of every folder from the top down to it, and the override files.</summary>
    /// <param name="root">The folder the user named.</param>
    /// <param name="top">The repository's root above it, or the folder itself.</param>
    /// <param name="gitignore">Whether to read <c>.gitignore</c> files.</param>
    /// <param name="overrides">The <c>--ignore-path</c> files: strongest, their patterns relative to their own folder.</param>
    /// <param name="note">Where to say that an ignore file was skipped.</param>
    public static IgnoreRules At(string root, string top, bool gitignore, IReadOnlyList<string> overrides, Action<string> note)
    {
        var start = new IgnoreRules([], [.. overrides.Select(f => Read(Path.GetFullPath(f), required: true, note)!)], gitignore, note);
        var folders = new List<string>();
        for (var folder = Path.GetFullPath(root); folder is not null; folder = Path.GetDirectoryName(folder))
        {
            folders.Add(folder);
            if (string.Equals(folder, Path.GetFullPath(top), StringComparison.Ordinal))
            {
                break;
            }
        }

        folders.Reverse();
        return folders.Aggregate(start, (rules, folder) => rules.Enter(folder));
    }

    /// <summary>The rules inside a folder: these, and the folder's own ignore files.</summary>
    public IgnoreRules Enter(string folder)
    {
        var added = new List<IgnoreFile>();
        foreach (var name in Gitignore ? new[] { ".gitignore", ".paceignore" } : [".paceignore"])
        {
            if (Read(Path.Combine(folder, name), required: false, Note) is { } file)
            {
                added.Add(file);
            }
        }

        return added.Count == 0 ? this : new IgnoreRules([.. _files, .. added], _overrides, Gitignore, Note);
    }

    /// <summary>Whether a file or folder (its full path, as walked) is ignored: the last pattern that matches it decides.</summary>
    public bool IsIgnored(string fullPath, bool isFolder)
    {
        foreach (var file in _overrides.Reverse().Concat(_files.Reverse()))
        {
            var relative = Path.GetRelativePath(file.Folder, fullPath);
            if (relative == "." || relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
            {
                continue;
            }

            relative = relative.Replace('\\', '/');
            for (var i = file.Patterns.Count - 1; i >= 0; i--)
            {
                if (file.Patterns[i].Matches(relative, isFolder))
                {
                    return !file.Patterns[i].Negated;
                }
            }
        }

        return false;
    }

    /// <summary>Reads an ignore file through the guarded access; a link, a special file or one too large is skipped (and said), as git skips a linked .gitignore.</summary>
    private static IgnoreFile? Read(string path, bool required, Action<string> note)
    {
        if (!required && !File.Exists(path) && new FileInfo(path).LinkTarget is null)
        {
            return null; // none here (or the folder cannot be read, which the walk itself reports)
        }

        try
        {
            if (!required && new FileInfo(path).LinkTarget is not null)
            {
                note($"{LineText.Path(path)} is a symbolic link; ignore files are read only as regular files, so it was skipped");
                return null;
            }

            var content = GuardedFile.Read(path, MaxBytes);
            if (!content.Succeeded)
            {
                var why = content.Refusal == FileRefusal.TooLarge ? $"larger than {MaxBytes} bytes" : "not a regular file";
                return required ? throw new UserError($"{LineText.Path(path)}: the ignore file is {why}") : Skipped(why);
            }

            var text = new UTF8Encoding(false, false).GetString(content.Bytes.Span);
            var patterns = text.Split('\n').Select(l => IgnorePattern.Parse(l, IgnoreCase)).OfType<IgnorePattern>().ToList();
            return new IgnoreFile(Path.GetDirectoryName(path)!, patterns);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return required ? throw new UserError($"{LineText.Path(path)}: no such ignore file", e) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return required ? throw new UserError($"{LineText.Path(path)}: the ignore file cannot be read", e) : Skipped("unreadable");
        }

        IgnoreFile? Skipped(string why)
        {
            note($"{LineText.Path(path)} is {why}; skipped");
            return null;
        }
    }

    private sealed record IgnoreFile(string Folder, IReadOnlyList<IgnorePattern> Patterns);
}
