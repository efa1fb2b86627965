using System.Globalization;

namespace Pace.Comparison;

/// <summary>
/// Compares two versions of a chart for what matters to accountability: processes, owners, KPIs, targets and cadences,
/// the FACe's seats and who takes part in each step.
/// A chart in git can then show every goal that changed mid-quarter, instead of it changing silently.
/// </summary>
public static class ChartComparer
{
    /// <summary>The changes from <paramref name="before"/> to <paramref name="after"/>, in the new chart's order.</summary>
    /// <param name="before">The old chart.</param>
    /// <param name="after">The new chart.</param>
    /// <returns>The changes; empty when accountability did not change.</returns>
    public static IReadOnlyList<ChartChange> Compare(Chart before, Chart after)
    {
        var changes = new List<ChartChange>();
        var oldByName = before.Processes.Where(p => p.Name is not null).GroupBy(p => Key(p.Name)).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var newNames = after.Processes.Select(p => Key(p.Name)).ToHashSet(StringComparer.Ordinal);
        var removed = before.Processes.Where(p => !newNames.Contains(Key(p.Name))).ToList();

        for (var i = 0; i < after.Processes.Count; i++)
        {
            var process = after.Processes[i];
            var name = process.Name ?? string.Empty;
            if (oldByName.TryGetValue(Key(process.Name), out var old))
            {
                CompareProcess(before, old, after, process, changes);
                continue;
            }

            var renamedFrom = FindRename(process, i, before, removed);
            if (renamedFrom is null)
            {
                changes.Add(new ChartChange(ChangeKind.ProcessAdded, name, null, null, name));
                continue;
            }

            removed.Remove(renamedFrom);
            changes.Add(new ChartChange(ChangeKind.ProcessRenamed, name, null, renamedFrom.Name, name));
            CompareProcess(before, renamedFrom, after, process, changes);
        }

        changes.AddRange(removed.Select(p => new ChartChange(ChangeKind.ProcessRemoved, p.Name ?? string.Empty, null, p.Name, null)));
        FaceChanges.Compare(before, after, changes);
        return changes;
    }

    private static void CompareProcess(Chart beforeChart, CoreProcess before, Chart afterChart, CoreProcess after, List<ChartChange> changes)
    {
        var name = after.Name ?? string.Empty;
        var oldOwner = Owners(beforeChart, before.Owners);
        var newOwner = Owners(afterChart, after.Owners);
        if (!string.Equals(oldOwner, newOwner, StringComparison.Ordinal))
        {
            changes.Add(new ChartChange(ChangeKind.OwnerChanged, name, null, oldOwner, newOwner));
        }

        var oldKpis = before.Kpis.Where(k => k.Name is not null).GroupBy(k => Key(k.Name)).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var newKeys = after.Kpis.Select(k => Key(k.Name)).ToHashSet(StringComparer.Ordinal);
        foreach (var kpi in after.Kpis)
        {
            if (!oldKpis.TryGetValue(Key(kpi.Name), out var old))
            {
                changes.Add(new ChartChange(ChangeKind.KpiAdded, name, kpi.Name, null, kpi.Name));
                continue;
            }

            Add(changes, ChangeKind.TargetChanged, name, kpi.Name, Number(old.Target), Number(kpi.Target));
            Add(changes, ChangeKind.CadenceChanged, name, kpi.Name, Lower(old.Cadence), Lower(kpi.Cadence));
            Add(changes, ChangeKind.UnitChanged, name, kpi.Name, old.Unit, kpi.Unit);
            Add(changes, ChangeKind.DirectionChanged, name, kpi.Name, Lower(old.EffectiveBetter), Lower(kpi.EffectiveBetter));
            Add(changes, ChangeKind.KpiOwnerChanged, name, kpi.Name, Person(beforeChart, old.Owner), Person(afterChart, kpi.Owner));
        }

        changes.AddRange(before.Kpis.Where(k => !newKeys.Contains(Key(k.Name))).Select(k => new ChartChange(ChangeKind.KpiRemoved, name, k.Name, k.Name, null)));
        FaceChanges.CompareSteps(beforeChart, before, afterChart, after, changes);
    }

    /// <summary>
    /// A new process that is an old one renamed: it shares at least two KPI names with it, or it stands in the same
    /// place with the same owner.
    /// </summary>
    private static CoreProcess? FindRename(CoreProcess process, int index, Chart before, List<CoreProcess> candidates)
    {
        var kpis = process.Kpis.Select(k => Key(k.Name)).ToHashSet(StringComparer.Ordinal);
        var byKpis = candidates
            .Select(c => (Candidate: c, Shared: c.Kpis.Count(k => kpis.Contains(Key(k.Name)))))
            .Where(x => x.Shared >= 2)
            .OrderByDescending(x => x.Shared)
            .Select(x => x.Candidate)
            .FirstOrDefault();
        if (byKpis is not null)
        {
            return byKpis;
        }

        var samePlace = index < before.Processes.Count ? before.Processes[index] : null;
        return samePlace is not null && candidates.Contains(samePlace) && samePlace.Owners.SequenceEqual(process.Owners, StringComparer.Ordinal) && process.Owners.Count > 0
            ? samePlace
            : null;
    }

    private static void Add(List<ChartChange> changes, ChangeKind kind, string process, string? kpi, string? before, string? after)
    {
        if (!string.Equals(before, after, StringComparison.Ordinal))
        {
            changes.Add(new ChartChange(kind, process, kpi, before, after));
        }
    }

    internal static string Key(string? name) => (name ?? string.Empty).Trim().ToUpperInvariant();

    internal static string? Owners(Chart chart, IReadOnlyList<string> owners) =>
        owners.Count == 0 ? null : string.Join(", ", owners.Select(o => Person(chart, o)));

    internal static string? Person(Chart chart, string? id) => id is null ? null : chart.FindPerson(id)?.Name ?? id;

    private static string? Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? Lower<T>(T? value)
        where T : struct, Enum => value?.ToString().ToLowerInvariant();

    private static string Lower<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();
}
