using System.Text;
using YamlDotNet.Core;

namespace Pace.Yaml;

/// <summary>
/// Writes a chart back into the text it was read from, changing only what differs: it reads the text again, compares
/// the written form of the chart as read with that of the chart to write, and edits the text where they differ. An
/// edited value replaces exactly the old one (quoted as the old one was, where that still holds the new value); a key
/// or an item that is new gets lines of its own, indented as the file indents; one that is gone loses its lines, with
/// the <c># pace-disable-next-line</c> comments right above it, which would otherwise speak about the next line.
/// Everything else — comments, blank lines, key order, quoting — stays as it was, byte for byte.
/// </summary>
/// <remarks>
/// Parts are found in the text by where they were read from (the model's <c>Source</c>), or, for a part built in code,
/// by being equal to a part that is there. A text with anchors or aliases (one node in several places), a chart that
/// is not a block mapping, or two edits that would overlap are not edited: the caller then writes the chart anew.
/// </remarks>
internal sealed partial class ChartPatcher
{
    private static readonly ChartReaderOptions Unlimited = new()
    {
        MaxInputBytes = long.MaxValue,
        MaxDepth = int.MaxValue,
        MaxNodes = long.MaxValue,
        MaxStringLength = int.MaxValue,
    };

    private readonly TextEdits _edits;
    private readonly YamlPrinter _printer;
    private readonly Indentation _indentation;

    private ChartPatcher(string text, YamlMapping root)
    {
        _edits = new TextEdits(text);
        _indentation = IndentationOf(root, _edits);
        _printer = new YamlPrinter(_indentation);
    }

    /// <summary>The text with the chart written into it, or <see langword="null"/> when it cannot be edited.</summary>
    /// <exception cref="NotSupportedException">The text holds a construct the edits do not handle.</exception>
    public static string? Write(OriginalText source, Chart chart)
    {
        var diagnostics = new LoadDiagnostics(ChartLanguage.English);
        var builder = new YamlTreeBuilder(null, Unlimited, diagnostics);
        var root = builder.Build(source.Text);
        if (diagnostics.HasErrors || builder.UsesAliases || root is not YamlMapping { Flow: false } mapping)
        {
            return null;
        }

        var read = new ChartMapper(diagnostics).Map(root);
        if (read is null || diagnostics.HasErrors)
        {
            return null;
        }

        var patcher = new ChartPatcher(source.Text, mapping);
        patcher.Mapping(mapping, WrittenChart.Of(read), WrittenChart.Of(chart));
        return (source.ByteOrderMark ? "\uFEFF" : string.Empty) + patcher._edits.Apply();
    }

    /// <summary>Reads a text this class wrote, with no limits: it was read within them before.</summary>
    public static Chart? ReadBack(string text) => ChartReader.Read(text, options: Unlimited).Chart;

    private void Mapping(YamlMapping node, WrittenMapping old, WrittenMapping now)
    {
        if (old == now)
        {
            return;
        }

        if (node.Flow)
        {
            FlowMapping(node, old, now);
        }
        else if (now.Ordered)
        {
            OrderedBlockMapping(node, old, now);
        }
        else
        {
            BlockMapping(node, old, now);
        }
    }

    private void Sequence(YamlSequence node, WrittenSequence old, WrittenSequence now)
    {
        if (old == now)
        {
            return;
        }

        if (node.Flow)
        {
            FlowSequence(node, old, now);
        }
        else
        {
            BlockSequence(node, old, now);
        }
    }

    /// <summary>Edits one key's value: in place where the old value has the same shape, else written anew after the key.</summary>
    private void Entry(YamlScalar key, YamlNodeBase value, Written? old, Written now, int column, bool inFlow)
    {
        if (old == now)
        {
            return;
        }

        if (!Same(value, old, now, inFlow))
        {
            var restyled = Restyled(now, value);
            if (inFlow)
            {
                Replace(key, value, YamlPrinter.Inline(restyled, inFlow: true));
            }
            else
            {
                Value(key, value, restyled, column);
            }
        }
    }

    /// <summary>A list item: edited in place where it has the same shape, else written anew where it stands.</summary>
    private void Item(YamlNodeBase node, Written old, Written now, bool inFlow)
    {
        if (old != now && !Same(node, old, now, inFlow))
        {
            _edits.Replace(node.Start, _edits.ContentEnd(node), YamlPrinter.Inline(Restyled(now, node), inFlow));
        }
    }

