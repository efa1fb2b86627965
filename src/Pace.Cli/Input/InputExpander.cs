using Microsoft.Extensions.FileSystemGlobbing;
using Pace.Cli.Output.Escaping;
using Pace.Configuration;

namespace Pace.Cli.Input;

/// <summary>
/// Turns what the user typed — files, folders and globs such as <c>charts/**/*.pace.yaml</c> — into chart paths,
/// in a stable order. The shell may have expanded globs already; quoted globs are expanded here, the same on every OS.
/// A folder stands for every <c>*.pace.yaml</c> and <c>*.pace.yml</c> below it. Folders and globs are walked by
/// <see cref="FolderWalk"/> (links only inside the named folder, each real folder once) with the ignore files of
/// <see cref="IgnoreRules"/>; a file named on the command line is always checked.
/// </summary>
internal static class InputExpander
{
    /// <summary>The patterns a folder stands for.</summary>
    public static readonly string[] ChartPatterns = ["*.pace.yaml", "*.pace.yml"];

    /// <summary>Expands the arguments; says on <paramref name="note"/> what a walk did not follow.</summary>
    /// <exception cref="UserError">A folder or glob holds no chart.</exception>
    public static IReadOnlyList<string> Expand(IEnumerable<string> arguments, WalkOptions options, Action<string> note)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<string>();
        foreach (var argument in arguments)
        {
            foreach (var path in ExpandOne(argument, options, note))
            {
                if (seen.Add(Path.GetFullPath(path)))
                {
                    result.Add(path);
                }
            }
        }

        return result;
    }

    private static List<string> ExpandOne(string argument, WalkOptions options, Action<string> note)
    {
        if (Directory.Exists(argument))
        {
            return Walk(argument, [.. ChartPatterns.Select(p => "**/" + p)], argument, options, note);
        }

        if (!Glob.HasWildcards(argument) || Path.Exists(argument) || new FileInfo(argument).LinkTarget is not null)
        {
            // A file, or anything else at the path (the check says what it is), or nothing (one line, exit 2).
            return [argument];
        }

        var (root, segments) = Glob.Split(argument);
        if (!Directory.Exists(root.Length == 0 ? "." : root))
        {
            throw new UserError($"{LineText.Path(argument)}: no such folder");
        }

        return Walk(root, [string.Join('/', segments)], argument, options, note);
    }

    private static List<string> Walk(string root, string[] patterns, string argument, WalkOptions options, Action<string> note)
    {
        var folder = root.Length == 0 ? "." : root;
        var segments = patterns.SelectMany(p => p.Split('/')).ToList();
        var names = Glob.For(patterns.Select(p => p.Split('/')[^1]));
        var hidden = segments.Where(s => s.StartsWith('.') && !Glob.HasWildcards(s)).ToHashSet(StringComparer.Ordinal);
        var depth = segments.Contains("**") ? int.MaxValue : patterns.Max(p => p.Split('/').Length - 1);
        var rules = IgnoreRules.At(folder, PaceConfigReader.RepositoryOf(folder) ?? folder, options.Gitignore, options.IgnorePaths, note);

        (IReadOnlyList<WalkedFile> Files, bool IgnoredAny) walked;
        try
        {
            walked = FolderWalk.Run(root, rules, depth, hidden, name => names.Match(name).HasMatches, note);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserError($"{LineText.Path(argument)}: a folder cannot be read ({e.Message})", e);
        }

        var matched = Glob.For(patterns).Match(Path.GetFullPath(folder), walked.Files.Select(f => f.Full))
            .Files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var found = walked.Files.Where(f => matched.Contains(f.Relative)).Select(f => f.Shown).ToList();
        if (found.Count == 0)
        {
            throw new UserError($"{LineText.Path(argument)}: matches no chart files"
                + (walked.IgnoredAny ? " (ignore files left some out: see .paceignore and .gitignore, or use --no-gitignore)" : string.Empty));
        }

        found.Sort(StringComparer.Ordinal);
        return found;
    }
}

/// <summary>How folders and globs are walked: whether <c>.gitignore</c> files count, and the <c>--ignore-path</c> files.</summary>
internal sealed record WalkOptions(bool Gitignore, IReadOnlyList<string> IgnorePaths)
{
    public static WalkOptions Default { get; } = new(true, []);
}
