using System.Text.Json;
using Pace.Cli.Output.Escaping;
using Pace.Comparison;

namespace Pace.Cli.Output;

/// <summary>The formats of <c>pace diff</c>.</summary>
internal enum DiffFormat
{
    Text,
    Markdown,
    Json,
}

/// <summary>
/// Prints chart changes as plain lines for a terminal, as a Markdown table for a pull-request comment, or as JSON for
/// scripts. Names are escaped for each (<see cref="LineText"/>, <see cref="MarkdownText"/>, <see cref="JsonText"/>).
/// </summary>
internal static class ChangeFormat
{
    public static IReadOnlyList<(string Name, DiffFormat Value)> Names { get; } =
        [("text", DiffFormat.Text), ("markdown", DiffFormat.Markdown), ("json", DiffFormat.Json)];

    public static void Write(TextWriter output, DiffFormat format, IReadOnlyList<ChartChange> changes, string before, string after)
    {
        switch (format)
        {
            case DiffFormat.Markdown:
                WriteMarkdown(output, changes, before, after);
                break;
            case DiffFormat.Json:
                WriteJson(output, changes, before, after);
                break;
            default:
                WriteText(output, changes);
                break;
        }
    }

    private static void WriteText(TextWriter output, IReadOnlyList<ChartChange> changes)
    {
        if (changes.Count == 0)
        {
            output.WriteLine("No accountability changes.");
            return;
        }

        foreach (var c in changes)
        {
            output.WriteLine($"{Sign(c.Kind)} {LineText.Text(Describe(c))}");
        }

        output.WriteLine(changes.Count == 1 ? "1 change." : $"{changes.Count} changes.");
    }

    private static void WriteMarkdown(TextWriter output, IReadOnlyList<ChartChange> changes, string before, string after)
    {
        output.WriteLine($"### Accountability changes: {MarkdownText.Text(before)} → {MarkdownText.Text(after)}");
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

    /// <summary>
    /// <c>{ version, old, new, changes: [{ kind, process, kpi, function, person, before, after }], count }</c>;
    /// <c>kind</c> is the change's name in kebab case (<c>owner-changed</c>), absent values are <c>null</c>.
    /// </summary>
    private static void WriteJson(TextWriter output, IReadOnlyList<ChartChange> changes, string before, string after)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonText.Options))
        {
            json.WriteStartObject();
            json.WriteNumber("version", 1);
            json.WriteString("old", before);
            json.WriteString("new", after);
            json.WriteStartArray("changes");
            foreach (var c in changes)
            {
                json.WriteStartObject();
                json.WriteString("kind", KindName(c.Kind));
                json.WriteString("process", c.Process.Length == 0 ? null : c.Process);
                json.WriteString("kpi", c.Kpi);
                json.WriteString("function", c.Function);
                json.WriteString("person", c.Person);
                json.WriteString("before", c.Before);
                json.WriteString("after", c.After);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteNumber("count", changes.Count);
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    /// <summary><see cref="ChangeKind.OwnerChanged"/> → <c>owner-changed</c>.</summary>
    private static string KindName(ChangeKind kind)
    {
        var name = kind.ToString();
        var builder = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
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

    private static string Cell(string? value) => value is null ? string.Empty : MarkdownText.Text(value);
}
