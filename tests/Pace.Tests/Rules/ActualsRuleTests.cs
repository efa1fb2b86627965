using Pace.Validation;
using Pace.Localization;
using Pace.Yaml;
using static Pace.Tests.Rules.RuleCharts;

namespace Pace.Tests.Rules;

/// <summary>The rules about actuals against targets: PACE018 and PACE020.</summary>
public class ActualsRuleTests
{
    [Test]
    public void PACE018_reports_a_red_latest_actual_with_amounts_written_as_in_each_language()
    {
        var chart = Clean().WithKpi(0, 1, k => k with { Actuals = Weekly(950_000, 700_000) });
        var d = Findings(chart, "PACE018").Single();
        Assert.That(d.Message, Is.EqualTo(Named.Format(EnglishMessages.PACE018, ("kpi", "Pipeline value"), ("process", "From lead to deal"), ("period", "in week 31 of 2026"), ("value", "€700,000"), ("target", "€900,000"))));
        Assert.That(Findings(chart, "PACE018", ChartLanguage.Dutch).Single().Message,
            Is.EqualTo(Named.Format(DutchMessages.PACE018, ("kpi", "Pipeline value"), ("process", "From lead to deal"), ("period", "in week 31 van 2026"), ("value", "€ 700.000"), ("target", "€ 900.000"))));
        Assert.That(d.Path, Is.EqualTo("processes[0].kpis[1].actuals.2026-W31"));
        Assert.That(d.Severity, Is.EqualTo(Severity.Warning));
    }

    [Test]
    public void PACE018_judges_lower_is_better_kpis_the_other_way()
    {
        var chart = Clean().WithKpi(0, 2, k => k with { Actuals = [new Actual(Period.Month(2026, 10), 180)] });
        Assert.That(Findings(chart, "PACE018").Single().Message,
            Is.EqualTo(Named.Format(EnglishMessages.PACE018, ("kpi", "Cost per deal"), ("process", "From lead to deal"), ("period", "in October 2026"), ("value", "€180"), ("target", "€150"))));
        Assert.That(Findings(chart, "PACE018", ChartLanguage.Dutch).Single().Message,
            Is.EqualTo(Named.Format(DutchMessages.PACE018, ("kpi", "Cost per deal"), ("process", "From lead to deal"), ("period", "in oktober 2026"), ("value", "€ 180"), ("target", "€ 150"))));
    }

    [Test]
    public void PACE018_in_Dutch_puts_a_day_after_op_and_a_quarter_as_the_articles_write_it()
    {
        var daily = Clean().WithKpi(0, 1, k => k with { Cadence = Cadence.Day, Actuals = [new Actual(Period.Day(new DateOnly(2026, 10, 31)), 700_000)] });
        var quarterly = Clean().WithKpi(0, 1, k => k with { Cadence = Cadence.Quarter, Actuals = [new Actual(Period.Quarter(2026, 4), 700_000)] });
        Assert.Multiple(() =>
        {
            Assert.That(Findings(daily, "PACE018", ChartLanguage.Dutch).Single().Message,
                Is.EqualTo(Named.Format(DutchMessages.PACE018, ("kpi", "Pipeline value"), ("process", "From lead to deal"), ("period", "op 31 oktober 2026"), ("value", "€ 700.000"), ("target", "€ 900.000"))));
            Assert.That(Findings(daily, "PACE018").Single().Message,
                Is.EqualTo(Named.Format(EnglishMessages.PACE018, ("kpi", "Pipeline value"), ("process", "From lead to deal"), ("period", "on 31 October 2026"), ("value", "€700,000"), ("target", "€900,000"))));
            Assert.That(Findings(quarterly, "PACE018", ChartLanguage.Dutch).Single().Message,
                Is.EqualTo(Named.Format(DutchMessages.PACE018, ("kpi", "Pipeline value"), ("process", "From lead to deal"), ("period", "in Q4 2026"), ("value", "€ 700.000"), ("target", "€ 900.000"))));
            Assert.That(Findings(daily, "PACE018", ChartLanguage.Dutch).Single().Message, Does.Not.Contain("2026-10-31").And.Not.Contain("haalde"));
        });
    }

    [TestCase(900_000)]
    [TestCase(810_000)] // amber: exactly 10 % short
    public void PACE018_passes_green_and_amber(decimal latest) =>
        Assert.That(Findings(Clean().WithKpi(0, 1, k => k with { Actuals = Weekly(500_000, latest) }), "PACE018"), Is.Empty);

    [Test]
    public void PACE018_uses_the_latest_period_whatever_the_written_order()
    {
        var actuals = new[] { new Actual(Period.Week(2026, 31), 950_000), new Actual(Period.Week(2026, 30), 100_000) };
        Assert.That(Findings(Clean().WithKpi(0, 1, k => k with { Actuals = actuals }), "PACE018"), Is.Empty);
    }

    [Test]
    public void PACE020_reports_three_misses_in_a_row_amber_included()
    {
        var chart = Clean().WithKpi(1, 1, k => k with { Actuals = Weekly(950_000, 880_000, 850_000, 820_000) });
        var d = Findings(chart, "PACE020").Single();
        Assert.That(d.Message, Is.EqualTo(Named.Format(EnglishMessages.PACE020, ("kpi", "Pipeline value"), ("process", "From order to delivery"), ("count", 3), ("first", "week 31 of 2026"), ("last", "week 33 of 2026"))));
        Assert.That(Findings(chart, "PACE020", ChartLanguage.Dutch).Single().Message,
            Is.EqualTo(Named.Format(DutchMessages.PACE020, ("kpi", "Pipeline value"), ("process", "From order to delivery"), ("count", 3), ("first", "week 31 van 2026"), ("last", "week 33 van 2026"))));
        Assert.That(d.Path, Is.EqualTo("processes[1].kpis[1].actuals"));
        Assert.That(d.Severity, Is.EqualTo(Severity.Warning));
    }

    [Test]
    public void PACE020_passes_two_misses_or_a_streak_broken_by_a_hit()
    {
        Assert.That(Findings(Clean().WithKpi(1, 1, k => k with { Actuals = Weekly(800_000, 800_000) }), "PACE020"), Is.Empty);
        Assert.That(Findings(Clean().WithKpi(1, 1, k => k with { Actuals = Weekly(800_000, 800_000, 800_000, 900_000) }), "PACE020"), Is.Empty);
    }

    [Test]
    public void PACE018_and_PACE020_point_at_the_latest_actual_and_at_the_actuals_key()
    {
        const string yaml = """
            pace: 1
            organization: X
            processes:
              - name: From lead to deal
                owner: Ann
                kpis:
                  - name: Pipeline
                    unit: EUR
                    target: 100
                    cadence: week
                    actuals:
                      2026-W01: 50
                      2026-W02: 50
                      2026-W03: 50
            """;
        var chart = ChartReader.Read(yaml, "c.pace.yaml").Chart!;
        var found = ChartValidator.Default.Validate(chart);
        Assert.That(found.Single(d => d.Code == "PACE018").Span!.StartLine, Is.EqualTo(14));
        Assert.That(found.Single(d => d.Code == "PACE020").Span!.StartLine, Is.EqualTo(11));
    }
}
