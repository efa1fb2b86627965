namespace Pace.Yaml;

/// <summary>Edits inside brackets and braces (<c>kpis: [{name: Leads}, {name: Kosten}]</c>), keeping the <c>, </c> between items right.</summary>
internal sealed partial class ChartPatcher
{
    private void FlowMapping(YamlMapping node, WrittenMapping old, WrittenMapping now)
    {
        var inText = node.Entries.Select(e => (Key: (YamlScalar)e.Key, e.Value)).ToList();
        var elements = inText.Select(e => (e.Key.Start, End: EntryEnd(e.Key, e.Value))).ToList();
        var kept = new HashSet<int>();
        var added = new List<(int? After, string Text)>();
        if (now.Ordered)
        {
            Check(inText.Count == old.Entries.Count);
            Matching.Apply(
                Matching.Match(now.Entries, old.Entries, [.. inText.Select(e => e.Key.Span)]),
                inText.Count,
                keep: (i, j) =>
                {
                    kept.Add(j);
                    if (old.Entries[j].Key != now.Entries[i].Key)
                    {
                        Scalar(inText[j].Key, now.Entries[i].Key, inFlow: true);
                    }

                    Entry(inText[j].Key, inText[j].Value, old.Entries[j].Value, now.Entries[i].Value, 0, inFlow: true);
                },
                remove: _ => { },
                insert: (i, afterKept) => added.Add((afterKept, FlowEntry(now.Entries[i]))));
        }
        else
        {
            var oldByKey = old.Entries.ToDictionary(e => e.Key.Value, e => e.Value, StringComparer.Ordinal);
            var nowByKey = now.Entries.ToDictionary(e => e.Key.Value, e => e.Value, StringComparer.Ordinal);
            var position = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var j = 0; j < inText.Count; j++)
            {
                position.TryAdd(inText[j].Key.Value, j);
                if (nowByKey.TryGetValue(inText[j].Key.Value, out var written))
                {
                    kept.Add(j);
                    Entry(inText[j].Key, inText[j].Value, oldByKey.GetValueOrDefault(inText[j].Key.Value), written, 0, inFlow: true);
                }
                else if (!oldByKey.ContainsKey(inText[j].Key.Value))
                {
                    kept.Add(j); // a key with a value the writer leaves out: it stays
                }
            }

            // A new key goes after the nearest key before it in the format's order, else first.
            int? after = null;
            foreach (var entry in now.Entries)
            {
                if (!position.TryGetValue(entry.Key.Value, out var j))
                {
                    added.Add((after, FlowEntry(entry)));
                }
                else if (kept.Contains(j))
                {
                    after = j;
                }
            }
        }

        FlowElements(node, elements, kept, added, now);
    }

    private void FlowSequence(YamlSequence node, WrittenSequence old, WrittenSequence now)
    {
        Check(node.Items.Count == old.Items.Count);
        var kept = new HashSet<int>();
        var added = new List<(int? After, string Text)>();
        Matching.Apply(
            Matching.Match(now.Items, old.Items, [.. node.Items.Select(i => i.Span)]),
            node.Items.Count,
            keep: (i, j) =>
            {
                kept.Add(j);
                Item(node.Items[j], old.Items[j], now.Items[i], inFlow: true);
            },
            remove: _ => { },
            insert: (i, afterKept) => added.Add((afterKept, YamlPrinter.Inline(now.Items[i], inFlow: true))));
        FlowElements(node, [.. node.Items.Select(i => (i.Start, i.End))], kept, added, now);
    }

    /// <summary>
    /// Removes the elements not kept with the <c>, </c> before them (or, before the first kept one, after them) and adds
    /// new ones after the element they follow, or first. With none kept, the collection is written anew.
    /// </summary>
    private void FlowElements(YamlNodeBase collection, List<(int Start, int End)> elements, HashSet<int> kept, List<(int? After, string Text)> added, Written now)
    {
        if (kept.Count == 0)
        {
            _edits.Replace(collection.Start, collection.End, YamlPrinter.Inline(now, inFlow: true));
            return;
        }

        var firstKept = kept.Min();
        if (firstKept > 0)
        {
            _edits.Replace(elements[0].Start, elements[firstKept].Start, string.Empty);
        }

        for (var j = firstKept + 1; j < elements.Count; j++)
        {
            if (!kept.Contains(j))
            {
                _edits.Replace(elements[j - 1].End, elements[j].End, string.Empty);
            }
        }

        foreach (var (after, text) in added)
        {
            if (after is { } j)
            {
                _edits.Replace(elements[j].End, elements[j].End, ", " + text);
            }
            else
            {
                _edits.Replace(elements[0].Start, elements[0].Start, text + ", ");
            }
        }
    }

    private static string FlowEntry(WrittenEntry entry) =>
        YamlPrinter.Scalar(entry.Key, null, inFlow: true) + ": " + YamlPrinter.Inline(entry.Value, inFlow: true);
}
