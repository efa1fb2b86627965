using NJsonSchema;
using YamlDotNet.RepresentationModel;

namespace Pace.Cli.Tests;

public class InitSchemaTests
{
    [TestCase("en")]
    [TestCase("nl")]
    public void Init_writes_a_starter_chart_that_validates_clean(string lang)
    {
        var file = Path.Combine(PaceTool.TempFolder(), "chart.pace.yaml");
        var (exit, output, _) = PaceTool.Run("init", file, "--lang", lang);
        Assert.That(exit, Is.EqualTo(0));
        Assert.That(output, Does.Contain("Wrote " + file));
        var check = PaceTool.Run("validate", file);
        Assert.That(check.Out, Does.Contain("1 chart checked: no findings."), check.Out);
        Assert.That(File.ReadAllText(file), Does.Contain(lang == "nl" ? "language: nl" : "language: en"));
    }

    [TestCase("en")]
    [TestCase("nl")]
    public void Init_with_face_writes_a_FACe_that_agrees_with_the_processes_and_validates_clean(string lang)
    {
        var file = Path.Combine(PaceTool.TempFolder(), "chart.pace.yaml");
        Assert.That(PaceTool.Run("init", file, "--lang", lang, "--with-face").Exit, Is.EqualTo(0));
        var check = ChartChecker.Default.CheckFile(file);
        Assert.Multiple(() =>
        {
            Assert.That(check.Diagnostics, Is.Empty, string.Join("\n", check.Diagnostics));
            Assert.That(check.Chart!.Functions, Has.Count.EqualTo(4));
            Assert.That(check.Chart.Processes.Select(p => p.Owner), Is.SubsetOf(check.Chart.Functions!.Select(f => f.Owner)), "every process owner holds a seat");
        });
    }

    [Test]
    public void Init_creates_the_folder_of_a_new_chart()
    {
        var file = Path.Combine(PaceTool.TempFolder(), "charts", "new", "acme.pace.yaml");
        Assert.That(PaceTool.Run("init", file).Exit, Is.EqualTo(0));
        Assert.That(File.Exists(file), Is.True);
    }

    [Test]
    public void Init_never_overwrites()
    {
        var file = Path.Combine(PaceTool.TempFolder(), "chart.pace.yaml");
        File.WriteAllText(file, "mine");
        var (exit, _, error) = PaceTool.Run("init", file);
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(error.Trim(), Is.EqualTo($"pace: {file} already exists; pace init never overwrites a file — choose another name"));
        Assert.That(File.ReadAllText(file), Is.EqualTo("mine"));
    }

    [Test]
    public void Schema_command_prints_the_committed_schema()
    {
        var (exit, output, _) = PaceTool.Run("schema");
        Assert.That(exit, Is.EqualTo(0));
        Assert.That(output, Is.EqualTo(File.ReadAllText(RepoFiles.Path("schema", "pace.schema.json"))),
            "schema/pace.schema.json is stale: regenerate it with 'dotnet run --project src/Pace.Cli -- schema > schema/pace.schema.json'");
    }

    private static IEnumerable<string> Charts() =>
        Directory.GetFiles(RepoFiles.Path("examples"), "*.pace.yaml").Order(StringComparer.Ordinal)
            .Concat(Directory.GetFiles(RepoFiles.Path("src", "Pace.Cli", "Templates"), "*.pace.yaml").Order(StringComparer.Ordinal));

    [TestCaseSource(nameof(Charts))]
    public async Task Valid_charts_validate_against_the_schema(string file)
    {
        var schema = await JsonSchema.FromJsonAsync(await File.ReadAllTextAsync(RepoFiles.Path("schema", "pace.schema.json")));
        var errors = schema.Validate(YamlToJson.Convert(file));
        Assert.That(errors.Select(e => $"{e.Path}: {e.Kind}"), Is.Empty);
    }

    [TestCase("pace: 1\norganization: X\nprocesses:\n  - name: A\n    ownr: Ann\n", "ownr")]
    [TestCase("pace: 1\norganization: X\nprocesses:\n  - name: A\n    kpis: [{name: K, cadence: weekly}]\n", "cadence")]
    [TestCase("pace: 1\norganization: X\nprocesses:\n  - name: A\n    kpis: [{name: K, actuals: {2026-W54: 1}}]\n", "2026-W54")]
    [TestCase("pace: 2\norganization: X\nprocesses: []\n", "pace")]
    public async Task Schema_rejects_what_the_reader_rejects(string yaml, string where)
    {
        var file = Path.Combine(PaceTool.TempFolder(), "bad.pace.yaml");
        await File.WriteAllTextAsync(file, yaml);
        Assert.That(PaceTool.Run("validate", file).Exit, Is.EqualTo(1), "the reader rejects it");
        var schema = await JsonSchema.FromJsonAsync(await File.ReadAllTextAsync(RepoFiles.Path("schema", "pace.schema.json")));
        var errors = schema.Validate(YamlToJson.Convert(file));
        Assert.That(errors, Is.Not.Empty, "the schema rejects it too");
        Assert.That(string.Join(" ", errors.Select(e => e.ToString())), Does.Contain(where));
    }
}

/// <summary>YAML to JSON with YAML 1.2's core schema: plain numbers, booleans and null keep their types; all else is text.</summary>
internal static class YamlToJson
{
    public static string Convert(string file)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(file))
        {
            stream.Load(reader);
        }

        return System.Text.Json.JsonSerializer.Serialize(ToObject(stream.Documents[0].RootNode));
    }

    private static object? ToObject(YamlNode node) => node switch
    {
        YamlMappingNode map => map.Children.ToDictionary(e => ((YamlScalarNode)e.Key).Value!, e => ToObject(e.Value)),
        YamlSequenceNode seq => seq.Children.Select(ToObject).ToList(),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } s => Plain(s.Value ?? string.Empty),
        YamlScalarNode s => s.Value,
        _ => null,
    };

    private static object? Plain(string value)
    {
        if (value is "" or "~" or "null")
        {
            return null;
        }

        if (value is "true" or "false")
        {
            return value == "true";
        }

        return decimal.TryParse(value.Replace("_", string.Empty, StringComparison.Ordinal), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number)
            && System.Text.RegularExpressions.Regex.IsMatch(value, @"^[-+]?[\d_]+(\.\d*)?([eE][-+]?\d+)?$")
            ? number
            : value;
    }
}
