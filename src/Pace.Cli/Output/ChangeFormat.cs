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

        output.WriteLine("| | change | process / function | KPI / person | before | after |");
        output.WriteLine("| --- | --- | --- | --- | --- | --- |");
        foreach (var c in changes)
        {
            output.WriteLine($"| {Sign(c.Kind)} | {Title(c.Kind)} | {Cell(c.Function ?? c.Process)} | {Cell(c.Person ?? c.Kpi)} | {Cell(c.Before)} | {Cell(c.After)} |");
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
        ChangeKind.FunctionAdded => $"function \"{c.Function}\" added",
        ChangeKind.FunctionRemoved => $"function \"{c.Function}\" removed",
        ChangeKind.FunctionOwnerChanged => $"function \"{c.Function}\": owner {Value(c.Before)} → {Value(c.After)}",
        ChangeKind.StepPersonAdded => $"process \"{c.Process}\": {c.Person} joins step \"{c.After}\"",
        ChangeKind.StepPersonRemoved => $"process \"{c.Process}\": {c.Person} leaves step \"{c.Before}\"",
        ChangeKind.StepPersonMoved => $"process \"{c.Process}\": {c.Person} moves from step \"{c.Before}\" to \"{c.After}\"",
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
        ChangeKind.FunctionAdded => "Function added",
        ChangeKind.FunctionRemoved => "Function removed",
        ChangeKind.FunctionOwnerChanged => "Seat holder",
        ChangeKind.StepPersonAdded => "Joins step",
        ChangeKind.StepPersonRemoved => "Leaves step",
        ChangeKind.StepPersonMoved => "Moves step",
        _ => "KPI owner",
    };

    private static char Sign(ChangeKind kind) => kind switch
    {
        ChangeKind.ProcessAdded or ChangeKind.KpiAdded or ChangeKind.FunctionAdded or ChangeKind.StepPersonAdded => '+',
        ChangeKind.ProcessRemoved or ChangeKind.KpiRemoved or ChangeKind.FunctionRemoved or ChangeKind.StepPersonRemoved => '-',
        _ => '~',
    };

    private static string Value(string? value) => value ?? "(none)";

    /// <summary>Markdown table cells may not hold '|' or line breaks.</summary>
    private static string Cell(string? value) =>
        value is null ? string.Empty : value.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
