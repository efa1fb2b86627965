using System.Text.Json;
using NJsonSchema;

namespace Pace.Cli.Tests;

/// <summary>
/// A team's own check from <c>pace.config.yaml</c> through the command: reported with its code and level, counted in
/// the exit code, switched off by <c>--rule</c>, and a broken check refused as a located configuration error.
/// </summary>
public class TeamCheckCommandTests
{
    private static string Repository(string config)
    {
        var folder = PaceTool.TempFolder();
        Directory.CreateDirectory(Path.Combine(folder, ".git"));
        File.Copy(PaceTool.Example("acme-software.pace.yaml"), Path.Combine(folder, "acme.pace.yaml"));
        File.WriteAllText(Path.Combine(folder, "pace.config.yaml"), config);
        return folder;
    }

    [Test]
    public void A_team_check_is_reported_with_its_code_and_fails_the_run_at_error_level()
    {
        var folder = Repository("checks:\n  - code: ACME001\n    level: error\n    units: [EUR, '%', dagen]\n");
        try
        {
            var (exit, output, error) = PaceTool.Run("validate", Path.Combine(folder, "acme.pace.yaml"));
            var lines = output.Split('\n').Where(l => l.Contains(" ACME001: ", StringComparison.Ordinal)).ToList();
            Assert.Multiple(() =>
            {
                Assert.That(exit, Is.EqualTo(1), output + error);
                Assert.That(lines, Has.Count.EqualTo(6), output);
                Assert.That(lines, Has.All.Contains("error ACME001: KPI '"));
                Assert.That(lines, Has.Some.Contains("'uur'"));
            });

            var (offExit, offOutput, _) = PaceTool.Run("validate", Path.Combine(folder, "acme.pace.yaml"), "--rule", "acme001=off");
            Assert.That(offOutput, Does.Not.Contain("ACME001"));
            Assert.That(offExit, Is.EqualTo(0), offOutput);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void A_broken_team_check_is_a_configuration_error_with_its_place()
    {
        var folder = Repository("checks:\n  - code: PACE900\n    units: [EUR]\n");
        try
        {
            var (exit, output, error) = PaceTool.Run("validate", Path.Combine(folder, "acme.pace.yaml"));
            Assert.Multiple(() =>
            {
                Assert.That(exit, Is.EqualTo(2), output + error);
                Assert.That(output + error, Does.Contain("pace.config.yaml:2:11: error PACE120:"));
                Assert.That(output + error, Does.Not.Contain("   at "));
            });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public async Task Sarif_describes_a_team_check_in_the_findings_language_and_its_results_point_at_it()
    {
        var folder = Repository("checks:\n  - code: ACME001\n    level: error\n    units: [EUR, '%', dagen]\n  - code: ACME002\n    level: info\n    max-kpis-per-person: 1\n");
        try
        {
            var chart = Path.Combine(folder, "acme.pace.yaml");
            var (_, output, error) = PaceTool.Run("validate", chart, "--format", "sarif");
            var (_, english, _) = PaceTool.Run("validate", chart, "--format", "sarif", "--lang", "en");
            var schema = await JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "TestData", "sarif", "sarif-2.1.0-rtm.5.json"));
            Assert.That(schema.Validate(output).Select(e => $"{e.Path}: {e.Kind}"), Is.Empty, error);

            using var doc = JsonDocument.Parse(output);
            using var englishDoc = JsonDocument.Parse(english);
            var run = doc.RootElement.GetProperty("runs")[0];
            var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
            var units = rules.Single(r => r.GetProperty("id").GetString() == "ACME001");
            var load = rules.Single(r => r.GetProperty("id").GetString() == "ACME002");
            var englishUnits = englishDoc.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules")
                .EnumerateArray().Single(r => r.GetProperty("id").GetString() == "ACME001");
            string Text(JsonElement rule, string property) => rule.GetProperty(property).GetProperty("text").GetString()!;
            Assert.Multiple(() =>
            {
                Assert.That((units.GetProperty("name").GetString(), load.GetProperty("name").GetString()), Is.EqualTo(("TeamUnits", "TeamMaxKpisPerPerson")));
                Assert.That(units.GetProperty("defaultConfiguration").GetProperty("level").GetString(), Is.EqualTo("error"), "the check's own level");
                Assert.That(load.GetProperty("defaultConfiguration").GetProperty("level").GetString(), Is.EqualTo("note"), "info is SARIF's note");
                Assert.That(units.TryGetProperty("helpUri", out _) || load.TryGetProperty("helpUri", out _), Is.False, "a team check has no page to point at");
                Assert.That(Text(units, "shortDescription"), Does.Contain("EUR, %, dagen").And.EndsWith("."));
                Assert.That(Text(load, "shortDescription"), Does.Contain(" 1 "));
                Assert.That(Text(units, "fullDescription"), Does.StartWith("ACME001 ").And.Contain(Text(units, "shortDescription")).And.Contain("ACME001=off"));
                Assert.That(units.GetProperty("help").GetProperty("markdown").GetString(), Is.Not.Empty);
                Assert.That(Text(units, "shortDescription"), Is.Not.EqualTo(Text(englishUnits, "shortDescription")), "the Dutch chart's findings are Dutch, and so is the rule");
                Assert.That(Text(englishUnits, "shortDescription"), Does.Contain("EUR, %, dagen"));

                // Every result names its rule by index as well as by id.
                foreach (var result in run.GetProperty("results").EnumerateArray())
                {
                    var id = result.GetProperty("ruleId").GetString();
                    Assert.That(rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString(), Is.EqualTo(id));
                }

                Assert.That(run.GetProperty("results").EnumerateArray().Count(r => r.GetProperty("ruleId").GetString() == "ACME001"), Is.EqualTo(6));
            });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
