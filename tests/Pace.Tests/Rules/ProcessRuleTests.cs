using Pace.Validation;
using Pace.Localization;
using Pace.Validation.Rules;
using static Pace.Tests.Rules.RuleCharts;

namespace Pace.Tests.Rules;

/// <summary>The rules about a process's KPI mix and name: PACE009, PACE010, PACE014, PACE015, PACE019.</summary>
public class ProcessRuleTests
{
    [Test]
    public void PACE009_reports_a_process_without_a_leading_kpi()
    {
        var chart = Clean().WithKpi(1, 1, k => k with { Timing = Timing.Lagging });
        var d = AssertSingle(chart, "PACE009", EnglishMessages.PACE009, DutchMessages.PACE009, ("process", "From order to delivery"));
        Assert.That(d.Path, Is.EqualTo("processes[1].kpis"));
        Assert.That(d.Severity, Is.EqualTo(Severity.Warning));
    }

    [Test]
    public void PACE009_passes_with_a_leading_kpi_and_ignores_a_process_without_kpis()
    {
        Assert.That(Findings(Clean(), "PACE009"), Is.Empty);
        Assert.That(Findings(Clean().WithProcess(0, p => p with { Kpis = [] }), "PACE009"), Is.Empty);
    }

    [Test]
    public void PACE010_reports_a_process_without_an_output_kpi()
    {
        var chart = Clean().WithProcess(2, p => p with { Kpis = [.. p.Kpis.Select(k => k with { Focus = Focus.Input })] });
        var d = AssertSingle(chart, "PACE010", EnglishMessages.PACE010, DutchMessages.PACE010, ("process", "From delivery to working installation"));
        Assert.That(d.Path, Is.EqualTo("processes[2].kpis"));
        Assert.That(d.Severity, Is.EqualTo(Severity.Warning));
    }

    [Test]
    public void PACE010_passes_with_an_output_kpi() => Assert.That(Findings(Clean(), "PACE010"), Is.Empty);

    [TestCase("Sales")]
    [TestCase("sales & marketing")]
    [TestCase("HR")]
    [TestCase("IT")]
    [TestCase("Afdeling Financiën")]
    [TestCase("Verkoop")]
    [TestCase("Personeelszaken")]
    [TestCase("Klantenservice")]
    [TestCase("Customer Service")]
    [TestCase("Support team")]
    [TestCase("Operations")]
    [TestCase("Inkoop en logistiek")]
    [TestCase("Product management")]
    public void PACE014_reports_a_process_named_after_a_department(string name)
    {
        var chart = Clean().WithProcess(0, p => p with { Name = name });
        var d = AssertSingle(chart, "PACE014", EnglishMessages.PACE014, DutchMessages.PACE014, ("process", name));
        Assert.That(d.Path, Is.EqualTo("processes[0].name"));
        Assert.That(d.Severity, Is.EqualTo(Severity.Info));
    }

    [TestCase("Van lead naar deal")]
    [TestCase("Customer onboarding")]
    [TestCase("Relevante aanvragen genereren")]
    [TestCase("Enthousiaste klanten")]
    [TestCase("Support tickets oplossen binnen een dag")]
    [TestCase("Sales pipeline vullen")]
    [TestCase("Werven en onboarden van talent")]
    [TestCase("Factureren en innen")]
    [TestCase("From service call to customer who stays")]
    public void PACE014_passes_flow_names_that_mention_a_department(string name) =>
        Assert.That(Findings(Clean().WithProcess(0, p => p with { Name = name }), "PACE014"), Is.Empty);

    /// <summary>The customer journeys A001 draws: every step is a step, not a department, even alone.</summary>
    [TestCase("bestelling -> levering -> installatie -> service")]
    [TestCase("bestelling -> planning -> installatie -> opleiding -> helpdesk")]
    public void PACE014_passes_the_journey_steps_of_A001(string journey)
    {
        var steps = journey.Split(" -> ");
        foreach (var step in steps.Concat(steps.Select(s => char.ToUpperInvariant(s[0]) + s[1..])))
        {
            Assert.That(Findings(Clean().WithProcess(0, p => p with { Name = step }), "PACE014"), Is.Empty, step);
        }
    }

    [TestCase("Help desk")]
    [TestCase("Service desk")]
    [TestCase("Services")]
    [TestCase("Service & Planning")]
    public void PACE014_passes_synonyms_of_the_journey_steps(string name) =>
        Assert.That(FlowNotDepartmentRule.IsDepartmentName(name), Is.False);

