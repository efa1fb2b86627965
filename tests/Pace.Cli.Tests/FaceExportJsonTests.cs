using System.Text.Json;
using System.Text.Json.Nodes;
using NJsonSchema;

namespace Pace.Cli.Tests;

/// <summary>
/// The FACe in the typed export (<c>pace export --format json</c> without <c>--table</c>): the chart's functions and
/// each process's steps read back out and compared with the chart as the library loads it; a PACe-only chart's export
/// unchanged byte for byte against the export approved before the FACe keys existed (<c>TestData/export</c>).
/// </summary>
public sealed class FaceExportJsonTests
{
    private static string Acme => PaceTool.Example("acme-software.pace.yaml");

    private static Chart AcmeChart => ChartChecker.Default.CheckFile(Acme).Chart!;

    [Test]
    public void Functions_read_back_as_the_chart_has_them()
    {
        var (exit, output, error) = PaceTool.Run("export", Acme, "--format", "json");
        Assert.That(exit, Is.EqualTo(0), error);
        using var doc = JsonDocument.Parse(output);
        var functions = doc.RootElement.GetProperty("functions").EnumerateArray().ToList();
        var chart = AcmeChart;
        Assert.That(functions.Select(f => f.GetProperty("name").GetString()), Is.EqualTo(chart.Functions!.Select(f => f.Name)));
        Assert.Multiple(() =>
        {
            for (var i = 0; i < functions.Count; i++)
            {
                var (json, seat) = (functions[i], chart.Functions![i]);
                Assert.That(Texts(json, "owners"), Is.EqualTo(seat.Owners), seat.Name);
                Assert.That(json.GetProperty("openSeat").GetBoolean(), Is.EqualTo(seat.Vacant), seat.Name);
                Assert.That(Texts(json, "outcomes"), Is.EqualTo(seat.Outcomes), seat.Name);
                var kpis = json.GetProperty("kpis").EnumerateArray().ToList();
                Assert.That(kpis.Select(k => (k.GetProperty("name").GetString(), k.GetProperty("target").GetDecimal(), k.GetProperty("unit").GetString())),
                    Is.EqualTo(seat.Kpis.Select(k => (k.Name, k.Target!.Value, k.Unit))), seat.Name);
                Assert.That(kpis.Select(k => k.GetProperty("reporter").GetString()), Has.All.EqualTo(seat.Owner), "the seat's owner reports its indicators");
            }
        });

        // The open IT seat names nobody; Verkoop's two indicators are KPI objects of the processes' shape.
        var it = functions.Single(f => f.GetProperty("name").GetString() == "IT");
        var sales = functions.Single(f => f.GetProperty("name").GetString() == "Verkoop").GetProperty("kpis");
        Assert.Multiple(() =>
        {
            Assert.That((it.GetProperty("openSeat").GetBoolean(), it.GetProperty("owners").GetArrayLength()), Is.EqualTo((true, 0)));
            Assert.That(it.GetProperty("kpis")[0].GetProperty("reporter").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(sales[1].GetProperty("better").GetString(), Is.EqualTo("higher"));
            Assert.That(sales[1].GetProperty("timing").GetString(), Is.EqualTo("leading"));
            Assert.That(sales[1].GetProperty("cadence").GetString(), Is.EqualTo("week"));
            Assert.That(sales[1].GetProperty("streak").GetProperty("misses").ValueKind, Is.EqualTo(JsonValueKind.Number));
        });
    }

    [Test]
    public void Every_process_has_its_steps_with_people_functions_and_kpi()
    {
        using var doc = JsonDocument.Parse(PaceTool.Run("export", Acme, "--format", "json").Out);
        var processes = doc.RootElement.GetProperty("processes").EnumerateArray().ToList();
        var chart = AcmeChart;
        Assert.Multiple(() =>
        {
            for (var p = 0; p < processes.Count; p++)
            {
                var steps = processes[p].GetProperty("steps").EnumerateArray().ToList();
                var model = chart.Processes[p].Steps;
                Assert.That(steps.Select(s => s.GetProperty("name").GetString()), Is.EqualTo(model.Select(s => s.Name)), chart.Processes[p].Name);
                for (var s = 0; s < steps.Count && s < model.Count; s++)
                {
                    Assert.That(Texts(steps[s], "people"), Is.EqualTo(model[s].People), model[s].Name);
                    Assert.That(Texts(steps[s], "functions"), Is.EqualTo(model[s].Functions), model[s].Name);
                    Assert.That(steps[s].GetProperty("kpi").ValueKind, Is.EqualTo(model[s].Kpi is null ? JsonValueKind.Null : JsonValueKind.Object), model[s].Name);
                }
            }
        });

        // Van lead naar deal: 'Offreren' measures its offers, reported by the process owner; a plain-name step has nobody.
        var sales = processes.Single(p => p.GetProperty("name").GetString() == "Van lead naar deal");
        var offer = sales.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "Offreren");
        var close = sales.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "Afsluiten");
        var plain = processes[0].GetProperty("steps")[0];
        var kpi = offer.GetProperty("kpi");
        var owner = chart.Processes.Single(p => p.Name == "Van lead naar deal").Owner;
        Assert.Multiple(() =>
        {
            Assert.That((kpi.GetProperty("name").GetString(), kpi.GetProperty("target").GetDecimal(), kpi.GetProperty("reporter").GetString()), Is.EqualTo(("Aantal offertes", 6m, owner)));
            Assert.That(Texts(close, "people"), Is.EqualTo(new[] { "bram", "ruben" }));
            Assert.That(Texts(close, "functions"), Is.EqualTo(new[] { "Verkoop", "Financiën" }));
            Assert.That((plain.GetProperty("people").GetArrayLength(), plain.GetProperty("functions").GetArrayLength(), plain.GetProperty("kpi").ValueKind), Is.EqualTo((0, 0, JsonValueKind.Null)));
        });
    }

    [TestCase("technical-wholesaler")]
    [TestCase("brightleaf-foods")]
    public void A_PACe_only_chart_exports_byte_for_byte_as_before(string example)
    {
        var (exit, output, _) = PaceTool.Run("export", PaceTool.Example(example + ".pace.yaml"), "--format", "json");
        var approved = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "export", example + ".json")).ReplaceLineEndings("\n");
        Assert.That(exit, Is.EqualTo(0));
        Assert.That(output, Is.EqualTo(approved), "a chart without a FACe gets no functions or steps keys, and nothing else moves");
        Assert.That(output, Does.Not.Contain("\"functions\"").And.Not.Contain("\"steps\""));
    }

    [Test]
    public void Several_charts_give_the_FACe_keys_only_to_the_one_with_a_FACe()
    {
        var wholesaler = PaceTool.Example("technical-wholesaler.pace.yaml");
        using var doc = JsonDocument.Parse(PaceTool.Run("export", Acme, wholesaler, "--format", "json").Out);
        var (acme, other) = (doc.RootElement[0], doc.RootElement[1]);
        Assert.Multiple(() =>
        {
            Assert.That(acme.GetProperty("functions").GetArrayLength(), Is.EqualTo(AcmeChart.Functions!.Count));
            Assert.That(other.TryGetProperty("functions", out _), Is.False);
            Assert.That(other.GetProperty("processes").EnumerateArray().Any(p => p.TryGetProperty("steps", out _)), Is.False);
        });
    }

    [Test]
    public async Task The_schema_describes_the_FACe_keys_and_refuses_a_broken_seat()
    {
        var schema = await JsonSchema.FromFileAsync(RepoFiles.Path("schema", "pace.export.schema.json"));
        var output = PaceTool.Run("export", Acme, "--format", "json").Out;
        Assert.That(schema.Validate(output).Select(e => $"{e.Path}: {e.Kind}"), Is.Empty);

        // A schema that let anything through would pass too: a seat without openSeat, or a step's people as a text, must fail.
        var noOpenSeat = JsonNode.Parse(output)!;
        noOpenSeat["functions"]![0]!.AsObject().Remove("openSeat");
        var peopleAsText = JsonNode.Parse(output)!;
        peopleAsText["processes"]![1]!["steps"]![0]!["people"] = "bram";
        Assert.That(schema.Validate(noOpenSeat.ToJsonString()), Is.Not.Empty);
        Assert.That(schema.Validate(peopleAsText.ToJsonString()), Is.Not.Empty);
    }

    private static List<string?> Texts(JsonElement element, string name) => [.. element.GetProperty(name).EnumerateArray().Select(e => e.GetString())];
}
