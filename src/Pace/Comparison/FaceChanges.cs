namespace Pace.Comparison;

/// <summary>
/// The FACe's part of a comparison: seats added, removed and changing hands, and people joining, leaving or moving
/// between the steps of a process. Functions are matched by name (case does not count), people by id.
/// </summary>
internal static class FaceChanges
{
    private const string Vacant = "(vacant)";

    public static void Compare(Chart before, Chart after, List<ChartChange> changes)
    {
        var old = (before.Functions ?? []).Where(f => f.Name is not null).GroupBy(f => ChartComparer.Key(f.Name)).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var current = (after.Functions ?? []).Select(f => ChartComparer.Key(f.Name)).ToHashSet(StringComparer.Ordinal);
        foreach (var function in after.Functions ?? [])
        {
            var name = function.Name ?? string.Empty;
            if (!old.TryGetValue(ChartComparer.Key(function.Name), out var was))
            {
                changes.Add(new ChartChange(ChangeKind.FunctionAdded, string.Empty, null, null, name) { Function = name });
                continue;
            }

            var holderBefore = Holder(before, was);
            var holderAfter = Holder(after, function);
            if (!string.Equals(holderBefore, holderAfter, StringComparison.Ordinal))
            {
                changes.Add(new ChartChange(ChangeKind.FunctionOwnerChanged, string.Empty, null, holderBefore, holderAfter) { Function = name });
            }
        }

        changes.AddRange((before.Functions ?? [])
            .Where(f => !current.Contains(ChartComparer.Key(f.Name)))
            .Select(f => new ChartChange(ChangeKind.FunctionRemoved, string.Empty, null, f.Name, null) { Function = f.Name ?? string.Empty }));
    }

    /// <summary>
    /// Who joined, left or moved between the steps of one process. A person who left exactly one step and joined
    /// exactly one other is a move; anything else is reported as joins and leaves.
    /// </summary>
    public static void CompareSteps(Chart beforeChart, CoreProcess before, Chart afterChart, CoreProcess after, List<ChartChange> changes)
    {
        var process = after.Name ?? string.Empty;
        var was = StepsByPerson(before);
        var now = StepsByPerson(after);
        foreach (var person in now.Keys.Concat(was.Keys).Distinct(StringComparer.Ordinal))
        {
            var left = (was.GetValueOrDefault(person) ?? []).Except(now.GetValueOrDefault(person) ?? [], StringComparer.Ordinal).ToList();
            var joined = (now.GetValueOrDefault(person) ?? []).Except(was.GetValueOrDefault(person) ?? [], StringComparer.Ordinal).ToList();
            var name = ChartComparer.Person(afterChart, person) ?? ChartComparer.Person(beforeChart, person);
            if (left.Count == 1 && joined.Count == 1)
            {
                changes.Add(new ChartChange(ChangeKind.StepPersonMoved, process, null, left[0], joined[0]) { Person = name });
                continue;
            }

            changes.AddRange(joined.Select(step => new ChartChange(ChangeKind.StepPersonAdded, process, null, null, step) { Person = name }));
            changes.AddRange(left.Select(step => new ChartChange(ChangeKind.StepPersonRemoved, process, null, step, null) { Person = name }));
        }
    }

    private static string? Holder(Chart chart, Function function) =>
        function.Vacant && function.Owners.Count == 0 ? Vacant : ChartComparer.Owners(chart, function.Owners);

    private static Dictionary<string, List<string>> StepsByPerson(CoreProcess process)
    {
        var map = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var step in process.Steps)
        {
            foreach (var person in step.People.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).Distinct(StringComparer.Ordinal))
            {
                if (!map.TryGetValue(person, out var steps))
                {
                    map[person] = steps = [];
                }

                steps.Add(step.Name ?? string.Empty);
            }
        }

        return map;
    }
}
