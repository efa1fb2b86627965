using Pace.Validation;
using Pace.Localization;
using Pace.Yaml;
using static Pace.Tests.Rules.RuleCharts;

namespace Pace.Tests.Rules;

/// <summary><c># pace-disable-next-line</c> comments and PACE021, the unused suppression.</summary>
public class SuppressionTests
{
    private const string Chart = """
        pace: 1
        organization: X
        people:
          - id: bram
        processes:
          - name: Van lead naar deal
            owner: bram
            kpis: [{name: A, unit: EUR, target: 1, cadence: week, timing: leading, focus: output}]
          - name: Klanten live krijgen
            owner: bram
            kpis: [{name: B, unit: EUR, target: 1, cadence: week, timing: leading, focus: output}]
          - name: Werkende oplossingen
            owner: bram
            kpis: [{name: C, unit: EUR, target: 1, cadence: week, timing: leading, focus: output}]
          - name: Facturen innen
        {0}
            owner: bram
            kpis: [{name: D, unit: EUR, target: 1, cadence: week, timing: leading, focus: output}]
        rules:
          PACE003: off
          PACE012: off
        """;

    /// <summary>Loads the chart with a line (16) just above the fourth process's owner (17) and validates it with its suppressions.</summary>
    private static Findings Validate(string commentLine, ValidationOptions? options = null)
    {
        var yaml = Chart.Replace("{0}", commentLine, StringComparison.Ordinal);
        var load = ChartReader.Read(yaml, "c.pace.yaml");
        Assert.That(load.Diagnostics, Is.Empty, string.Join("\n", load.Diagnostics));
        var suppressions = SuppressionReader.Read(yaml, "c.pace.yaml");
        return ChartValidator.Default.Validate(load.Chart!, (options ?? new ValidationOptions()) with { Suppressions = suppressions });
    }

    [Test]
    public void Without_a_suppression_PACE016_points_at_the_fourth_owner()
    {
        var d = Validate("    # an ordinary comment").Single();
        Assert.That((d.Code, d.Span!.StartLine), Is.EqualTo(("PACE016", 17)));
    }

    [TestCase("    # pace-disable-next-line PACE016")]
    [TestCase("    # pace-disable-next-line pace016")]
    [TestCase("    #pace-disable-next-line PACE001, PACE016 -- Bram is the founder, for now")]
    [TestCase("    # pace-disable-next-line PACE001 PACE016")]
    public void PACE021_a_used_suppression_hides_the_finding_on_the_next_line_and_is_not_reported(string comment)
    {
        // PACE001 is named too in some cases: the chart has four processes, so it suppresses nothing — and is reported.
        var found = Validate(comment);
        Assert.That(found.Where(d => d.Code == "PACE016"), Is.Empty);
        var unused = found.Where(d => d.Code == "PACE021").Select(d => d.Arguments[0].Value).ToList();
        Assert.That(unused, Is.EqualTo(comment.Contains("PACE001", StringComparison.Ordinal) ? new[] { "PACE001" } : Array.Empty<string>()));
    }

    [Test]
    public void PACE021_reports_a_suppression_that_suppresses_nothing()
    {
        var found = Validate("    # pace-disable-next-line PACE014");
        var d = found.Single(x => x.Code == "PACE021");
        Assert.Multiple(() =>
        {
            Assert.That(d.Message, Is.EqualTo(Named.Format(EnglishMessages.PACE021, ("code", "PACE014"))));
            Assert.That(d.MessageIn(ChartLanguage.Dutch), Is.EqualTo(Named.Format(DutchMessages.PACE021, ("code", "PACE014"))));
            Assert.That(d.Severity, Is.EqualTo(Severity.Warning));
            Assert.That(d.Span!.StartLine, Is.EqualTo(16));
            Assert.That(found.Any(x => x.Code == "PACE016"), Is.True, "the real finding is still reported");
        });
    }

    [Test]
    public void PACE021_reports_a_code_that_is_no_rule_and_a_directive_without_codes()
    {
        var unknown = Validate("    # pace-disable-next-line PACE999").Single(x => x.Code == "PACE021");
        Assert.That(unknown.Message, Is.EqualTo(Named.Format(EnglishMessages.PACE021Unknown, ("code", "PACE999"))));
        Assert.That(unknown.MessageIn(ChartLanguage.Dutch), Is.EqualTo(Named.Format(DutchMessages.PACE021Unknown, ("code", "PACE999"))));

        var empty = Validate("    # pace-disable-next-line").Single(x => x.Code == "PACE021");
        Assert.That(empty.Message, Is.EqualTo(EnglishMessages.PACE021Empty));
        Assert.That(empty.MessageIn(ChartLanguage.Dutch), Is.EqualTo(DutchMessages.PACE021Empty));
    }

    [Test]
    public void PACE021_does_not_report_a_suppression_of_a_rule_that_is_off_for_this_run()
    {
        var options = new ValidationOptions { Overrides = new Dictionary<RuleCode, RuleLevel> { [RuleCode.Parse("PACE014")] = RuleLevel.Off } };
        Assert.That(Validate("    # pace-disable-next-line PACE014", options).Select(d => d.Code), Is.EqualTo(new[] { "PACE016" }));
    }

    [Test]
    public void PACE021_can_itself_be_switched_off()
    {
        var options = new ValidationOptions { Overrides = new Dictionary<RuleCode, RuleLevel> { [RuleCode.Parse("PACE021")] = RuleLevel.Off } };
        Assert.That(Validate("    # pace-disable-next-line PACE014", options).Select(d => d.Code), Is.EqualTo(new[] { "PACE016" }));
    }

    [Test]
    public void A_suppression_covers_only_the_next_line()
    {
        var found = Validate("    # pace-disable-next-line PACE016\n");
        Assert.That(found.Select(d => d.Code), Is.EquivalentTo(new[] { "PACE016", "PACE021" }));
    }

    [Test]
    public void The_directive_inside_text_or_at_a_line_end_is_no_suppression()
    {
        const string yaml = "pace: 1 # pace-disable-next-line PACE001\norganization: |\n  # pace-disable-next-line PACE002\nprocesses: []\ntitle: '# pace-disable-next-line PACE003'\n";
        Assert.That(SuppressionReader.Read(yaml), Is.Empty);
    }

    [Test]
    public void The_reader_gives_codes_line_and_location()
    {
        var s = SuppressionReader.Read("pace: 1\n  # pace-disable-next-line PACE016,pace011  PACE012 -- why\norganization: X\n", "f.yaml").Single();
        Assert.Multiple(() =>
        {
            Assert.That(s.Codes, Is.EqualTo(new[] { "PACE016", "PACE011", "PACE012" }));
            Assert.That(s.Line, Is.EqualTo(3));
            Assert.That((s.Source.File, s.Source.StartLine, s.Source.StartColumn), Is.EqualTo(("f.yaml", 2, 3)));
        });
    }

    [Test]
    public void The_reader_keeps_what_it_found_before_a_syntax_error() =>
        Assert.That(SuppressionReader.Read("# pace-disable-next-line PACE001\na: [\n"), Has.Count.EqualTo(1));

    [Test]
    public void Suppressions_work_for_charts_built_in_code_only_with_a_span() =>
        Assert.That(Findings(Clean().OwnedBy(1, "ann").OwnedBy(2, "ann").OwnedBy(3, "ann"), "PACE016", options: new ValidationOptions
        {
            Suppressions = [new Suppression(["PACE016"], 1, new SourceSpan(null, 1, 1, 1, 1))],
        }), Has.Count.EqualTo(1));
}
