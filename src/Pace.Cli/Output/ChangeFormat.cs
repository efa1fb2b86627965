using Pace.Comparison;

namespace Pace.Cli.Output;

/// <summary>Prints chart changes as plain lines for a terminal, or as a Markdown table for a pull-request comment.</summary>
internal static class ChangeFormat
{
    public static void WriteText(TextWriter output, IReadOnlyList<ChartChange> changes)
    {
        if (changes.Count == 0)
        {
            output.WriteLine("No accountability changes.");
            return;
        }

        foreach (var c in changes)
        {
            output.WriteLine($"{Sign(c.Kind)} {Describe(c)}");
        }

        output.WriteLine(changes.Count == 1 ? "1 change." : $"{changes.Count} changes.");
    }

    public static void WriteMarkdown(TextWriter output, IReadOnlyList<ChartChange> changes, string before, string after)
    {
        output.WriteLine($"### Accountability changes: `{before}` → `{after}`");
        output.WriteLine();
        if (changes.Count == 0)
        {
            output.WriteLine("No accountability changes.");
            return;
        }

        output.WriteLine("| | change | process | KPI | before | after |");
        output.WriteLine("| --- | --- | --- | --- | --- | --- |");
        foreach (var c in changes)
        {
            output.WriteLine($"| {Sign(c.Kind)} | {Title(c.Kind)} | {Cell(c.Process)} | {Cell(c.Kpi)} | {Cell(c.Before)} | {Cell(c.After)} |");
        }
    }

    private static string Describe(ChartChange c) => c.Kind switch
    {
        ChangeKind.ProcessAdded => $"process \"{c.Process}\" added",
        ChangeKind.ProcessRemoved => $"process \"{c.Process}\" removed",
        ChangeKind.ProcessRenamed => $"process \"{c.Before}\" renamed to \"{c.After}\"",
        ChangeKind.OwnerChanged => $"process \"{c.Process}\": owner {Value(c.Before)} → {Value(c.After)}",
        ChangeKind.KpiAdded => $"process \"{c.Process}\": KPI \"{c.Kpi}\" added",
        ChangeKind.KpiRemoved => $"process \"{c.Process}\": KPI \"{c.Kpi}\" removed",
        _ => $"process \"{c.Process}\", KPI \"{c.Kpi}\": {Title(c.Kind).ToLowerInvariant()} {Value(c.Before)} → {Value(c.After)}",
    };

    private static string Title(ChangeKind kind) => kind switch
    {
        ChangeKind.ProcessAdded => "Process added",
        ChangeKind.ProcessRemoved => "Process removed",
        ChangeKind.ProcessRenamed => "Process renamed",
        ChangeKind.OwnerChanged => "Owner",
        ChangeKind.KpiAdded => "KPI added",
        ChangeKind.KpiRemoved => "KPI removed",
        ChangeKind.TargetChanged => "Target",
        ChangeKind.CadenceChanged => "Cadence",
        ChangeKind.UnitChanged => "Unit",
        ChangeKind.DirectionChanged => "Direction",
        _ => "KPI owner",
    };

    private static char Sign(ChangeKind kind) => kind switch
    {
        ChangeKind.ProcessAdded or ChangeKind.KpiAdded => '+',
        ChangeKind.ProcessRemoved or ChangeKind.KpiRemoved => '-',
        _ => '~',
    };

    private static string Value(string? value) => value ?? "(none)";

    /// <summary>Markdown table cells may not hold '|' or line breaks.</summary>
    private static string Cell(string? value) =>
        value is null ? string.Empty : value.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
