using System.Text;

namespace Pace.Yaml;

/// <summary>Edits of indented blocks: keys and list items on lines of their own.</summary>
internal sealed partial class ChartPatcher
{
    /// <summary>The format's own keys, matched by name: edited where they stand, so the file's key order stays.</summary>
    private void BlockMapping(YamlMapping node, WrittenMapping old, WrittenMapping now)
    {
        var column = _edits.Column(node.Start);
        var oldByKey = old.Entries.ToDictionary(e => e.Key.Value, e => e.Value, StringComparer.Ordinal);
        var nowByKey = now.Entries.ToDictionary(e => e.Key.Value, e => e.Value, StringComparer.Ordinal);
        var inText = new Dictionary<string, (YamlScalar Key, YamlNodeBase Value)>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in node.Entries)
        {
            var key = (YamlScalar)keyNode;
            inText.TryAdd(key.Value, (key, value));
            if (nowByKey.TryGetValue(key.Value, out var written))
            {
                Entry(key, value, oldByKey.GetValueOrDefault(key.Value), written, column, inFlow: false);
            }
            else if (oldByKey.ContainsKey(key.Value))
            {
                RemoveEntry(key, value, column);
            }

            // Else the text has the key with a value the writer leaves out (empty, or an empty list): it stays.
        }