    [Test]
    public void PACE015_reports_a_process_without_a_fast_kpi()
    {
        var chart = Clean().WithKpi(3, 1, k => k with { Cadence = Cadence.Month });
        var d = AssertSingle(chart, "PACE015", EnglishMessages.PACE015, DutchMessages.PACE015, ("process", "From invoice to payment"));
        Assert.That(d.Path, Is.EqualTo("processes[3].kpis"));
        Assert.That(d.Severity, Is.EqualTo(Severity.Info));
    }

    [Test]
    public void PACE015_passes_a_daily_kpi_or_one_marked_fast()
    {
        Assert.That(Findings(Clean().WithKpi(3, 1, k => k with { Cadence = Cadence.Day }), "PACE015"), Is.Empty);
        Assert.That(Findings(Clean().WithKpi(3, 1, k => k with { Cadence = Cadence.Month, Speed = Speed.Fast }), "PACE015"), Is.Empty);
    }

    [Test]
    public void PACE019_reports_a_missing_dimension()
    {
        var chart = Clean().WithKpi(0, 2, k => k with { Dimension = Dimension.Better });
        var d = AssertSingleDimension(chart, EnglishMessages.PACE019, DutchMessages.PACE019, [("process", "From lead to deal"), ("dimensions", "cheaper")], [("process", "From lead to deal"), ("dimensions", DutchMessages.DimensionCheaper)]);
        Assert.That(d.Path, Is.EqualTo("processes[0].kpis"));
        Assert.That(d.Severity, Is.EqualTo(Severity.Info));
    }

    [Test]
    public void PACE019_in_Dutch_names_the_slots_as_the_chart_heads_its_columns()
    {
        var chart = Clean().WithKpi(0, 2, k => k with { Dimension = Dimension.Better });
        var message = Findings(chart, "PACE019", ChartLanguage.Dutch).Single().Message;
        Assert.That(message, Is.EqualTo(Named.Format(DutchMessages.PACE019, ("process", "From lead to deal"), ("dimensions", DutchMessages.DimensionCheaper))));
        Assert.That(message, Does.Contain("geen KPI voor Goedkoper;"));
        Assert.That(message, Does.Not.Contain("cheaper").And.Not.Contain("better").And.Not.Contain("faster"));
    }

    /// <summary>A PACE019 finding, in English with the slot as written in the file and in Dutch as the column heading.</summary>
    private static Diagnostic AssertSingleDimension(Chart chart, string english, string dutch, (string Name, object? Value)[] englishArgs, (string Name, object? Value)[] dutchArgs)
    {
        var d = Findings(chart, "PACE019").Single();
        Assert.That(d.Message, Is.EqualTo(Named.Format(english, englishArgs)));
        Assert.That(Findings(chart, "PACE019", ChartLanguage.Dutch).Single().Message, Is.EqualTo(Named.Format(dutch, dutchArgs)));
        return d;
    }

    [Test]
    public void PACE019_reports_a_kpi_without_dimension_as_a_missing_one() =>
        AssertSingleDimension(Clean().WithKpi(0, 1, k => k with { Dimension = null }), EnglishMessages.PACE019, DutchMessages.PACE019, [("process", "From lead to deal"), ("dimensions", "faster")], [("process", "From lead to deal"), ("dimensions", DutchMessages.DimensionFaster)]);

    [Test]
    public void PACE019_reports_a_dimension_used_twice_when_none_is_missing()
    {
        var chart = Clean().WithProcess(0, p => p with { Kpis = [.. p.Kpis, p.Kpis[0] with { Name = "Another quality KPI" }] });
        AssertSingleDimension(chart, EnglishMessages.PACE019Twice, DutchMessages.PACE019Twice, [("process", "From lead to deal"), ("count", 2), ("dimension", "better")], [("process", "From lead to deal"), ("count", 2), ("dimension", DutchMessages.DimensionBetter)]);
    }

    [Test]
    public void PACE019_passes_one_each_and_charts_without_dimensions()
    {
        Assert.That(Findings(Clean(), "PACE019"), Is.Empty);
        Assert.That(Findings(Clean().WithEveryKpi(k => k with { Dimension = null }), "PACE019"), Is.Empty);
    }

    [Test]
    public void Heuristics_are_usable_on_their_own()
    {
        Assert.That(FlowNotDepartmentRule.IsDepartmentName("Sales"), Is.True);
        Assert.That(FlowNotDepartmentRule.IsDepartmentName("Van lead naar deal"), Is.False);
        Assert.That(AttendanceIsNoContributionRule.AttendancePhrase("Gewerkte uren"), Is.EqualTo("gewerkte uren"));
        Assert.That(AttendanceIsNoContributionRule.AttendancePhrase("Omzet"), Is.Null);
    }
}
