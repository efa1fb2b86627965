using System.Globalization;
using Pace.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Pace.Yaml;

/// <summary>
/// Reads YAML text into a <see cref="YamlNodeBase"/> tree with positions, enforcing the reader's limits as it goes:
/// nesting depth, alias expansion, string length, one document, no application tags.
/// </summary>
internal sealed class YamlTreeBuilder
{
    private static readonly HashSet<string> CoreTags = new(StringComparer.Ordinal)
    {
        "tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float", "tag:yaml.org,2002:bool",
        "tag:yaml.org,2002:null", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq", "!",
    };

    private readonly string? _file;
    private readonly ChartReaderOptions _options;
    private readonly LoadDiagnostics _diagnostics;
    private readonly Dictionary<string, YamlNodeBase> _anchors = new(StringComparer.Ordinal);
    private long _expanded;
    private Mark? _lastChildEnd;
    private Parser _parser = null!;

    public YamlTreeBuilder(string? file, ChartReaderOptions options, LoadDiagnostics diagnostics)
    {
        _file = file;
        _options = options;
        _diagnostics = diagnostics;
    }

    /// <summary>Builds the tree of the single document in <paramref name="text"/>; null when the text is empty or broken.</summary>
    public YamlNodeBase? Build(string text)
    {
        _parser = new Parser(new Scanner(new StringReader(text), skipComments: true));
        try
        {
            Next(); // StreamStart
            Next();
            if (_parser.Current is StreamEnd)
            {
                return null;
            }

            Next(); // past DocumentStart
            var root = ReadNode(depth: 0);
            Next(); // past DocumentEnd
            if (_parser.Current is DocumentStart second)
            {
                _diagnostics.Add("PACE114", string.Empty, SpanOf(second), _diagnostics.Phrase("FeatureSecondDocument"));
                return null;
            }

            return root;
        }
        catch (YamlException e)
        {
            _diagnostics.Add("PACE100", string.Empty, Span(e.Start, e.End), CleanMessage(e.Message));
            return null;
        }
        catch (LimitException)
        {
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException or NullReferenceException)
        {
            // YamlDotNet's scanner occasionally fails with a non-YAML exception on malformed input
            // (e.g. "pace: [" followed by a mapping line); it is still a syntax error in the user's file.
            var at = _lastChildEnd ?? new Mark(0, 1, 1);
            _diagnostics.Add("PACE100", string.Empty, Span(at, at), _diagnostics.Phrase("UnreadableAfter"));
            return null;
        }
    }

    private YamlNodeBase? ReadNode(int depth)
    {
        var current = _parser.Current ?? throw new YamlException("Unexpected end of input.");
        if (depth > _options.MaxDepth)
        {
            _diagnostics.Add("PACE111", string.Empty, SpanOf(current), _options.MaxDepth);
            throw new LimitException();
        }

        switch (current)
        {
            case AnchorAlias alias:
                _parser.MoveNext();
                if (!_anchors.TryGetValue(alias.Value.Value, out var target))
                {
                    throw new YamlException(alias.Start, alias.End, $"The alias *{alias.Value.Value} names no anchor.");
                }

                Count(target.Weight, alias);
                _lastChildEnd = alias.End;
                return target;

            case Scalar scalar:
                _parser.MoveNext();
                CheckTag(scalar.Tag, scalar);
                if (scalar.Value.Length > _options.MaxStringLength)
                {
                    _diagnostics.Add("PACE113", string.Empty, SpanOf(scalar), scalar.Value.Length, _options.MaxStringLength);
                    throw new LimitException();
                }

                var node = new YamlScalar(SpanOf(scalar), scalar.Value, scalar.Style == ScalarStyle.Plain && scalar.Tag.IsEmpty);
                Count(1, scalar);
                _lastChildEnd = scalar.End;
                return Anchor(scalar.Anchor, node);

            case SequenceStart start:
                _parser.MoveNext();
                CheckTag(start.Tag, start);
                var sequence = new YamlSequence(SpanOf(start));
                Count(1, start);
                while (_parser.Current is not SequenceEnd)
                {
                    var item = ReadNode(depth + 1)!;
                    sequence.Items.Add(item);
                    sequence.Weight += item.Weight;
                }

                sequence.Span = Span(start.Start, LastEnd(start));
                _lastChildEnd = new Mark(0, sequence.Span.EndLine, sequence.Span.EndColumn);
                _parser.MoveNext();
                return Anchor(start.Anchor, sequence);

            case MappingStart start:
                _parser.MoveNext();
                CheckTag(start.Tag, start);
                var mapping = new YamlMapping(SpanOf(start));
                Count(1, start);
                while (_parser.Current is not MappingEnd)
                {
                    var key = ReadNode(depth + 1)!;
                    var value = ReadNode(depth + 1)!;
                    mapping.Entries.Add(new(key, value));
                    mapping.Weight += key.Weight + value.Weight;
                }

                mapping.Span = Span(start.Start, LastEnd(start));
                _lastChildEnd = new Mark(0, mapping.Span.EndLine, mapping.Span.EndColumn);
                _parser.MoveNext();
                return Anchor(start.Anchor, mapping);

            default:
                throw new YamlException(current.Start, current.End, $"Unexpected {current.GetType().Name}.");
        }
    }

