namespace Pace.Cli.Tests;

public class DiffExportTests
{
    private static (string Old, string New) Pair(Func<string, string> change)
    {
        var dir = PaceTool.TempFolder();
        var old = Path.Combine(dir, "old.pace.yaml");
        var current = Path.Combine(dir, "new.pace.yaml");
        var text = File.ReadAllText(PaceTool.Example("technical-wholesaler.pace.yaml"));
        File.WriteAllText(old, text);
        File.WriteAllText(current, change(text));
        return (old, current);
    }

    [Test]
    public void Diff_reports_owner_target_cadence_kpi_and_process_changes()
    {
        var (old, current) = Pair(t => t
            .Replace("    owner: henk\n", "    owner: yusuf\n", StringComparison.Ordinal)
            .Replace("        target: 25000\n", "        target: 30000\n", StringComparison.Ordinal)
            .Replace("      - name: Cost of sales\n        unit: \"%\"\n        target: 8\n        better: lower\n        cadence: month\n", "      - name: Cost of sales\n        unit: \"%\"\n        target: 8\n        better: lower\n        cadence: quarter\n", StringComparison.Ordinal)
            .Replace("name: Right first time", "name: Working first time", StringComparison.Ordinal)
            .Replace("name: From service call to customer who stays", "name: From service call to loyal customer", StringComparison.Ordinal));
        var (exit, output, _) = PaceTool.Run("diff", old, current);
        Assert.That(exit, Is.EqualTo(0), "without --exit-code a diff is not a failure");
        Assert.That(output.Split('\n', StringSplitOptions.RemoveEmptyEntries), Is.EqualTo(new[]
        {
            "~ process \"From quote to confirmed order\", KPI \"Order intake\": target 25000 → 30000",
            "~ process \"From quote to confirmed order\", KPI \"Cost of sales\": cadence month → quarter",
            "~ process \"From stock to delivered on site\": owner Henk Willems → Yusuf Kaya",
            "+ process \"From delivery to working installation\": KPI \"Working first time\" added",
            "- process \"From delivery to working installation\": KPI \"Right first time\" removed",
            "~ process \"From service call to customer who stays\" renamed to \"From service call to loyal customer\"",
            "6 changes.",
        }));
    }

    [Test]
    public void Diff_exit_code_is_1_only_when_something_changed()
    {
        var (same, same2) = Pair(t => t);
        Assert.That(PaceTool.Run("diff", same, same2, "--exit-code").Exit, Is.EqualTo(0));
        Assert.That(PaceTool.Run("diff", same, same2).Out.Trim(), Is.EqualTo("No accountability changes."));
        var (old, current) = Pair(t => t.Replace("    owner: anouk\n", "    owner: marieke\n", StringComparison.Ordinal));
        Assert.That(PaceTool.Run("diff", old, current, "--exit-code").Exit, Is.EqualTo(1));
    }

    [Test]
    public void Diff_adds_and_removes_processes_and_prints_markdown()
    {
        var (old, current) = Pair(t => t.Replace("  - name: From service call to customer who stays", "  - name: Keep customers happy", StringComparison.Ordinal)
            .Replace("    owner: anouk\n    kpis:\n      - name: Contract renewal rate", "    owner: marieke\n    kpis:\n      - name: Renewals", StringComparison.Ordinal)
            .Replace("name: Calls fixed on the first visit", "name: First-visit fixes", StringComparison.Ordinal));
        var (_, output, _) = PaceTool.Run("diff", old, current, "--format", "markdown");
        var lines = output.Split('\n');
        Assert.That(lines[0], Is.EqualTo($"### Accountability changes: {old} → {current}"), "paths as escaped Markdown text (these have nothing to escape)");
        Assert.That(lines, Does.Contain("| + | Process added | Keep customers happy |  |  | Keep customers happy |"));
        Assert.That(lines, Does.Contain("| - | Process removed | From service call to customer who stays |  | From service call to customer who stays |  |"));
    }

    [Test]
    public void Diff_of_a_chart_that_does_not_load_is_a_finding()
    {
        var (old, current) = Pair(t => t.Replace("pace: 1", "pace: [", StringComparison.Ordinal));
        var (exit, _, error) = PaceTool.Run("diff", old, current);
        Assert.That(exit, Is.EqualTo(1));
        Assert.That(error, Does.Contain("error PACE100"));
    }

    [Test]
    public void Export_csv_has_a_header_and_one_row_per_kpi_with_quoting()
    {
        var (exit, output, _) = PaceTool.Run("export", PaceTool.Example("technical-wholesaler.pace.yaml"), "--format", "csv");
        Assert.That(exit, Is.EqualTo(0));
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(rows, Has.Length.EqualTo(1 + 12));
        Assert.That(rows[0], Does.StartWith("#,process,input,outcome,owner,role,kpi,unit,target,better,cadence"));
        Assert.That(rows[1], Is.EqualTo("1,From quote to confirmed order,Requests for quotation,Confirmed orders,Marieke van Dijk,Director of Orders That Arrive Complete,Order intake,EUR,25000,higher,week,lagging,output,fast,hard,team,better,Marieke van Dijk"));
    }

    [Test]
    public void Export_markdown_and_json()
    {
        var md = PaceTool.Run("export", PaceTool.Example("technical-wholesaler.pace.yaml")).Out.Split('\n');
        Assert.That(md[0], Is.EqualTo("## Van Dijk Installatietechniek — Process Accountability Chart 2027"));
        Assert.That(md.Count(l => l.StartsWith("| ", StringComparison.Ordinal)), Is.EqualTo(14), "header, separator and 12 KPIs");
        var json = PaceTool.Run("export", PaceTool.Example("technical-wholesaler.pace.yaml"), "-f", "json").Out;
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        Assert.That(doc.RootElement.GetProperty("processes")[1].GetProperty("kpis")[1].GetProperty("reporter").GetString(), Is.EqualTo("henk"));
    }
}
