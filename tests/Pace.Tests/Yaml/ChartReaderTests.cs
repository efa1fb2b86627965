using Pace.Yaml;

namespace Pace.Tests.Yaml;

/// <summary>Every key of format 1 reads into the model, with its position.</summary>
public class ChartReaderTests
{
    private const string Full = """
        pace: 1
        organization: Acme Software B.V.
        title: Procesverantwoordelijkheid 2027
        date: 2026-11-01
        language: nl
        theme:
          accent: "#1F6FEB"
          logo: logo.png
        people:
          - id: bram
            name: Bram Jansen
            role: Directeur Enthousiaste Klanten
        journey: [Relevante aanvragen, Van lead naar deal]
        processes:
          - name: Van lead naar deal
            input: Leads
            outcome: Getekende opdrachten
            steps: [Opvolgen, Bezoeken]
            owner: bram
            kpis:
              - name: Getekende contractwaarde
                unit: EUR
                target: 300_000
                better: lower
                cadence: quarter
                timing: lagging
                focus: output
                speed: fast
                nature: soft
                level: individual
                dimension: cheaper
                owner: bram
                tolerance: 0.05
                seasonality: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2]
                actuals:
                  2026-10-05: 1
                  2026-W41: 2
                  2026-10: 3
                  2026-Q3: 4
                  2026: 5
        rules:
          PACE016: off
          pace011: warning
        paper: letter
        """;

    [Test]
    public void Every_key_reads_into_the_model()
    {
        var result = ChartReader.Read(Full, "acme.pace.yaml");
        Assert.That(result.Diagnostics, Is.Empty, string.Join("\n", result.Diagnostics));
        var chart = result.Chart!;
        Assert.Multiple(() =>
        {
            Assert.That(chart.FormatVersion, Is.EqualTo(1));
            Assert.That(chart.Organization, Is.EqualTo("Acme Software B.V."));
            Assert.That(chart.Title, Is.EqualTo("Procesverantwoordelijkheid 2027"));
            Assert.That(chart.Date, Is.EqualTo(new DateOnly(2026, 11, 1)));
            Assert.That(chart.Language, Is.EqualTo(ChartLanguage.Dutch));
            Assert.That(chart.Paper, Is.EqualTo(PaperSize.Letter));
            Assert.That(chart.Theme!.Accent, Is.EqualTo("#1F6FEB"));
            Assert.That(chart.Theme.Logo, Is.EqualTo("logo.png"));
            Assert.That(chart.People!.Single().Role, Is.EqualTo("Directeur Enthousiaste Klanten"));
            Assert.That(chart.Journey, Is.EqualTo(new[] { "Relevante aanvragen", "Van lead naar deal" }));
            Assert.That(chart.Rules.Select(r => (r.Code.Value, r.Level)), Is.EqualTo(new[] { ("PACE016", RuleLevel.Off), ("PACE011", RuleLevel.Warning) }));
        });

        var process = chart.Processes.Single();
        Assert.That(process.Steps.Select(s => s.Name), Is.EqualTo(new[] { "Opvolgen", "Bezoeken" }));
        Assert.That(process.Owner, Is.EqualTo("bram"));
        var kpi = process.Kpis.Single();
        Assert.Multiple(() =>
        {
            Assert.That(kpi.Target, Is.EqualTo(300_000m));
            Assert.That(kpi.Better, Is.EqualTo(Direction.Lower));
            Assert.That(kpi.Cadence, Is.EqualTo(Cadence.Quarter));
            Assert.That(kpi.Timing, Is.EqualTo(Timing.Lagging));
            Assert.That(kpi.Focus, Is.EqualTo(Focus.Output));
            Assert.That(kpi.Speed, Is.EqualTo(Speed.Fast));
            Assert.That(kpi.Nature, Is.EqualTo(Nature.Soft));
            Assert.That(kpi.Level, Is.EqualTo(KpiLevel.Individual));
            Assert.That(kpi.Dimension, Is.EqualTo(Dimension.Cheaper));
            Assert.That(kpi.Owner, Is.EqualTo("bram"));
            Assert.That(kpi.Tolerance, Is.EqualTo(0.05m));
            Assert.That(kpi.Seasonality, Has.Count.EqualTo(12));
            Assert.That(kpi.Actuals.Select(a => a.Period.ToString()), Is.EqualTo(new[] { "2026-10-05", "2026-W41", "2026-10", "2026-Q3", "2026" }));
            Assert.That(kpi.Actuals.Select(a => a.Value), Is.EqualTo(new[] { 1m, 2m, 3m, 4m, 5m }));
        });
    }

