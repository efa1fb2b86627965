namespace Pace.Yaml;

/// <summary>
/// Pairs the items of a list to write with the items of the list in the text, for <see cref="ChartPatcher"/>: first by
/// where an item was read from, then, for items built in code, by being equal to an item not yet paired. Of the pairs,
/// the longest run in the text's order stays in place; other items are removed from the text or added to it.
/// </summary>
internal static class Matching
{
    /// <summary>For each item to write, the index of its item in the text, or -1.</summary>
    /// <param name="now">The items to write.</param>
    /// <param name="old">The items as read, in the text's order.</param>
    /// <param name="spans">Where each item as read stands in the text.</param>
    public static int[] Match<T>(IReadOnlyList<T> now, IReadOnlyList<T> old, IReadOnlyList<SourceSpan> spans)
        where T : Written
    {
        var byOrigin = new Dictionary<Origin, int>();
        for (var j = 0; j < spans.Count; j++)
        {
            byOrigin.TryAdd(new Origin(spans[j].StartLine, spans[j].StartColumn), j);
        }

        var used = new bool[old.Count];
        var result = new int[now.Count];
        for (var i = 0; i < now.Count; i++)
        {
            result[i] = now[i].From.Value is { } origin && byOrigin.TryGetValue(origin, out var j) && !used[j] ? j : -1;
            if (result[i] >= 0)
            {
                used[result[i]] = true;
            }
        }

        for (var i = 0; i < now.Count; i++)
        {
            for (var j = 0; j < old.Count && result[i] < 0; j++)
            {
                if (!used[j] && old[j] == now[i])
                {
                    result[i] = j;
                    used[j] = true;
                }
            }
        }

        return result;
    }

    /// <summary>
    /// Calls <paramref name="keep"/> for each pair that stays (item to write, item in the text) and
    /// <paramref name="insert"/> for each item to add (with the text item it follows, if any), in the order of the items
    /// to write; then <paramref name="remove"/> for each item of the text that goes.
    /// </summary>
    public static void Apply(int[] matches, int inText, Action<int, int> keep, Action<int> remove, Action<int, int?> insert)
    {
        var kept = LongestIncreasingRun(matches);
        var staying = new HashSet<int>();
        int? last = null;
        for (var i = 0; i < matches.Length; i++)
        {
            if (kept.Contains(i))
            {
                keep(i, matches[i]);
                staying.Add(matches[i]);
                last = matches[i];
            }
            else
            {
                insert(i, last);
            }
        }

        for (var j = 0; j < inText; j++)
        {
            if (!staying.Contains(j))
            {
                remove(j);
            }
        }
    }

    /// <summary>The positions of the longest run of paired items whose text indexes increase (patience sorting).</summary>
    private static HashSet<int> LongestIncreasingRun(int[] matches)
    {
        var tails = new List<int>(); // position in matches of the smallest tail of a run of each length
        var previous = new int[matches.Length];
        for (var i = 0; i < matches.Length; i++)
        {
            if (matches[i] < 0)
            {
                continue;
            }

            int low = 0, high = tails.Count;
            while (low < high)
            {
                var mid = (low + high) / 2;
                if (matches[tails[mid]] < matches[i])
                {
                    low = mid + 1;
                }
                else
                {
                    high = mid;
                }
            }

            previous[i] = low > 0 ? tails[low - 1] : -1;
            if (low == tails.Count)
            {
                tails.Add(i);
            }
            else
            {
                tails[low] = i;
            }
        }

        var run = new HashSet<int>();
        for (var i = tails.Count > 0 ? tails[^1] : -1; i >= 0; i = previous[i])
        {
            run.Add(i);
        }

        return run;
    }
}
