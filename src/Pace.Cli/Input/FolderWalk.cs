using Pace.Cli.Output.Escaping;
using Pace.Files;

namespace Pace.Cli.Input;

/// <summary>
/// Lists the files below a folder the user named, visiting each real folder once. Hidden folders and what the ignore
/// files leave out are not entered. Symbolic links are followed only inside the named folder, and only after every
/// folder reachable without a link was walked, so a file is listed under its own path when it has one. A link that
/// leads out of the named folder, loops back to a folder above it (<c>ln -s . x</c>), or leads nowhere is not
/// followed and is said in one line; nothing of its target is read. A link to a folder already walked is skipped,
/// so two links to <c>.</c> cost two lines, not an exponential walk.
/// </summary>
internal sealed class FolderWalk
{
    private readonly string _shownRoot;
    private readonly string _rootReal;
    private readonly int _maxDepth;
    private readonly IReadOnlySet<string> _hiddenAllowed;
    private readonly Func<string, bool> _wanted;
    private readonly Action<string> _note;
    private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
    private readonly Queue<Entry> _links = new();
    private readonly List<WalkedFile> _files = [];

    private FolderWalk(string shownRoot, string rootReal, int maxDepth, IReadOnlySet<string> hiddenAllowed, Func<string, bool> wanted, Action<string> note)
    {
        (_shownRoot, _rootReal, _maxDepth, _hiddenAllowed, _wanted, _note) = (shownRoot, rootReal, maxDepth, hiddenAllowed, wanted, note);
    }

    /// <summary>Whether an ignore file left out a file or folder that was otherwise walked.</summary>
    public bool IgnoredAny { get; private set; }

    /// <summary>Walks a folder.</summary>
    /// <param name="root">The folder as the user wrote it ("" for the current folder).</param>
    /// <param name="rules">The ignore rules in force in it.</param>
    /// <param name="maxDepth">How many folders deep to go (0: the folder's own files).</param>
    /// <param name="hiddenAllowed">Hidden folder names the pattern names literally, so they are entered.</param>
    /// <param name="wanted">Whether a file name could match the pattern; others are not listed.</param>
    /// <param name="note">Where to say that a link was not followed.</param>
    public static (IReadOnlyList<WalkedFile> Files, bool IgnoredAny) Run(string root, IgnoreRules rules, int maxDepth, IReadOnlySet<string> hiddenAllowed, Func<string, bool> wanted, Action<string> note)
    {
        var full = Path.GetFullPath(root.Length == 0 ? "." : root);
        var walk = new FolderWalk(root, RealPath.Resolve(full), maxDepth, hiddenAllowed, wanted, note);
        walk._visited.Add(walk._rootReal);
        walk.Visit(new Entry(full, string.Empty, walk._rootReal, rules, 0));
        while (walk._links.TryDequeue(out var link))
        {
            walk.Follow(link);
        }

        return (walk._files, walk.IgnoredAny);
    }

    /// <summary>Walks the real folders below one, with an explicit stack (a deep tree cannot overflow the call stack), and queues the links found.</summary>
    private void Visit(Entry start)
    {
        var pending = new Stack<Entry>([start]);
        while (pending.TryPop(out var folder))
        {
            IEnumerable<FileSystemInfo> entries;
            try
            {
                entries = new DirectoryInfo(folder.Full).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
            }
            catch (Exception e) when ((e is IOException or UnauthorizedAccessException) && folder.Relative.Length > 0)
            {
                // The named folder itself unreadable stops the command (the caller says so); one below it is skipped.
                _note($"{LineText.Path(Display(folder.Relative))} cannot be read; skipped");
                continue;
            }

            var folders = new List<Entry>();
            foreach (var entry in entries)
            {
                var child = folder.Child(entry.Name, Path.Join(folder.Real, entry.Name));
                if (entry.LinkTarget is not null)
                {
                    _links.Enqueue(child with { Real = folder.Real });
                }
                else if (entry is DirectoryInfo && Enters(child))
                {
                    _visited.Add(child.Real);
                    folders.Add(child with { Rules = child.Rules.Enter(child.Full) });
                }
                else if (entry is FileInfo)
                {
                    Add(child, null);
                }
            }

            for (var i = folders.Count - 1; i >= 0; i--)
            {
                pending.Push(folders[i]);
            }
        }
    }

