namespace Pace.Cli.Tests;

/// <summary>What scripts read: <c>diff --format json</c> and <c>export</c> of folders, globs and several files.</summary>
public class ScriptOutputTests
{
    [Test]
    public void Diff_json_names_each_change_its_process_function_and_person()
    {
        var dir = PaceTool.TempFolder();
        var old = Path.Combine(dir, "old.pace.yaml");
        var current = Path.Combine(dir, "new.pace.yaml");
        var text = File.ReadAllText(PaceTool.Example("acme-software.pace.yaml"));
        File.WriteAllText(old, text);
        File.WriteAllText(current, text
            .Replace("  - name: Marketing\n    owner: sanne\n", "  - name: Marketing\n    owner: eva\n", StringComparison.Ordinal)
            .Replace("{ name: Bezoeken, people: bram,", "{ name: Bezoeken, people: [bram, eva],", StringComparison.Ordinal));
        var (exit, output, _) = PaceTool.Run("diff", old, current, "--format", "json", "--exit-code");
        Assert.That(exit, Is.EqualTo(1), "--exit-code holds for json as for text");
        using var doc = System.Text.Json.JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.That(root.GetProperty("version").GetInt32(), Is.EqualTo(1));
        Assert.That(root.GetProperty("old").GetString(), Is.EqualTo(old));
        Assert.That(root.GetProperty("new").GetString(), Is.EqualTo(current));
        var changes = root.GetProperty("changes").EnumerateArray().ToList();
        Assert.That(root.GetProperty("count").GetInt32(), Is.EqualTo(changes.Count));
        Assert.That(changes.Select(c => c.GetProperty("kind").GetString()), Is.EquivalentTo(new[] { "function-owner-changed", "step-person-added" }));

        var seat = changes.Single(c => c.GetProperty("kind").GetString() == "function-owner-changed");
        Assert.Multiple(() =>
        {
            Assert.That(seat.GetProperty("function").GetString(), Is.EqualTo("Marketing"));
            Assert.That(seat.GetProperty("process").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Null), "a seat belongs to no process");
            Assert.That(seat.GetProperty("before").GetString(), Is.EqualTo("Sanne de Vries"));
            Assert.That(seat.GetProperty("after").GetString(), Is.EqualTo("Eva Bakker"));
        });
        var step = changes.Single(c => c.GetProperty("kind").GetString() == "step-person-added");
        Assert.Multiple(() =>
        {
            Assert.That(step.GetProperty("process").GetString(), Is.Not.Empty);
            Assert.That(step.GetProperty("person").GetString(), Is.EqualTo("Eva Bakker"));
            Assert.That(step.GetProperty("after").GetString(), Is.EqualTo("Bezoeken"));
            Assert.That(step.GetProperty("kpi").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Null));
        });
    }

    [Test]
    public void Diff_json_of_the_same_chart_has_no_changes()
    {
        var chart = PaceTool.Example("technical-wholesaler.pace.yaml");
        using var doc = System.Text.Json.JsonDocument.Parse(PaceTool.Run("diff", chart, chart, "--format", "json").Out);
        Assert.That(doc.RootElement.GetProperty("changes").GetArrayLength(), Is.EqualTo(0));
        Assert.That(doc.RootElement.GetProperty("count").GetInt32(), Is.EqualTo(0));
    }

    [Test]
    public void Export_takes_a_folder_a_quoted_glob_and_several_files_alike()
    {
        var dir = PaceTool.TempFolder();
        var charts = Path.Combine(dir, "charts");
        Directory.CreateDirectory(Path.Combine(charts, "team"));
        var first = Path.Combine(charts, "a.pace.yaml");
        var second = Path.Combine(charts, "team", "b.pace.yaml");
        File.Copy(PaceTool.Example("technical-wholesaler.pace.yaml"), first);
        File.Copy(PaceTool.Example("brightleaf-foods.pace.yaml"), second);
        File.WriteAllText(Path.Combine(charts, "notes.txt"), "not a chart");

        var byFolder = PaceTool.Run("export", charts, "--format", "csv");
        var byGlob = PaceTool.Run("export", Path.Combine(charts, "**", "*.pace.yaml"), "--format", "csv");
        var byFiles = PaceTool.Run("export", first, second, "--format", "csv");
        Assert.That(byFolder.Exit, Is.EqualTo(0), byFolder.Err);
        Assert.That(byGlob.Exit, Is.EqualTo(0), byGlob.Err);
        var rows = byFolder.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(rows[0], Does.EndWith(",file"), "several charts: each row names its file");
        Assert.That(rows.Skip(1).Select(r => r[(r.LastIndexOf(',') + 1)..]).Distinct(), Is.EqualTo(new[] { first, second }));
        Assert.That(rows.Count(r => r.EndsWith(first, StringComparison.Ordinal)), Is.EqualTo(12), "the wholesaler's 12 KPIs");
        Assert.That(byGlob.Out, Is.EqualTo(byFolder.Out));
        Assert.That(byFiles.Out, Is.EqualTo(byFolder.Out));

        using var json = System.Text.Json.JsonDocument.Parse(PaceTool.Run("export", charts, "--format", "json").Out);
        Assert.That(json.RootElement.EnumerateArray().Select(c => c.GetProperty("file").GetString()), Is.EqualTo(new[] { first, second }));
        var markdown = PaceTool.Run("export", charts).Out.Split('\n');
        Assert.That(markdown.Count(l => l.StartsWith("## ", StringComparison.Ordinal)), Is.EqualTo(2), "a section per chart");
    }

    [Test]
    public void Export_of_a_folder_without_charts_or_a_glob_that_matches_nothing_is_a_user_error()
    {
        var empty = PaceTool.TempFolder();
        var folder = PaceTool.Run("export", empty);
        Assert.That(folder.Exit, Is.EqualTo(2));
        Assert.That(folder.Out, Is.Empty, "nothing exported");
        Assert.That(folder.Err, Does.Contain("matches no chart files"));
        var glob = PaceTool.Run("export", Path.Combine(empty, "*.pace.yaml"));
        Assert.That(glob.Exit, Is.EqualTo(2));
        Assert.That(glob.Out, Is.Empty);
        Assert.That(glob.Err, Does.Contain("matches no chart files"));
    }
}
