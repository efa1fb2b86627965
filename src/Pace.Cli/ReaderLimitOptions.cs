using System.CommandLine;
using Pace.Yaml;

namespace Pace.Cli;

/// <summary>
/// The reader's limits as options of every command (<c>--max-file-size</c>, <c>--max-depth</c>, <c>--max-nodes</c>,
/// <c>--max-text-length</c>), for charts larger than the defaults allow or for a stricter CI.
/// </summary>
internal sealed class ReaderLimitOptions
{
    private readonly Option<long?> _size = Positive<long>("--max-file-size", "Largest chart file read, in bytes (default 4 MiB)");
    private readonly Option<int?> _depth = Positive<int>("--max-depth", "Deepest nesting of mappings and lists (default 64)");
    private readonly Option<long?> _nodes = Positive<long>("--max-nodes", "Most YAML nodes a file may stand for once aliases are expanded (default 100,000)");
    private readonly Option<int?> _text = Positive<int>("--max-text-length", "Longest single value, in characters (default 10,000)");

    public void AddTo(Command root)
    {
        root.Options.Add(_size);
        root.Options.Add(_depth);
        root.Options.Add(_nodes);
        root.Options.Add(_text);
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

    private static Option<T?> Positive<T>(string name, string description)
        where T : struct => new(name)
        {
            Description = description,
            Recursive = true,
            Validators =
            {
                r =>
                {
                    // Read the token itself: text that is no number gets System.CommandLine's own conversion error.
                    if (r.Tokens.Count == 1 && long.TryParse(r.Tokens[0].Value, System.Globalization.CultureInfo.InvariantCulture, out var value) && value <= 0)
                    {
                        r.AddError($"{name} must be a positive number");
                    }
                },
            },
        };
}