    /// <summary>Follows a link: into a folder inside the named one not walked yet, or to a file.</summary>
    /// <param name="link">The link; its <see cref="Entry.Real"/> is the real folder holding it.</param>
    private void Follow(Entry link)
    {
        string real;
        try
        {
            real = RealPath.Resolve(link.Full);
        }
        catch (IOException)
        {
            if (_wanted(Path.GetFileName(link.Full)))
            {
                Add(link, null); // named like a chart: the check refuses it unread, as a finding for its path (PACE117)
            }
            else
            {
                _note($"{LineText.Path(Display(link.Relative))} is a symbolic link that loops; not followed");
            }

            return;
        }

        if (Directory.Exists(real))
        {
            if (!Enters(link))
            {
                return;
            }

            if (!RealPath.IsWithin(real, _rootReal))
            {
                _note($"{LineText.Path(Display(link.Relative))} is a symbolic link to a folder outside {LineText.Path(Display(string.Empty))}; not followed");
            }
            else if (RealPath.IsWithin(link.Real, real))
            {
                _note($"{LineText.Path(Display(link.Relative))} is a symbolic link back to a folder above it (a loop); not followed");
            }
            else if (_visited.Add(real))
            {
                Visit(link with { Real = real, Rules = link.Rules.Enter(link.Full) });
            }

            return;
        }

        if (!File.Exists(real))
        {
            _note($"{LineText.Path(Display(link.Relative))} is a symbolic link to nothing; skipped");
            return;
        }

        // A link to a file inside the named folder is checked as that file (each real file once); one leading out is
        // listed as the link, and the check refuses it unread (PACE117).
        Add(link, RealPath.IsWithin(real, _rootReal) ? Display(Path.GetRelativePath(_rootReal, real)) : null);
    }

    private bool Enters(Entry folder)
    {
        if (folder.Depth > _maxDepth || (Path.GetFileName(folder.Full).StartsWith('.') && !_hiddenAllowed.Contains(Path.GetFileName(folder.Full))))
        {
            return false;
        }

        var ignored = folder.Rules.IsIgnored(folder.Full, isFolder: true);
        IgnoredAny |= ignored;
        return !ignored;
    }

    private void Add(Entry file, string? realShown)
    {
        if (!_wanted(Path.GetFileName(file.Full)))
        {
            return;
        }

        var ignored = file.Rules.IsIgnored(file.Full, isFolder: false);
        IgnoredAny |= ignored;
        if (!ignored)
        {
            _files.Add(new WalkedFile(file.Relative, file.Full, realShown ?? Display(file.Relative)));
        }
    }

    /// <summary>A path below the named folder as the user would write it: the folder as given, then the rest with '/'.</summary>
    private string Display(string relative)
    {
        relative = relative.Replace('\\', '/');
        return _shownRoot.Length == 0 ? (relative.Length == 0 ? "." : relative)
            : relative.Length == 0 || relative == "." ? _shownRoot
            : _shownRoot.EndsWith('/') ? _shownRoot + relative : _shownRoot + "/" + relative;
    }

    /// <summary>A file or folder met on the walk: its full path as walked, its path below the named folder, its real path, the rules in force, its depth.</summary>
    private sealed record Entry(string Full, string Relative, string Real, IgnoreRules Rules, int Depth)
    {
        public Entry Child(string name, string real) =>
            new(Path.Join(Full, name), Relative.Length == 0 ? name : Relative + "/" + name, real, Rules, Depth + 1);
    }
}

/// <summary>A file a walk found: its path below the named folder (for the pattern), its full path as walked, and the path to check and show.</summary>
internal sealed record WalkedFile(string Relative, string Full, string Shown);
