using System.CommandLine;
using Pace.Cli.Parsing;
using Pace.Yaml;

namespace Pace.Cli;

/// <summary>
/// The reader's limits (<c>--max-file-size</c>, <c>--max-depth</c>, <c>--max-nodes</c>, <c>--max-text-length</c>),
/// for charts larger than the defaults allow or for a stricter CI; on the commands that read charts only.
/// </summary>
internal sealed class ReaderLimitOptions
{
    private readonly Option<long?> _size = Numbers.AtLeast("--max-file-size", 1L, "Largest chart file read, in bytes (default 4 MiB)");
    private readonly Option<int?> _depth = Numbers.AtLeast("--max-depth", 1, "Deepest nesting of mappings and lists (default 64)");
    private readonly Option<long?> _nodes = Numbers.AtLeast("--max-nodes", 1L, "Most YAML nodes a file may stand for once aliases are expanded (default 100,000)");
    private readonly Option<int?> _text = Numbers.AtLeast("--max-text-length", 1, "Longest single value, in characters (default 10,000)");

    public void AddTo(Command command)
    {
        command.Options.Add(_size);
        command.Options.Add(_depth);
        command.Options.Add(_nodes);
        command.Options.Add(_text);
    }

    public ChartReaderOptions Read(ParseResult parse)
    {
        var defaults = ChartReaderOptions.Default;
        return defaults with
        {
            MaxInputBytes = parse.GetValue(_size) ?? defaults.MaxInputBytes,
            MaxDepth = parse.GetValue(_depth) ?? defaults.MaxDepth,
            MaxNodes = parse.GetValue(_nodes) ?? defaults.MaxNodes,
            MaxStringLength = parse.GetValue(_text) ?? defaults.MaxStringLength,
        };
    }
}
