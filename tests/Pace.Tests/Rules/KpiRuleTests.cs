using System.Text.RegularExpressions;
using Pace.Validation;
using Pace.Localization;
using Pace.Validation.Rules;
using static Pace.Tests.Rules.RuleCharts;

namespace Pace.Tests.Rules;

/// <summary>The rules about a single KPI: PACE007, PACE008, PACE013, PACE017.</summary>
public class KpiRuleTests
{
    [Test]
    public void The_clean_chart_has_no_findings_at_all() =>
        Assert.That(ChartValidator.Default.Validate(Clean()), Is.Empty);

    [Test]
    public void PACE007_reports_a_kpi_without_target()
    {
        var chart = Clean().WithKpi(1, 2, k => k with { Target = null });
        var d = AssertSingle(chart, "PACE007", EnglishMessages.PACE007Target, DutchMessages.PACE007Target, ("kpi", "Cost per deal"), ("process", "From order to delivery"));
        Assert.That(d.Path, Is.EqualTo("processes[1].kpis[2].target"));
        Assert.That(d.Severity, Is.EqualTo(Severity.Warning));
    }

    [Test]
    public void PACE007_reports_a_kpi_without_unit()
    {
        var chart = Clean().WithKpi(0, 0, k => k with { Unit = " " });
        var d = AssertSingle(chart, "PACE007", EnglishMessages.PACE007Unit, DutchMessages.PACE007Unit, ("kpi", "Signed contract value"), ("process", "From lead to deal"));
        Assert.That(d.Path, Is.EqualTo("processes[0].kpis[0].unit"));
    }

    [Test]
    public void PACE007_reports_target_and_unit_separately() =>
        Assert.That(Findings(Clean().WithKpi(0, 0, k => k with { Unit = null, Target = null }), "PACE007"), Has.Count.EqualTo(2));

    [Test]
    public void PACE007_passes_with_target_and_unit() => Assert.That(Findings(Clean(), "PACE007"), Is.Empty);

    [Test]
    public void PACE008_reports_a_kpi_without_cadence()
    {
        var chart = Clean().WithKpi(2, 1, k => k with { Cadence = null, Speed = Speed.Fast });
        var d = AssertSingle(chart, "PACE008", EnglishMessages.PACE008, DutchMessages.PACE008, ("kpi", "Pipeline value"), ("process", "From delivery to working installation"));
        Assert.That(d.Path, Is.EqualTo("processes[2].kpis[1].cadence"));
        Assert.That(d.Severity, Is.EqualTo(Severity.Warning));
    }

    [Test]
    public void PACE008_passes_with_a_cadence() => Assert.That(Findings(Clean(), "PACE008"), Is.Empty);

    [TestCase("Hours worked", "hours worked")]
    [TestCase("Attendance rate", "attendance")]
    [TestCase("Days in the office", "days in the office")]
    [TestCase("Timesheets submitted on time", "timesheets")]
    [TestCase("Gewerkte uren", "gewerkte uren")]
    [TestCase("Aanwezigheid op kantoor", "aanwezigheid")]
    [TestCase("Uren", "uren")]
    [TestCase("Aantal uren", "aantal uren")]
    [TestCase("Geboekte uren per week", "geboekte uren")]
    [TestCase("Percentage aanwezig", "percentage aanwezig")]
    [TestCase("Aanwezig", "aanwezig")]
    [TestCase("Days present per month", "days present")]
    [TestCase("Overuren", "overuren")]
    public void PACE013_reports_attendance_and_hours_worked(string name, string phrase)
    {
        var chart = Clean().WithKpi(3, 0, k => k with { Name = name });
        var d = AssertSingle(chart, "PACE013", EnglishMessages.PACE013, DutchMessages.PACE013, ("kpi", name), ("process", "From invoice to payment"), ("word", phrase));
        Assert.That(d.Path, Is.EqualTo("processes[3].kpis[0].name"));
    }

    [TestCase("Tickets opgelost binnen 8 uur")]
    [TestCase("Subscribers reached within 48 hours")]
    [TestCase("Installation hours over budget")]
    [TestCase("Onboardinguren per klant")]
    [TestCase("Boxes packed per labour hour")]
    [TestCase("Webinar attendance")]
    [TestCase("Aanwezigheid klanten op events")]
    [TestCase("Presentations given")]
    [TestCase("Doorlooptijd in uren")]
    [TestCase("Net present value of new contracts")]
    [TestCase("Online presence score")]
    [TestCase("Voorraad aanwezig in magazijn")]
    [TestCase("Trade show attendance")]
    [TestCase("Declarabele uren")]
    [TestCase("Billable hours")]
    public void PACE013_passes_hours_as_speed_or_cost_and_other_peoples_presence(string name) =>
        Assert.That(Findings(Clean().WithKpi(3, 0, k => k with { Name = name }), "PACE013"), Is.Empty);

    /// <summary>
    /// The page's "How to fix" suppresses a PACE013 finding: the KPI it suppresses must be one the rule reports,
    /// else following the page earns a PACE021 (unused suppression) instead.
    /// </summary>
    [Test]
    public void PACE013_the_pages_suppression_example_suppresses_a_real_finding()
    {
        var page = File.ReadAllText(Path.Combine(RuleConventionTests.RepositoryRoot(), "docs", "rules", "PACE013.md"));
        var example = Regex.Match(page, @"# pace-disable-next-line PACE013\b.*\n\s*- name: (.+)\n");
        Assert.That(example.Success, Is.True, "PACE013.md has a suppression example");
        var name = example.Groups[1].Value.Trim();
        Assert.That(AttendanceIsNoContributionRule.AttendancePhrase(name), Is.Not.Null, name);
        Assert.That(Findings(Clean().WithKpi(3, 0, k => k with { Name = name }), "PACE013"), Has.Count.EqualTo(1), name);
    }

    [Test]
    public void PACE017_reports_an_individual_target_on_a_lagging_output()
    {
        var chart = Clean().WithKpi(0, 0, k => k with { Level = KpiLevel.Individual });
        var d = AssertSingle(chart, "PACE017", EnglishMessages.PACE017, DutchMessages.PACE017, ("kpi", "Signed contract value"), ("process", "From lead to deal"));
        Assert.That(d.Path, Is.EqualTo("processes[0].kpis[0].level"));
        Assert.That(d.Severity, Is.EqualTo(Severity.Info));
    }

    [Test]
    public void PACE017_passes_individual_leading_or_input_kpis_and_team_outputs()
    {
        var chart = Clean()
            .WithKpi(0, 1, k => k with { Level = KpiLevel.Individual }) // leading output
            .WithKpi(0, 2, k => k with { Level = KpiLevel.Individual }); // lagging input
        Assert.That(Findings(chart, "PACE017"), Is.Empty);
    }
}
