namespace Pace.Cli.Tests;

/// <summary>Files, folders and globs, as every command takes them.</summary>
public class InputTests
{
    private static string Tree()
    {
        var dir = PaceTool.TempFolder();
        Directory.CreateDirectory(Path.Combine(dir, "charts", "nl"));
        Directory.CreateDirectory(Path.Combine(dir, "charts", ".hidden"));
        File.Copy(PaceTool.Example("acme-software.pace.yaml"), Path.Combine(dir, "charts", "nl", "acme.pace.yaml"));
        File.Copy(PaceTool.Example("technical-wholesaler.pace.yaml"), Path.Combine(dir, "charts", "wholesaler.pace.yaml"));
        File.Copy(PaceTool.Example("brightleaf-foods.pace.yaml"), Path.Combine(dir, "charts", ".hidden", "skip.pace.yaml"));
        File.WriteAllText(Path.Combine(dir, "charts", "notes.yaml"), "not: a chart\n");
        return dir;
    }

    private static string[] Checked(string output) =>
        [.. output.Split('\n').Where(l => l.StartsWith('{')).Select(l => l)];

    [Test]
    public void Recursive_glob_finds_charts_in_every_folder_but_hidden_ones()
    {
        var dir = Tree();
        var (_, output, _) = PaceTool.Run("validate", Path.Combine(dir, "charts", "**", "*.pace.yaml"), "--format", "json");
        using var doc = System.Text.Json.JsonDocument.Parse(output);
        var paths = doc.RootElement.GetProperty("charts").EnumerateArray().Select(c => c.GetProperty("path").GetString()!.Replace(dir, string.Empty, StringComparison.Ordinal)).ToList();
        Assert.That(paths, Is.EqualTo(new[] { "/charts/nl/acme.pace.yaml", "/charts/wholesaler.pace.yaml" }));
    }

    [Test]
    public void A_folder_stands_for_the_charts_under_it()
    {
        var dir = Tree();
        var (_, output, _) = PaceTool.Run("validate", Path.Combine(dir, "charts"));
        Assert.That(output, Does.Contain("2 charts checked"));
    }

    [Test]
    public void Single_star_matches_within_one_folder()
    {
        var dir = Tree();
        var (_, output, _) = PaceTool.Run("validate", Path.Combine(dir, "charts", "*.pace.yaml"));
        Assert.That(output, Does.Contain("1 chart checked"));
    }

    [Test]
    public void A_glob_that_matches_nothing_is_exit_2()
    {
        var dir = Tree();
        var (exit, _, error) = PaceTool.Run("validate", Path.Combine(dir, "charts", "*.pace.yml"));
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(error, Does.Contain("matches no chart files"));
    }

    [Test]
    public void A_file_named_twice_is_checked_once()
    {
        var file = PaceTool.Example("acme-software.pace.yaml");
        Assert.That(PaceTool.Run("validate", file, file).Out, Does.Contain("1 chart checked"));
    }
}
