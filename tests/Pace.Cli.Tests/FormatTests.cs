using System.Text.Json;
using NJsonSchema;

namespace Pace.Cli.Tests;

/// <summary>Each output format of <c>pace validate</c> on the broken examples.</summary>
public class FormatTests
{
    private static string Invalid(string name) => PaceTool.Example(Path.Combine("invalid", name));

    [Test]
    public void Text_shows_the_source_line_and_a_caret_under_the_span()
    {
        var (_, output, _) = PaceTool.Run("validate", Invalid("two-owners.pace.yaml"), "--lang", "en");
        var lines = output.Split('\n');
        var at = Array.FindIndex(lines, l => l.Contains("error PACE002", StringComparison.Ordinal));
        Assert.That(lines[at + 1], Is.EqualTo(" 13 |     owner: [Bram, Eva]"));
        Assert.That(lines[at + 2], Is.EqualTo("    |            ^^^^^^^^^^^"));
    }

    [Test]
    public void Text_is_coloured_only_when_asked()
    {
        using var stdout = new StringWriter();
        PaceCommand.Run(["validate", Invalid("two-owners.pace.yaml")], stdout, TextWriter.Null, color: true);
        Assert.That(stdout.ToString(), Does.Contain("\u001b[31m"));
        Assert.That(PaceTool.Run("validate", Invalid("two-owners.pace.yaml")).Out, Does.Not.Contain("\u001b["));
    }

    [Test]
    public void Json_has_the_documented_shape()
    {
        var (exit, output, _) = PaceTool.Run("validate", Invalid("duplicate-names.pace.yaml"), Invalid("unknown-key.pace.yaml"), "--format", "json");
        Assert.That(exit, Is.EqualTo(1));
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.That(root.GetProperty("version").GetInt32(), Is.EqualTo(1));
        var charts = root.GetProperty("charts").EnumerateArray().ToList();
        Assert.That(charts, Has.Count.EqualTo(2));
        Assert.That(charts[1].GetProperty("loaded").GetBoolean(), Is.False);
        var finding = charts[0].GetProperty("findings").EnumerateArray().First(f => f.GetProperty("code").GetString() == "PACE004");
        Assert.Multiple(() =>
        {
            Assert.That(finding.GetProperty("severity").GetString(), Is.EqualTo("error"));
            Assert.That(finding.GetProperty("line").GetInt32(), Is.EqualTo(16));
            Assert.That(finding.GetProperty("column").GetInt32(), Is.EqualTo(11));
            Assert.That(finding.GetProperty("path").GetString(), Is.EqualTo("processes[3].name"));
            Assert.That(finding.GetProperty("arguments")[0].GetString(), Is.EqualTo("Sales"));
            Assert.That(finding.GetProperty("argumentNames").EnumerateArray().Select(n => n.GetString()), Is.EqualTo(new[] { "process", "count" }), "each argument's placeholder, in the same order");
            Assert.That(root.GetProperty("summary").GetProperty("charts").GetInt32(), Is.EqualTo(2));
            Assert.That(root.GetProperty("summary").GetProperty("errors").GetInt32(), Is.GreaterThanOrEqualTo(3));
        });
    }

    [Test]
    public void GitHub_prints_workflow_annotations()
    {
        var file = Invalid("two-owners.pace.yaml");
        var (_, output, _) = PaceTool.Run("validate", file, "--format", "github", "--lang", "en");
        var line = output.Split('\n').Single(l => l.Contains("PACE002", StringComparison.Ordinal));
        Assert.That(line, Does.StartWith($"::error file={file},line=13,col=12,endLine=13,endColumn=23,title=PACE002::Process 'Van lead naar deal' has 2 owners (Bram, Eva);"));
    }

    [Test]
    public void MsBuild_prints_the_canonical_error_format()
    {
        var file = Invalid("two-owners.pace.yaml");
        var (_, output, _) = PaceTool.Run("validate", file, "--format", "msbuild", "--lang", "en");
        Assert.That(output, Does.Contain($"{file}(13,12): error PACE002: Process 'Van lead naar deal' has 2 owners"));
    }

    [Test]
    public async Task Sarif_is_valid_against_the_SARIF_2_1_0_schema()
    {
        var (_, output, _) = PaceTool.Run("validate", Invalid("duplicate-names.pace.yaml"), Invalid("broken-yaml.pace.yaml"), PaceTool.Example("acme-software.pace.yaml"), "--format", "sarif");
        // Vendored from the npm package @microsoft/jest-sarif (TestData/sarif/README.md), so the test never needs the network.
        var schema = await JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "TestData", "sarif", "sarif-2.1.0-rtm.5.json"));
        var errors = schema.Validate(output);
        Assert.That(errors.Select(e => $"{e.Path}: {e.Kind}"), Is.Empty);

        using var doc = JsonDocument.Parse(output);
        var run = doc.RootElement.GetProperty("runs")[0];
        var result = run.GetProperty("results").EnumerateArray().First(r => r.GetProperty("ruleId").GetString() == "PACE006");
        var region = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.That((region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32()), Is.EqualTo((18, 37)));
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.That(rules[result.GetProperty("ruleIndex").GetInt32()], Is.EqualTo("PACE006"));
    }

    [Test]
    public void Max_warnings_fails_a_run_with_too_many_warnings()
    {
        var dir = PaceTool.TempFolder();
        var file = Path.Combine(dir, "c.pace.yaml");
        File.WriteAllText(file, "pace: 1\norganization: X\nprocesses: []\nrules:\n  PACE001: warning\n");
        Assert.That(PaceTool.Run("validate", file, "--max-warnings", "1").Exit, Is.EqualTo(0));
        var (exit, _, error) = PaceTool.Run("validate", file, "--max-warnings", "0");
        Assert.That(exit, Is.EqualTo(1));
        Assert.That(error, Does.Contain("more than --max-warnings 0"));
    }
}