    private YamlNodeBase Anchor(AnchorName anchor, YamlNodeBase node)
    {
        if (!anchor.IsEmpty)
        {
            _anchors[anchor.Value] = node;
        }

        return node;
    }

    /// <summary>Counts nodes as if aliases were expanded, and stops a "billion laughs" file early.</summary>
    private void Count(long nodes, ParsingEvent at)
    {
        _expanded += nodes;
        if (_expanded > _options.MaxNodes)
        {
            _diagnostics.Add("PACE112", string.Empty, SpanOf(at), _options.MaxNodes);
            throw new LimitException();
        }
    }

    private void CheckTag(TagName tag, ParsingEvent at)
    {
        if (!tag.IsEmpty && !tag.IsNonSpecific && !CoreTags.Contains(tag.Value))
        {
            _diagnostics.Add("PACE114", string.Empty, SpanOf(at), _diagnostics.Phrase("FeatureTag", tag.Value));
            throw new LimitException();
        }
    }

    private void Next()
    {
        if (!_parser.MoveNext())
        {
            throw new YamlException("Unexpected end of input.");
        }
    }

    private SourceSpan SpanOf(ParsingEvent e) => Span(e.Start, e.End);

    /// <summary>
    /// Where a collection ends: a flow collection's closing bracket ends it; a block collection's end event sits at the
    /// start of whatever follows, so it ends where its start event began plus nothing — use the last child's end instead.
    /// </summary>
    private Mark LastEnd(ParsingEvent start)
    {
        var end = _parser.Current!;
        return start switch
        {
            // YamlDotNet marks a closing bracket with an empty range at the bracket; the span ends just after it.
            SequenceStart { Style: SequenceStyle.Flow } or MappingStart { Style: MappingStyle.Flow } =>
                end.End.Index == end.Start.Index ? new Mark(end.End.Index + 1, end.End.Line, end.End.Column + 1) : end.End,
            _ => _lastChildEnd ?? end.Start,
        };
    }

    private SourceSpan Span(Mark start, Mark end) =>
        new(_file, (int)Math.Max(1, start.Line), (int)Math.Max(1, start.Column), (int)Math.Max(1, end.Line), (int)Math.Max(1, end.Column));

    /// <summary>YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (…): "; the location is printed separately.</summary>
    private static string CleanMessage(string message)
    {
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        var text = cut >= 0 && message.StartsWith("(Line", StringComparison.Ordinal) ? message[(cut + 3)..] : message;
        return text.Trim().TrimEnd('.') + ".";
    }

    private sealed class LimitException : Exception
    {
        public override string Message => string.Create(CultureInfo.InvariantCulture, $"A reader limit was reached.");
    }
}
