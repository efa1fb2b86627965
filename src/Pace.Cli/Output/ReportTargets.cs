namespace Pace.Cli.Output;

/// <summary>
/// Where each report of a run goes: <c>--format F --output FILE</c> pairs, in order — the first format to the first
/// output, and so on; a format without an output goes to standard output (one at most), an output without a format
/// gets the default. <c>pace validate charts -f sarif -o pace.sarif -f text</c> writes SARIF to a file and text to
/// the terminal in one run.
/// </summary>
internal static class ReportTargets
{
    /// <summary>The (format, file or null for standard output) pairs.</summary>
    /// <exception cref="UserError">More outputs than formats (beyond the first), or two formats for standard output.</exception>
    public static List<(T Format, string? Path)> Pair<T>(IReadOnlyList<T> formats, IReadOnlyList<string> outputs, T fallback)
    {
        if (formats.Count == 0)
        {
            formats = [fallback];
        }

        if (outputs.Count > formats.Count)
        {
            throw new UserError($"{outputs.Count} outputs but {formats.Count} format(s): give each --output its --format, in order");
        }

        var pairs = formats.Select((f, i) => (f, i < outputs.Count ? outputs[i] : null)).ToList();
        if (pairs.Count(p => p.Item2 is null) > 1)
        {
            throw new UserError("only one format can go to standard output; give the others an --output FILE");
        }

        var twice = pairs.Where(p => p.Item2 is not null).GroupBy(p => Path.GetFullPath(p.Item2!), StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw new UserError($"{twice.First().Item2} is named by two --output options");
        }

        return pairs;
    }

    /// <summary>Writes one report: to its file atomically, or to standard output.</summary>
    public static void Write(Session session, string? path, IEnumerable<string> inputs, Action<TextWriter> write)
    {
        if (path is null)
        {
            write(session.Out);
        }
        else
        {
            ReportFile.Write(path, inputs, write);
        }
    }
}