    /// <summary>Edits a value in place when the text has it in the same shape (a scalar, a mapping, a list with items); else returns false.</summary>
    private bool Same(YamlNodeBase node, Written? old, Written now, bool inFlow)
    {
        switch (now)
        {
            case WrittenScalar scalar when node is YamlScalar text && text.End > text.Start:
                Scalar(text, scalar, inFlow);
                return true;
            case WrittenMapping { Entries.Count: > 0 } mapping when node is YamlMapping { Entries.Count: > 0 } inText && old is WrittenMapping oldMapping:
                Mapping(inText, oldMapping, mapping);
                return true;
            case WrittenSequence { Items.Count: > 0 } sequence when node is YamlSequence { Items.Count: > 0 } inText && old is WrittenSequence oldSequence
                                                                 && oldSequence.Items.Count == inText.Items.Count:
                Sequence(inText, oldSequence, sequence);
                return true;
            default:
                return false;
        }
    }

    /// <summary>A collection keeps the style the file gave it: on one line, or as a block.</summary>
    private static Written Restyled(Written now, YamlNodeBase inText) => (now, inText) switch
    {
        (WrittenSequence { Items.Count: > 0 } s, YamlSequence t) => s with { Flow = t.Flow },
        (WrittenMapping m, YamlMapping { Flow: true }) => m with { Flow = true },
        _ => now,
    };

    /// <summary>Replaces a scalar, in the quotes it had where they still hold the new text.</summary>
    private void Scalar(YamlScalar node, WrittenScalar now, bool inFlow)
    {
        ScalarStyle? style = node.Style switch
        {
            ScalarStyle.SingleQuoted when now.IsText && !ScalarQuoting.NeedsEscapes(now.Value) => ScalarStyle.SingleQuoted,
            ScalarStyle.DoubleQuoted when now.IsText => ScalarStyle.DoubleQuoted,
            _ => null,
        };
        _edits.Replace(node.Start, _edits.ContentEnd(node), YamlPrinter.Scalar(now, style, inFlow));
    }

    /// <summary>Replaces a value on one line: the old value, or, where it was empty, the nothing after the <c>:</c>.</summary>
    private void Replace(YamlScalar key, YamlNodeBase value, string text)
    {
        if (value.End > value.Start)
        {
            _edits.Replace(value.Start, _edits.ContentEnd(value), text);
        }
        else
        {
            var afterColon = ColonAfter(key) + 1;
            _edits.Replace(afterColon, afterColon, " " + text);
        }
    }

    private int EntryEnd(YamlScalar key, YamlNodeBase value) => Math.Max(key.End, _edits.ContentEnd(value));

    private int ColonAfter(YamlScalar key)
    {
        var at = key.End;
        while (at < _edits.Text.Length && _edits.Text[at] is ' ' or '\t')
        {
            at++;
        }

        return at < _edits.Text.Length && _edits.Text[at] == ':' ? at : throw new NotSupportedException("A key without a ':' after it.");
    }

    /// <summary>How the file indents, from its first mapping in a mapping and its first list of mappings; two spaces where it has none.</summary>
    private static Indentation IndentationOf(YamlMapping root, TextEdits text)
    {
        int? mapping = null, sequence = null, dash = null;
        var pending = new Stack<YamlMapping>([root]);
        while (pending.TryPop(out var node) && (mapping is null || sequence is null))
        {
            foreach (var (key, value) in node.Entries)
            {
                var keyColumn = text.Column(key.Start);
                if (value is YamlMapping { Flow: false, Entries.Count: > 0 } inner)
                {
                    mapping ??= text.Column(inner.Start) - keyColumn;
                    pending.Push(inner);
                }
                else if (value is YamlSequence { Flow: false, Items.Count: > 0 } list && text.LineStart(list.Start) != text.LineStart(key.Start))
                {
                    sequence ??= text.Column(list.Start) - keyColumn;
                    if (list.Items[0] is YamlMapping { Flow: false } item && text.LineStart(item.Start) == text.LineStart(list.Start))
                    {
                        dash ??= item.Start - list.Start;
                        pending.Push(item);
                    }
                }
            }
        }

        var fallback = Indentation.Default;
        return new Indentation(
            mapping is >= 1 and <= 16 ? mapping.Value : fallback.Mapping,
            sequence is >= 0 and <= 16 ? sequence.Value : fallback.Sequence,
            dash is >= 2 and <= 16 ? dash.Value : fallback.Dash);
    }
}
