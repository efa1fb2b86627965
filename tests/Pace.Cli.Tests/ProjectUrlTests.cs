using System.Text.Json;
using System.Xml.Linq;
using Pace.Yaml;

namespace Pace.Cli.Tests;

/// <summary>
/// One place sets the project's URL (PaceProjectUrl in Directory.Build.props) and every address Pace prints or packs
/// derives from it; the $schema line of a new chart is one an editor can load.
/// </summary>
public class ProjectUrlTests
{
    private static string ProjectUrl { get; } =
        XDocument.Load(RepoFiles.Path("Directory.Build.props")).Descendants("PaceProjectUrl").Single().Value;

    [Test]
    public void The_schemas_ids_are_their_raw_addresses_in_the_projects_repository()
    {
        Assert.That(ProjectUrl, Does.StartWith("https://github.com/"));
        var raw = "https://raw.githubusercontent.com/" + ProjectUrl["https://github.com/".Length..].TrimEnd('/') + "/main/schema/";
        Assert.That(ChartSchema.Id, Is.EqualTo(raw + "pace.schema.json"));
        using var config = JsonDocument.Parse(File.ReadAllText(RepoFiles.Path("schema", "pace.config.schema.json")));
        Assert.That(config.RootElement.GetProperty("$id").GetString(), Is.EqualTo(raw + "pace.config.schema.json"), "the hand-written configuration schema keeps up with the property");
    }

    [Test]
    public void No_source_file_writes_the_address_itself()
    {
        var found = Directory.EnumerateFiles(RepoFiles.Path("src"), "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".props", StringComparison.Ordinal) || f.EndsWith(".targets", StringComparison.Ordinal) || f.EndsWith(".csproj", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains(ProjectUrl["https://".Length..], StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(RepoFiles.Root, f));
        Assert.That(found, Is.Empty, "derive it from PaceProjectUrl (the PaceProjectUrl assembly metadata) instead");
    }

    [Test]
    public void Init_points_a_new_chart_at_the_published_schema_or_at_one_nearby()
    {
        var repository = PaceTool.TempFolder();
        Directory.CreateDirectory(Path.Combine(repository, ".git"));
        var chart = Path.Combine(repository, "charts", "acme.pace.yaml");
        Assert.That(PaceTool.Run("init", chart).Exit, Is.EqualTo(0));
        Assert.That(File.ReadLines(chart).First(), Is.EqualTo("# yaml-language-server: $schema=" + ChartSchema.Id));

        Assert.That(PaceTool.Run("schema", "-o", Path.Combine(repository, "pace.schema.json")).Exit, Is.EqualTo(0));
        var second = Path.Combine(repository, "charts", "team.pace.yaml");
        Assert.That(PaceTool.Run("init", second, "--lang", "nl").Exit, Is.EqualTo(0));
        Assert.That(File.ReadLines(second).First(), Is.EqualTo("# yaml-language-server: $schema=../pace.schema.json"), "a relative path, which works offline");
        Assert.That(PaceTool.Run("validate", second).Exit, Is.EqualTo(0), "the starter chart still validates clean");
    }
}
