using System.Text.Json;
using NJsonSchema;
using Pace.Validation;

namespace Pace.Cli.Tests;

/// <summary>What the command line's outputs say about the FACe: export tables, SARIF rule metadata, MSBuild lines.</summary>
public sealed class FaceOutputTests
{
    private static readonly string[] FaceRules = ["PACE030", "PACE031", "PACE032", "PACE033", "PACE034", "PACE035", "PACE036", "PACE037", "PACE038"];

    private static string Acme => PaceTool.Example("acme-software.pace.yaml");

    private static string[] FaceInvalid => Directory.GetFiles(PaceTool.Example("invalid"), "face-*.pace.yaml").Order(StringComparer.Ordinal).ToArray();

    [Test]
    public void Export_json_tables_carry_functions_and_steps_with_people()
    {
        var (exit, output, _) = PaceTool.Run("export", Acme, "-f", "json", "--table", "functions");
        var (stepsExit, stepsOutput, _) = PaceTool.Run("export", Acme, "-f", "json", "--table", "steps");
        using var doc = JsonDocument.Parse(output);
        using var stepsDoc = JsonDocument.Parse(stepsOutput);
        var functions = doc.RootElement.GetProperty("functions").EnumerateArray().ToList();
        var steps = stepsDoc.RootElement.GetProperty("steps").EnumerateArray().ToList();
        Assert.Multiple(() =>
        {
            Assert.That((exit, stepsExit), Is.EqualTo((0, 0)));
            Assert.That(doc.RootElement.TryGetProperty("steps", out _), Is.False, "a chosen table is printed alone");

            // Verkoop has two indicators: two rows; the open IT seat says so and names nobody.
            Assert.That(functions.Count(f => f.GetProperty("function").GetString() == "Verkoop"), Is.EqualTo(2));
            var it = functions.Single(f => f.GetProperty("function").GetString() == "IT");
            Assert.That((it.GetProperty("owner").GetString(), it.GetProperty("open seat").GetString()), Is.EqualTo((string.Empty, "yes")));
            Assert.That(functions.First().GetProperty("outcomes").GetString(), Is.EqualTo("Omzet; Nettowinst; Kaspositie"));

            var offer = steps.Single(s => s.GetProperty("step").GetString() == "Offreren");
            Assert.That(offer.GetProperty("people").GetString(), Is.EqualTo("Bram Jansen"));
            Assert.That(offer.GetProperty("kpi").GetString(), Is.EqualTo("Aantal offertes"));
            var close = steps.Single(s => s.GetProperty("step").GetString() == "Afsluiten");
            Assert.That((close.GetProperty("#").GetString(), close.GetProperty("functions").GetString()), Is.EqualTo(("2", "Verkoop, Financiën")));
        });
    }

    [Test]
    public void Export_csv_prints_the_table_asked_for()
    {
        var (_, functions, _) = PaceTool.Run("export", Acme, "-f", "csv", "--table", "functions");
        var (_, steps, _) = PaceTool.Run("export", Acme, "-f", "csv", "--table", "steps");
        var (_, kpis, _) = PaceTool.Run("export", Acme, "-f", "csv");
        Assert.Multiple(() =>
        {
            Assert.That(functions.Split('\n')[0], Is.EqualTo("function,owner,role,open seat,indicator,unit,target,better,cadence,outcomes"));
            Assert.That(functions.Split('\n'), Has.Some.EqualTo("Verkoop,Bram Jansen,Directeur Enthousiaste Klanten,no,Aantal offertes,offertes,6,higher,week,Getekende contractwaarde; Brutomarge nieuwe klanten"));
            Assert.That(steps.Split('\n'), Has.Some.EqualTo("2,Van lead naar deal,Opvolgen,\"Sanne de Vries, Bram Jansen\",\"Marketing, Verkoop\",,,,"));
            Assert.That(kpis.Split('\n')[0], Does.StartWith("#,process,input,outcome,owner"), "without --table, csv prints the KPIs as before");
        });
    }

    [Test]
    public void Export_markdown_adds_the_FACe_tables_only_to_a_chart_with_a_FACe()
    {
        var acme = PaceTool.Run("export", Acme).Out.Split('\n');
        var pace = PaceTool.Run("export", PaceTool.Example("technical-wholesaler.pace.yaml")).Out;
        Assert.Multiple(() =>
        {
            Assert.That(acme, Has.Member("### Functions").And.Member("### Steps"));
            Assert.That(acme, Has.Some.StartWith("| Klantenservice | Fatima El Amrani |"));
            Assert.That(pace, Does.Not.Contain("### "));
        });
    }

    [Test]
    public async Task Sarif_describes_every_FACe_rule_that_fires_and_stays_valid()
    {
        var (_, output, _) = PaceTool.Run(["validate", .. FaceInvalid, Acme, "--format", "sarif"]);
        var schema = await JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "TestData", "sarif", "sarif-2.1.0-rtm.5.json"));
        Assert.That(schema.Validate(output).Select(e => $"{e.Path}: {e.Kind}"), Is.Empty);

        using var doc = JsonDocument.Parse(output);
        var rules = doc.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
            .ToDictionary(r => r.GetProperty("id").GetString()!, r => r);
        var defaults = ChartValidator.Default.Rules.ToDictionary(r => r.Code, r => r.DefaultSeverity);
        Assert.Multiple(() =>
        {
            foreach (var code in FaceRules)
            {
                Assert.That(rules.ContainsKey(code), Is.True, $"{code} fires on examples/invalid/face-*.pace.yaml and is described");
                if (rules.TryGetValue(code, out var rule))
                {
                    var level = defaults[code] switch { Severity.Error => "error", Severity.Warning => "warning", _ => "note" };
                    Assert.That(rule.GetProperty("defaultConfiguration").GetProperty("level").GetString(), Is.EqualTo(level), code);
                    Assert.That(rule.GetProperty("helpUri").GetString(), Does.EndWith($"docs/rules/{code}.md"));
                    Assert.That(File.Exists(Path.Combine(RepoFiles.Root, "docs", "rules", code + ".md")), Is.True, $"the help page of {code} exists");
                }
            }
        });
    }

    [Test]
    public void MsBuild_lines_carry_the_FACe_rules_for_Pace_Build()
    {
        var file = PaceTool.Example(Path.Combine("invalid", "face-two-in-a-seat.pace.yaml"));
        var (exit, output, _) = PaceTool.Run("validate", file, "--format", "msbuild", "--lang", "en");
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Not.Zero);
            Assert.That(output, Does.Match(@"\(\d+,\d+\): error PACE030: "));
            Assert.That(output, Does.Contain(" PACE035: "), "the info about two seats too");
        });
    }
}