    [Test]
    public void Values_keep_file_line_and_column()
    {
        var chart = ChartReader.Read(Full, "acme.pace.yaml").Chart!;
        var process = chart.Processes[0];
        var owner = process.Source!.ValueOf("owner");
        Assert.That(owner, Is.EqualTo(new SourceSpan("acme.pace.yaml", 19, 12, 19, 16)));
        Assert.That(process.Source.KeyOf("owner").StartColumn, Is.EqualTo(5));
        Assert.That(process.Kpis[0].Source!.ValueOf("target").StartLine, Is.EqualTo(23));
        Assert.That(process.Kpis[0].Actuals[1].Source!.StartLine, Is.EqualTo(37));
        Assert.That(chart.Rules[0].Source!.StartLine, Is.EqualTo(42));
        Assert.That(chart.Source!.ValueOf("organization").StartColumn, Is.EqualTo(15));
    }

    [Test]
    public void Speed_is_derived_from_cadence_unless_given()
    {
        Assert.Multiple(() =>
        {
            Assert.That(new Kpi { Cadence = Cadence.Week }.EffectiveSpeed, Is.EqualTo(Speed.Fast));
            Assert.That(new Kpi { Cadence = Cadence.Day }.EffectiveSpeed, Is.EqualTo(Speed.Fast));
            Assert.That(new Kpi { Cadence = Cadence.Month }.EffectiveSpeed, Is.EqualTo(Speed.Slow));
            Assert.That(new Kpi { Cadence = Cadence.Month, Speed = Speed.Fast }.EffectiveSpeed, Is.EqualTo(Speed.Fast));
            Assert.That(new Kpi().EffectiveSpeed, Is.Null);
        });
    }

    [Test]
    public void Invalid_charts_load_so_rules_can_report_them()
    {
        const string yaml = "pace: 1\norganization: X\nprocesses:\n  - name: A\n    owner: [Ann, Bob]\n    kpis: [{name: K1}, {name: K2}]\n  - name: B\n";
        var result = ChartReader.Read(yaml);
        Assert.That(result.Succeeded, Is.True, string.Join("\n", result.Diagnostics));
        Assert.That(result.Chart!.Processes[0].Owners, Is.EqualTo(new[] { "Ann", "Bob" }));
        Assert.That(result.Chart.Processes[0].Owner, Is.Null);
        Assert.That(result.Chart.Processes[0].Kpis, Has.Count.EqualTo(2));
        Assert.That(result.Chart.Processes[1].Owners, Is.Empty);
    }

    [Test]
    public void Byte_order_mark_and_crlf_are_accepted()
    {
        var yaml = "\uFEFF" + LoadErrorTests.Minimal.Replace("\n", "\r\n", StringComparison.Ordinal);
        var result = ChartReader.Read(yaml, "c.yaml");
        Assert.That(result.Succeeded, Is.True, string.Join("\n", result.Diagnostics));
        Assert.That(result.Chart!.Processes[0].Source!.ValueOf("owner").StartLine, Is.EqualTo(5));
    }

    [Test]
    public void Examples_load_without_errors()
    {
        var examples = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "examples"), "*.pace.yaml");
        Assert.That(examples, Has.Length.GreaterThanOrEqualTo(3));
        foreach (var file in examples)
        {
            var result = ChartReader.ReadFile(file);
            Assert.That(result.Diagnostics, Is.Empty, file + "\n" + string.Join("\n", result.Diagnostics));
        }
    }
}
