using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Pace.Yaml;

/// <summary>
/// Reads YAML text into a <see cref="YamlNodeBase"/> tree with positions, enforcing the reader's limits as it goes:
/// nesting depth, alias expansion, string length, one document, no application tags, only YAML's printable characters.
/// </summary>
/// <remarks>
/// The tree is built with an explicit stack rather than by recursion, so no nesting depth — whatever
/// <see cref="ChartReaderOptions.MaxDepth"/> allows — can overflow the thread's stack. YamlDotNet's parser is
/// itself iterative. Exceptions YamlDotNet throws for malformed input that are not <see cref="YamlException"/>s
/// (seen under fuzzing: <see cref="InvalidOperationException"/> from the scanner, <see cref="ArgumentException"/>
/// for a malformed tag) are turned into <see cref="YamlException"/>s at the scanner's position.
/// </remarks>
internal sealed class YamlTreeBuilder
{
    /// <summary>How often the build looks at its cancellation token.</summary>
    private const int EventsBetweenChecks = 256;

    private static readonly HashSet<string> CoreTags = new(StringComparer.Ordinal)
    {
        "tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float", "tag:yaml.org,2002:bool",
        "tag:yaml.org,2002:null", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq", "!",
    };

    /// <summary>Explicit core tags that make a plain-looking scalar: <c>!!int 5</c> and <c>!!float 0.5</c> are numbers.</summary>
    private static readonly HashSet<string> NumberTags = new(StringComparer.Ordinal) { "tag:yaml.org,2002:int", "tag:yaml.org,2002:float" };

    private readonly string? _file;
    private readonly ChartReaderOptions _options;
    private readonly LoadDiagnostics _diagnostics;
    private readonly Dictionary<string, YamlNodeBase> _anchors = new(StringComparer.Ordinal);
    private long _expanded;
    private Mark? _lastEnd;
    private Scanner _scanner = null!;
    private Parser _parser = null!;
    private int _events;

    public YamlTreeBuilder(string? file, ChartReaderOptions options, LoadDiagnostics diagnostics)
    {
        _file = file;
        _options = options;
        _diagnostics = diagnostics;
    }

    /// <summary>Cancels the build; checked every <see cref="EventsBetweenChecks"/> parser events.</summary>
    public CancellationToken Cancellation { get; init; }

    /// <summary>Whether the text uses an anchor or an alias, so that one node may stand in more than one place.</summary>
    public bool UsesAliases { get; private set; }

    /// <summary>Builds the tree of the single document in <paramref name="text"/>; null when the text is empty or broken.</summary>
    public YamlNodeBase? Build(string text)
    {
        if (ForbiddenCharacter(text) is var (index, line, column) && index >= 0)
        {
            var code = ((int)text[index]).ToString("X4", CultureInfo.InvariantCulture);
            _diagnostics.Add("PACE100", string.Empty, SourceSpan.At(_file, line, column), new MessageArgument("problem", _diagnostics.Phrase("ForbiddenCharacter", new MessageArgument("code-point", code))));
            return null;
        }

        _scanner = new Scanner(new StringReader(text), skipComments: true);
        _parser = new Parser(_scanner);
        try
        {
            Next(); // StreamStart
            Next();
            if (_parser.Current is StreamEnd)
            {
                return null;
            }

            Next(); // past DocumentStart
            var root = ReadDocumentRoot();
            Next(); // past DocumentEnd
            if (_parser.Current is DocumentStart second)
            {
                _diagnostics.Add("PACE114", string.Empty, SpanOf(second), new MessageArgument("feature", _diagnostics.Phrase("FeatureSecondDocument")));
                return null;
            }

            return root;
        }
        catch (YamlException e)
        {
            // Errors point at the construct being read (a quoted text left open: its opening quote). A few scanner
            // errors carry an empty span at the construct's start, far from the fault (a tab used as indentation is
            // reported at the mapping's first key): there the scanner's own position is the better place.
            var (start, end) = (e.Start, e.End);
            if (e is SyntaxErrorException && start.Equals(end) && _scanner.CurrentPosition.Index > end.Index)
            {
                start = end = _scanner.CurrentPosition;
            }

            var message = e is OwnSyntaxError ? CleanMessage(e.Message) : SyntaxMessages.For(CleanMessage(e.Message), _diagnostics);
            _diagnostics.Add("PACE100", string.Empty, WithinText(Span(start, end), text), new MessageArgument("problem", message));
            return null;
        }
        catch (LimitException)
        {
            return null;
        }
    }

