using System.Globalization;
using Pace.Localization;
using Pace.Validation;
using Pace.Yaml;

namespace Pace.Tests.Yaml;

/// <summary>The FACe keys as the reader takes them: positions for every value, and located errors for what does not fit.</summary>
public class FaceReaderTests
{
    private const string Face = """
        pace: 1
        organization: Acme
        people:
          - { id: bram, name: Bram Jansen }
          - { id: eva, name: Eva Bakker }
        functions:
          - name: Sales
            owner: bram
            kpis:
              - { name: Salespipeline, unit: EUR, target: 900000, cadence: week, timing: leading }
            outcomes: [Omzet, Brutomarge]
          - name: Finance
            vacant: true
        processes:
          - name: Van lead naar deal
            owner: bram
            steps:
              - Opvolgen
              - name: Offreren
                people: [bram, eva]
                functions: Sales
                kpi: { name: Offertes, target: 6, cadence: week }
        """;

    private static string Format(string template, params object[] args) => string.Format(CultureInfo.InvariantCulture, template, args);

    private static Diagnostic Single(string yaml, string code)
    {
        var result = ChartReader.Read(yaml, "face.pace.yaml");
        var matching = result.Diagnostics.Where(d => d.Code == code).ToList();
        Assert.That(matching, Has.Count.EqualTo(1), string.Join("\n", result.Diagnostics));
        return matching[0];
    }

    [Test]
    public void Functions_and_detailed_steps_are_read_with_a_position_for_every_value()
    {
        var chart = ChartReader.Read(Face, "face.pace.yaml").Chart!;
        var sales = chart.Functions![0];
        var finance = chart.Functions[1];
        var step = chart.Processes[0].Steps[1];
        Assert.Multiple(() =>
        {
            Assert.That(sales.Owner, Is.EqualTo("bram"));
            Assert.That(sales.Kpis.Single().Name, Is.EqualTo("Salespipeline"));
            Assert.That(sales.Outcomes, Is.EqualTo(new[] { "Omzet", "Brutomarge" }));
            Assert.That(sales.Source!.ValueOf("owner"), Is.EqualTo(new SourceSpan("face.pace.yaml", 8, 12, 8, 16)));
            Assert.That(sales.Source.ValueOf("outcomes").StartLine, Is.EqualTo(11));
            Assert.That(finance.Vacant, Is.True);
            Assert.That(finance.Source!.ValueOf("vacant"), Is.EqualTo(new SourceSpan("face.pace.yaml", 13, 13, 13, 17)));
            Assert.That(chart.Processes[0].Steps[0], Is.EqualTo(ProcessStep.Named("Opvolgen")));
            Assert.That(chart.Processes[0].Steps[0].Source!.Node.StartLine, Is.EqualTo(18));
            Assert.That(step.People, Is.EqualTo(new[] { "bram", "eva" }));
            Assert.That(step.Functions, Is.EqualTo(new[] { "Sales" }), "one name or a list, as owner takes");
            Assert.That(step.Kpi?.Target, Is.EqualTo(6m));
            Assert.That(step.Source!.ValueOf("people"), Is.EqualTo(new SourceSpan("face.pace.yaml", 20, 17, 20, 28)));
            Assert.That(step.Kpi!.Source!.ValueOf("target").StartLine, Is.EqualTo(22));
        });
    }

    [Test]
    public void A_misspelt_function_key_gets_a_did_you_mean()
    {
        var d = Single(Face.Replace("    outcomes: [Omzet", "    outcome: [Omzet", StringComparison.Ordinal), "PACE101");
        Assert.That(d.Message, Is.EqualTo(Named.Format(EnglishMessages.PACE101Suggestion, ("key", "outcome"), ("place", "functions[0]"), ("suggestion", "outcomes"))));
        Assert.That((d.Span!.StartLine, d.Span.StartColumn), Is.EqualTo((11, 5)));
    }

    [Test]
    public void A_misspelt_step_key_gets_a_did_you_mean()
    {
        var d = Single(Face.Replace("        people: [bram, eva]", "        peple: [bram, eva]", StringComparison.Ordinal), "PACE101");
        Assert.That(d.Message, Is.EqualTo(Named.Format(EnglishMessages.PACE101Suggestion, ("key", "peple"), ("place", "processes[0].steps[1]"), ("suggestion", "people"))));
        Assert.That((d.Span!.StartLine, d.Span.StartColumn), Is.EqualTo((20, 9)));
    }

    [Test]
    public void Wrong_types_are_located_load_errors()
    {
        var vacant = Single(Face.Replace("    vacant: true", "    vacant: soon", StringComparison.Ordinal), "PACE102");
        Assert.That(vacant.Message, Is.EqualTo(Named.Format(EnglishMessages.PACE102, ("key", "vacant"), ("expected", EnglishMessages.KindBoolean), ("actual", Named.Format(EnglishMessages.KindTextValue, ("text", "soon"))))));
        Assert.That(vacant.Span!.StartLine, Is.EqualTo(13));

        var step = Single(Face.Replace("      - Opvolgen", "      - [Opvolgen]", StringComparison.Ordinal), "PACE102");
        Assert.That(step.Message, Is.EqualTo(Named.Format(EnglishMessages.PACE102, ("key", "processes[0].steps[0]"), ("expected", EnglishMessages.KindStep), ("actual", EnglishMessages.KindList))));

        var functions = Single(Face.Replace("functions:\n  - name: Sales", "functions: Sales\nx:\n  - name: Sales", StringComparison.Ordinal), "PACE102");
        Assert.That(functions.Path, Is.EqualTo("functions"));
    }

    [Test]
    public void A_duplicate_function_is_reported_at_the_second()
    {
        var chart = ChartReader.Read(Face.Replace("  - name: Finance", "  - name: sales", StringComparison.Ordinal), "face.pace.yaml").Chart!;
        var d = ChartValidator.Default.Validate(chart).Single(f => f.Code == "PACE032");
        Assert.That((d.Span!.StartLine, d.Span.StartColumn), Is.EqualTo((12, 11)));
    }

    [Test]
    public void A_chart_without_functions_has_none_and_plain_steps_stay_names()
    {
        var chart = ChartReader.Read("pace: 1\norganization: X\nprocesses:\n  - name: P\n    steps: [A, B]\n", "x.pace.yaml").Chart!;
        Assert.Multiple(() =>
        {
            Assert.That(chart.Functions, Is.Null);
            Assert.That(chart.Processes[0].Steps.Select(s => s.Name), Is.EqualTo(new[] { "A", "B" }));
            Assert.That(chart.Processes[0].Steps.Any(s => s.IsDetailed), Is.False);
            Assert.That(ChartWriter.Write(chart with { Source = null }), Does.Contain("steps: [A, B]"), "names only stay a one-line list");
        });
    }

    [Test]
    public void A_step_name_that_starts_like_an_indicator_survives_a_block_list()
    {
        var chart = ChartReader.Read(Face, "face.pace.yaml").Chart!;
        var edited = chart.WithProcess("Van lead naar deal", p => p with { Steps = [ProcessStep.Named(":x"), ProcessStep.Named("?y"), p.Steps[1]] });
        var back = ChartReader.Read(ChartWriter.Write(edited with { Source = null }), "x.pace.yaml").Chart!;
        Assert.That(back.Processes[0].Steps.Select(s => s.Name), Is.EqualTo(new[] { ":x", "?y", "Offreren" }));
    }
}