        for (var i = 0; i < now.Entries.Count; i++)
        {
            if (!inText.ContainsKey(now.Entries[i].Key.Value))
            {
                InsertEntry(now.Entries, i, inText, column);
            }
        }
    }

    /// <summary>A key that is new goes after the nearest key before it in the format's order, else before the nearest after it.</summary>
    private void InsertEntry(ValueList<WrittenEntry> entries, int index, Dictionary<string, (YamlScalar Key, YamlNodeBase Value)> inText, int column)
    {
        var lines = new StringBuilder();
        _printer.Entries(lines, [entries[index]], column, indentFirst: true);
        for (var before = index - 1; before >= 0; before--)
        {
            if (inText.TryGetValue(entries[before].Key.Value, out var entry))
            {
                _edits.InsertLines(_edits.NextLineStart(EntryEnd(entry.Key, entry.Value)), lines.ToString());
                return;
            }
        }

        var next = entries.Skip(index + 1).Select(e => inText.GetValueOrDefault(e.Key.Value)).First(e => e.Key is not null);
        var at = _edits.BeginsLine(next.Key.Start)
            ? _edits.CommentsAbove(_edits.LineStart(next.Key.Start), suppressionsOnly: false)
            : _edits.NextLineStart(EntryEnd(next.Key, next.Value)); // the first key of a list item, on the line of its "- "
        _edits.InsertLines(at, lines.ToString());
    }

    /// <summary>Actuals and rule settings: entries found by where they were read from, kept in the order written.</summary>
    private void OrderedBlockMapping(YamlMapping node, WrittenMapping old, WrittenMapping now)
    {
        var column = _edits.Column(node.Start);
        var inText = node.Entries.Select(e => (Key: (YamlScalar)e.Key, e.Value)).ToList();
        Check(inText.Count == old.Entries.Count);
        Matching.Apply(
            Matching.Match(now.Entries, old.Entries, [.. inText.Select(e => e.Key.Span)]),
            inText.Count,
            keep: (i, j) =>
            {
                if (old.Entries[j].Key != now.Entries[i].Key)
                {
                    Scalar(inText[j].Key, now.Entries[i].Key, inFlow: false);
                }

                Entry(inText[j].Key, inText[j].Value, old.Entries[j].Value, now.Entries[i].Value, column, inFlow: false);
            },
            remove: j => RemoveEntry(inText[j].Key, inText[j].Value, column),
            insert: (i, afterKept) =>
            {
                var lines = new StringBuilder();
                _printer.Entries(lines, [now.Entries[i]], column, indentFirst: true);
                var at = afterKept is { } j
                    ? _edits.NextLineStart(EntryEnd(inText[j].Key, inText[j].Value))
                    : _edits.CommentsAbove(_edits.LineStart(inText[0].Key.Start), suppressionsOnly: false);
                _edits.InsertLines(at, lines.ToString());
            });
    }

    /// <summary>People, processes, KPIs and lists of texts: items found by where they were read from, or by being equal.</summary>
    private void BlockSequence(YamlSequence node, WrittenSequence old, WrittenSequence now)
    {
        Check(node.Items.Count == old.Items.Count);
        var dashColumn = _edits.Column(node.Start);
        var first = node.Items[0];
        var dash = _edits.LineStart(first.Start) == _edits.LineStart(node.Start) ? first.Start - node.Start : _indentation.Dash;
        Matching.Apply(
            Matching.Match(now.Items, old.Items, [.. node.Items.Select(i => i.Span)]),
            node.Items.Count,
            keep: (i, j) => Item(node.Items[j], old.Items[j], now.Items[i], inFlow: false),
            remove: j => _edits.DeleteLines(
                _edits.CommentsAbove(_edits.LineStart(DashOf(node.Items[j])), suppressionsOnly: true),
                _edits.ContentEnd(node.Items[j])),
            insert: (i, afterKept) =>
            {
                var lines = new StringBuilder();
                _printer.Items(lines, [now.Items[i]], dashColumn, dash);
                var at = afterKept is { } j
                    ? _edits.NextLineStart(_edits.ContentEnd(node.Items[j]))
                    : _edits.CommentsAbove(_edits.LineStart(node.Start), suppressionsOnly: false);
                _edits.InsertLines(at, lines.ToString());
            });
    }

    /// <summary>Replaces a key's value, from just after its <c>:</c> to the end of the old value.</summary>
    private void Value(YamlScalar key, YamlNodeBase value, Written now, int column)
    {
        var afterColon = ColonAfter(key) + 1;
        var end = Math.Max(afterColon, _edits.ContentEnd(value));
        if (YamlPrinter.IsBlock(now))
        {
            var block = new StringBuilder();
            _printer.Value(block, now, column);
            _edits.Replace(afterColon, end, block.ToString(0, block.Length - 1));
        }
        else if (value is YamlScalar { Style: not (YamlDotNet.Core.ScalarStyle.Literal or YamlDotNet.Core.ScalarStyle.Folded) } or YamlMapping { Flow: true } or YamlSequence { Flow: true }
                 && value.End > value.Start && _edits.LineStart(value.Start) == _edits.LineStart(key.Start))
        {
            _edits.Replace(value.Start, end, YamlPrinter.Inline(now));
        }
        else
        {
            _edits.Replace(afterColon, end, " " + YamlPrinter.Inline(now));
        }
    }

    private void RemoveEntry(YamlScalar key, YamlNodeBase value, int column)
    {
        if (_edits.BeginsLine(key.Start))
        {
            _edits.DeleteLines(_edits.CommentsAbove(_edits.LineStart(key.Start), suppressionsOnly: true), EntryEnd(key, value));
        }
        else
        {
            // The first key of a list item shares its line with the "- ": YAML's null keeps the item's shape.
            Value(key, value, new WrittenScalar("~", IsText: false), column);
        }
    }

    /// <summary>Where the <c>-</c> of a list item stands: on the item's line, or on a line of its own above it.</summary>
    private int DashOf(YamlNodeBase item)
    {
        var at = item.Start - 1;
        while (at >= 0 && _edits.Text[at] is ' ' or '\t' or '\r' or '\n')
        {
            at--;
        }

        Check(at >= 0 && _edits.Text[at] == '-');
        return at;
    }

    /// <summary>Stops editing where the text is not as the edits expect; the caller then writes the chart anew.</summary>
    private static void Check(bool expected)
    {
        if (!expected)
        {
            throw new NotSupportedException("The chart text is not laid out as the edits expect.");
        }
    }
}