    /// <summary>Reads the node the parser stands on, with everything inside it, leaving the parser just past it.</summary>
    private YamlNodeBase ReadDocumentRoot()
    {
        // Collections being read, innermost on top; their depth is their place in the stack.
        var open = new Stack<OpenCollection>();
        while (true)
        {
            var current = _parser.Current ?? throw UnexpectedEnd();
            YamlNodeBase node;
            switch (current)
            {
                case SequenceEnd or MappingEnd when open.Count > 0:
                    var done = open.Pop();
                    var end = CollectionEnd(done, current);
                    done.Node.Span = Span(new Mark(done.Node.Start, done.Node.Span.StartLine, done.Node.Span.StartColumn), end);
                    done.Node.End = Offset(end);
                    _lastEnd = new Mark(end.Index, done.Node.Span.EndLine, done.Node.Span.EndColumn);
                    Next();
                    node = Anchor(done.Anchor, done.Node);
                    break;

                case AnchorAlias alias:
                    UsesAliases = true;
                    CheckDepth(open.Count, alias);
                    Next();
                    if (!_anchors.TryGetValue(alias.Value.Value, out var target))
                    {
                        throw new OwnSyntaxError(alias.Start, alias.End, _diagnostics.Phrase("SyntaxAliasWithoutAnchor", new MessageArgument("alias", alias.Value.Value)));
                    }

                    Count(target.Weight, alias);
                    _lastEnd = alias.End;
                    node = target;
                    break;

                case Scalar scalar:
                    CheckDepth(open.Count, scalar);
                    CheckTag(scalar.Tag, scalar);
                    if (scalar.Value.Length > _options.MaxStringLength)
                    {
                        _diagnostics.Add("PACE113", string.Empty, SpanOf(scalar), new("length", scalar.Value.Length), new("limit", _options.MaxStringLength));
                        throw new LimitException();
                    }

                    Count(1, scalar);
                    _lastEnd = scalar.End;
                    Next();
                    var plain = scalar.Tag.IsEmpty ? scalar.Style == ScalarStyle.Plain : NumberTags.Contains(scalar.Tag.Value);
                    node = Anchor(scalar.Anchor, Located(new YamlScalar(SpanOf(scalar), scalar.Value, plain, scalar.Tag.IsEmpty ? scalar.Style : ScalarStyle.Any), scalar));
                    break;

                case SequenceStart start:
                    CheckDepth(open.Count, start);
                    CheckTag(start.Tag, start);
                    Count(1, start);
                    Next();
                    open.Push(new OpenCollection(Located(new YamlSequence(SpanOf(start), start.Style == SequenceStyle.Flow), start), start.Anchor, start.Style == SequenceStyle.Flow));
                    continue;

                case MappingStart start:
                    CheckDepth(open.Count, start);
                    CheckTag(start.Tag, start);
                    Count(1, start);
                    Next();
                    open.Push(new OpenCollection(Located(new YamlMapping(SpanOf(start), start.Style == MappingStyle.Flow), start), start.Anchor, start.Style == MappingStyle.Flow));
                    continue;

                default:
                    throw new OwnSyntaxError(current.Start, current.End, _diagnostics.Phrase("ParserStopped"));
            }

            if (open.Count == 0)
            {
                return node;
            }

            open.Peek().Add(node);
        }
    }

    /// <summary>
    /// The first character YAML does not allow in a stream (outside its printable set: C0 controls but tab and line
    /// breaks, DEL, C1 controls but NEL, U+FFFE, U+FFFF and surrogates that are not part of a pair), with its 1-based line
    /// and column; index -1 when there is none. YamlDotNet accepts most of these in plain text; Pace does not, so a
    /// stray control character pasted into a chart is reported where it stands instead of printed on the PDF.
    /// </summary>
    internal static (int Index, int Line, int Column) ForbiddenCharacter(string text)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            // Lines are counted as YamlDotNet counts them (YAML 1.1 breaks: LF, CR, CRLF, NEL, LS, PS).
            if (c is '\n' or '\u0085' or '\u2028' or '\u2029' || (c is '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
                continue;
            }

            if (c is '\t' or '\r' || c is >= ' ' and <= '~' || c is >= '\u00A0' and <= '\uD7FF' || c is >= '\uE000' and <= '\uFFFD')
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            return (i, line, i - lineStart + 1);
        }

