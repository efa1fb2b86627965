using Pace.Validation;
using Pace.Localization;
using Pace.Yaml;
using static Pace.Tests.Rules.RuleCharts;

namespace Pace.Tests.Rules;

/// <summary>The weekly loop's rules: PACE018 pro rata, PACE020 on consecutive periods, PACE023 stale numbers, PACE024 cadence fit.</summary>
public sealed class LoopRuleTests
{
    private static readonly DateOnly FirstOfNovember = new(2026, 11, 1);

    /// <summary>The clean chart dated 1 November 2026, with Q3 and Q4 contract value for the first process.</summary>
    private static Chart November(decimal q4) => (Clean() with { Date = FirstOfNovember })
        .WithKpi(0, 0, k => k with { Actuals = [new Actual(Period.Quarter(2026, 3), 295_000), new Actual(Period.Quarter(2026, 4), q4)] });

    [Test]
    public void PACE018_is_silent_on_the_first_of_November_example_ahead_pro_rata()
    {
        Assert.That(Findings(November(110_000), "PACE018"), Is.Empty, "€110,000 by 1 November is ahead of October's €100,000");

        // The same chart without a date judges the quarter whole: the old behaviour, and still right for a chart without one.
        Assert.That(Findings(November(110_000) with { Date = null }, "PACE018"), Has.Count.EqualTo(1));
    }

    [Test]
    public void PACE018_reports_a_real_shortfall_pro_rata_with_both_targets()
    {
        var d = Findings(November(80_000), "PACE018").Single();
        Assert.That(d.Message, Is.EqualTo(Named.Format(EnglishMessages.PACE018ProRata, ("kpi", "Signed contract value"), ("process", "From lead to deal"), ("period", "in Q4 2026"), ("value", "€80,000"), ("date", "1 November 2026"), ("pro-rata", "€100,000"), ("target", "€300,000"), ("gap", "€20,000"))));
        Assert.That(d.Path, Is.EqualTo("processes[0].kpis[0].actuals.2026-Q4"));
        Assert.That(Findings(November(80_000), "PACE018", ChartLanguage.Dutch).Single().Message, Is.EqualTo(Named.Format(DutchMessages.PACE018ProRata, ("kpi", "Signed contract value"), ("process", "From lead to deal"), ("period", "in Q4 2026"), ("value", "€ 80.000"), ("date", "1 november 2026"), ("pro-rata", "€ 100.000"), ("target", "€ 300.000"), ("gap", "€ 20.000"))));
    }

    [Test]
    public void PACE020_counts_consecutive_periods_only()
    {
        var gaps = Clean().WithKpi(1, 1, k => k with { Actuals = [new(Period.Week(2026, 1), 1), new(Period.Week(2026, 10), 1), new(Period.Week(2026, 20), 1)] });
        Assert.That(Findings(gaps, "PACE020"), Is.Empty, "W01, W10 and W20 are not three in a row");
        var row = Clean().WithKpi(1, 1, k => k with { Actuals = [new(Period.Week(2026, 18), 1), new(Period.Week(2026, 19), 1), new(Period.Week(2026, 20), 1)] });
        Assert.That(Findings(row, "PACE020"), Has.Count.EqualTo(1));
    }

    [Test]
    public void PACE023_reports_a_weekly_kpi_last_reported_in_W02_with_the_week_it_misses()
    {
        var chart = (Clean() with { Date = FirstOfNovember }).WithKpi(1, 1, k => k with { Actuals = [new Actual(Period.Week(2026, 1), 950_000), new Actual(Period.Week(2026, 2), 950_000)] });
        var d = Findings(chart, "PACE023").Single();
        Assert.That(d.Message, Is.EqualTo(Named.Format(EnglishMessages.PACE023, ("kpi", "Pipeline value"), ("process", "From order to delivery"), ("last", "week 2 of 2026"), ("date", "1 November 2026"), ("expected", "week 43 of 2026"))));
        Assert.That(d.Path, Is.EqualTo("processes[1].kpis[1].actuals.2026-W02"));
        Assert.That(d.Severity, Is.EqualTo(Severity.Warning));
        Assert.That(Findings(chart, "PACE023", ChartLanguage.Dutch).Single().Message, Is.EqualTo(Named.Format(DutchMessages.PACE023, ("kpi", "Pipeline value"), ("process", "From order to delivery"), ("last", "week 2 van 2026"), ("date", "1 november 2026"), ("expected", "week 43 van 2026"))));
    }

    [Test]
    public void PACE023_passes_up_to_date_numbers_and_charts_without_a_date()
    {
        var current = (Clean() with { Date = FirstOfNovember }).WithKpi(1, 1, k => k with { Actuals = [new Actual(Period.Week(2026, 43), 950_000)] });
        Assert.That(Findings(current, "PACE023"), Is.Empty);
        Assert.That(Findings(current with { Date = null }, "PACE023"), Is.Empty);
        Assert.That(Findings(Clean() with { Date = FirstOfNovember }, "PACE023"), Is.Empty, "no actuals, nothing stale");
    }

    [Test]
    public void PACE024_locates_each_key_that_does_not_fit_the_cadence()
    {
        const string yaml = """
            pace: 1
            organization: X
            processes:
              - name: From lead to deal
                owner: Ann
                kpis:
                  - name: Leads
                    target: 40
                    cadence: week
                    actuals:
                      2026-W41: 39
                      2026-10: 160
                      2026-Q4: 400
                      2026: 2000
            """;
        var chart = ChartReader.Read(yaml, "c.pace.yaml").Chart!;
        var found = Findings(chart, "PACE024");
        Assert.That(found.Select(d => (d.Path, d.Span!.StartLine, d.Span.StartColumn)), Is.EqualTo(new[]
        {
            ("processes[0].kpis[0].actuals.2026-10", 12, 11),
            ("processes[0].kpis[0].actuals.2026-Q4", 13, 11),
            ("processes[0].kpis[0].actuals.2026", 14, 11),
        }));
        Assert.That(found[0].Message, Is.EqualTo(Named.Format(EnglishMessages.PACE024, ("kpi", "Leads"), ("process", "From lead to deal"), ("key", "2026-10"), ("granularity", EnglishMessages.OneMonth), ("cadence", EnglishMessages.CadenceWeek), ("example", "2026-W40"))));
        Assert.That(Findings(chart, "PACE024", ChartLanguage.Dutch)[0].Message, Is.EqualTo(Named.Format(DutchMessages.PACE024, ("kpi", "Leads"), ("process", "From lead to deal"), ("key", "2026-10"), ("granularity", DutchMessages.OneMonth), ("cadence", DutchMessages.CadenceWeek), ("example", "2026-W40"))));
        Assert.That(Findings(chart, "PACE018"), Is.Empty, "the misfits are not judged against the weekly target");
    }
}