        return (-1, 0, 0);
    }

    private YamlNodeBase Anchor(AnchorName anchor, YamlNodeBase node)
    {
        // An anchor is known from the end of its node on, so an alias inside its own node names nothing (no cycles).
        if (!anchor.IsEmpty)
        {
            UsesAliases = true;
            _anchors[anchor.Value] = node;
        }

        return node;
    }

    private void CheckDepth(int depth, ParsingEvent at)
    {
        if (depth > _options.MaxDepth)
        {
            _diagnostics.Add("PACE111", string.Empty, SpanOf(at), new MessageArgument("limit", _options.MaxDepth));
            throw new LimitException();
        }
    }

    /// <summary>Counts nodes as if aliases were expanded, and stops a "billion laughs" file early.</summary>
    private void Count(long nodes, ParsingEvent at)
    {
        _expanded = nodes > long.MaxValue - _expanded ? long.MaxValue : _expanded + nodes;
        if (_expanded > _options.MaxNodes)
        {
            _diagnostics.Add("PACE112", string.Empty, SpanOf(at), new MessageArgument("limit", _options.MaxNodes));
            throw new LimitException();
        }
    }

    private void CheckTag(TagName tag, ParsingEvent at)
    {
        if (!tag.IsEmpty && !tag.IsNonSpecific && !CoreTags.Contains(tag.Value))
        {
            _diagnostics.Add("PACE114", string.Empty, SpanOf(at), new MessageArgument("feature", _diagnostics.Phrase("FeatureTag", new MessageArgument("tag", tag.Value))));
            throw new LimitException();
        }
    }

    /// <summary>Moves the parser on; end of input and YamlDotNet's non-YAML exceptions become <see cref="YamlException"/>s.</summary>
    private void Next()
    {
        if (++_events % EventsBetweenChecks == 0)
        {
            Cancellation.ThrowIfCancellationRequested();
        }

        bool moved;
        try
        {
            moved = _parser.MoveNext();
        }
        catch (YamlException)
        {
            throw;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or OverflowException
                                      or IndexOutOfRangeException or KeyNotFoundException or NullReferenceException)
        {
            var at = _scanner.CurrentPosition;
            throw new OwnSyntaxError(at, at, _diagnostics.Phrase("ParserStopped"), e);
        }

        if (!moved)
        {
            throw UnexpectedEnd();
        }
    }

    private OwnSyntaxError UnexpectedEnd()
    {
        var at = _scanner.CurrentPosition;
        return new OwnSyntaxError(at, at, _diagnostics.Phrase("ParserStopped"));
    }

    private SourceSpan SpanOf(ParsingEvent e) => Span(e.Start, e.End);

    /// <summary>Gives a new node the offsets of the event it was made from (a collection's end is set when it closes).</summary>
    private static T Located<T>(T node, ParsingEvent e)
        where T : YamlNodeBase
    {
        node.Start = Offset(e.Start);
        node.End = Offset(e.End);
        return node;
    }

    private static int Offset(Mark mark) => (int)Math.Clamp(mark.Index, 0, int.MaxValue);

    /// <summary>
    /// Where a collection ends, so its span covers all of it: just after a flow collection's closing bracket (which
    /// YamlDotNet marks with an empty range at the bracket), or at the end of a block collection's last child (its end
    /// event stands where the next thing begins, possibly lines later).
    /// </summary>
    private Mark CollectionEnd(OpenCollection done, ParsingEvent end)
    {
        if (done.Flow)
        {
            return end.End.Index == end.Start.Index ? new Mark(end.End.Index + 1, end.End.Line, end.End.Column + 1) : end.End;
        }

        return _lastEnd ?? end.Start;
    }

    private SourceSpan Span(Mark start, Mark end) =>
        new(_file, Clamp(start.Line), Clamp(start.Column), Clamp(end.Line), Clamp(end.Column));

    private static int Clamp(long position) => (int)Math.Clamp(position, 1, int.MaxValue);

    /// <summary>
    /// The span moved inside the text: at the end of input the parser reports the position after the last line break
    /// (line 8, column 1 of a seven-line file), a line no editor shows. The end of the last line is where the reader
    /// gave up.
    /// </summary>
    private static SourceSpan WithinText(SourceSpan span, string text)
    {
        var source = new SourceText(text);
        var last = Math.Max(1, source.LineCount);
        var lastEnd = (source.Line(last)?.Length ?? 0) + 1;
        (int Line, int Column) Clamp(int line, int column) =>
            line > last ? (last, lastEnd) : (line, line == last ? Math.Min(column, lastEnd) : column);
        var (startLine, startColumn) = Clamp(span.StartLine, span.StartColumn);
        var (endLine, endColumn) = Clamp(span.EndLine, span.EndColumn);
        return span with { StartLine = startLine, StartColumn = startColumn, EndLine = endLine, EndColumn = endColumn };
    }

    /// <summary>YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (…): "; the location is printed separately.</summary>
    private static string CleanMessage(string message)
    {
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        var text = cut >= 0 && message.StartsWith("(Line", StringComparison.Ordinal) ? message[(cut + 3)..] : message;
        return text.Trim().TrimEnd('.') + ".";
    }

    /// <summary>A syntax error Pace found itself, worded already in the diagnostics' language.</summary>
    private sealed class OwnSyntaxError(Mark start, Mark end, string message, Exception? inner = null) : YamlException(start, end, message, inner);

    /// <summary>A sequence or mapping whose items are still being read.</summary>
    private sealed class OpenCollection(YamlNodeBase node, AnchorName anchor, bool flow)
    {
        private YamlNodeBase? _pendingKey;

        /// <summary>Written in brackets (<c>[…]</c>, <c>{…}</c>) rather than as an indented block.</summary>
        public bool Flow { get; } = flow;

        public YamlNodeBase Node { get; } = node;

        public AnchorName Anchor { get; } = anchor;

        public void Add(YamlNodeBase item)
        {
            Node.Weight = item.Weight > long.MaxValue - Node.Weight ? long.MaxValue : Node.Weight + item.Weight;
            if (Node is YamlSequence sequence)
            {
                sequence.Items.Add(item);
            }
            else if (_pendingKey is null)
            {
                _pendingKey = item;
            }
            else
            {
                ((YamlMapping)Node).Entries.Add(new(_pendingKey, item));
                _pendingKey = null;
            }
        }
    }

    private sealed class LimitException : Exception
    {
        public override string Message => string.Create(CultureInfo.InvariantCulture, $"A reader limit was reached.");
    }
}
