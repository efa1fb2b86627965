using Pace.Analysis;

namespace Pace.Tests.Analysis;

/// <summary>
/// A period still under way on the chart's date is judged period-to-date: € 110.000 of a € 300.000 fourth quarter on
/// 1 November is ahead of October's € 100.000, not € 190.000 short.
/// </summary>
public sealed class PeriodToDateTests
{
    private static readonly DateOnly FirstOfNovember = new(2026, 11, 1);

    private static Kpi ContractValue(decimal q4) => new()
    {
        Name = "Getekende contractwaarde", Unit = "EUR", Target = 300_000, Cadence = Cadence.Quarter,
        Actuals = [new Actual(Period.Quarter(2026, 3), 295_000), new Actual(Period.Quarter(2026, 4), q4)],
    };

    [Test]
    public void The_first_of_November_example_is_on_track_pro_rata()
    {
        var kpi = ContractValue(110_000);
        var judged = PeriodToDate.Of(kpi, FirstOfNovember)!;
        Assert.Multiple(() =>
        {
            Assert.That(judged.Period, Is.EqualTo(Period.Quarter(2026, 4)));
            Assert.That((judged.DaysPassed, judged.Days), Is.EqualTo((31, 92)), "October has passed; 1 November has not");
            Assert.That(judged.ProRata, Is.True);
            Assert.That(judged.Target, Is.EqualTo(100_000m), "October's share, as the breakdown gives it");
            Assert.That(judged.WholeTarget, Is.EqualTo(300_000m));
            Assert.That(judged.Ahead, Is.EqualTo(10_000m));
            Assert.That(judged.Status, Is.EqualTo(KpiStatus.Green));
            Assert.That(StatusCheck.Of(kpi, FirstOfNovember), Is.EqualTo(KpiStatus.Green));

            // Without a date, the quarter is judged whole, as before.
            Assert.That(StatusCheck.Of(kpi), Is.EqualTo(KpiStatus.Red));
        });
    }

    [Test]
    public void The_pro_rata_target_is_the_breakdown_of_the_days_passed()
    {
        var kpi = ContractValue(0);
        var breakdown = TargetBreakdown.Of(kpi, Period.Quarter(2026, 4))!;
        var weeks = TargetBreakdown.Weeks(breakdown);
        foreach (var asOf in new[] { new DateOnly(2026, 10, 19), new DateOnly(2026, 11, 16), new DateOnly(2026, 12, 1) })
        {
            var passed = weeks.SelectMany(w => w.Parts.Count > 0 ? w.Parts : [w]).Where(p => p.Until <= asOf).Sum(p => p.Target);
            Assert.That(PeriodToDate.Of(kpi, kpi.Actuals[^1], asOf).Target, Is.EqualTo(passed).Within(0.01m), asOf.ToString());
        }
    }

    [Test]
    public void A_real_shortfall_is_behind_by_the_difference()
    {
        var judged = PeriodToDate.Of(ContractValue(80_000), FirstOfNovember)!;
        Assert.Multiple(() =>
        {
            Assert.That(judged.Target, Is.EqualTo(100_000m));
            Assert.That(judged.Ahead, Is.EqualTo(-20_000m));
            Assert.That(judged.Status, Is.EqualTo(KpiStatus.Red), "20 % behind, beyond the 10 % tolerance");
        });
        Assert.That(PeriodToDate.Of(ContractValue(95_000), FirstOfNovember)!.Status, Is.EqualTo(KpiStatus.Amber));
    }

    [Test]
    public void A_period_that_has_ended_is_judged_against_its_whole_target()
    {
        var kpi = ContractValue(110_000);
        var q3 = PeriodToDate.Of(kpi, kpi.Actuals[0], FirstOfNovember);
        Assert.That((q3.ProRata, q3.Target, q3.Status, q3.IsRunning), Is.EqualTo((false, 300_000m, KpiStatus.Amber, false)));
        Assert.That(PeriodToDate.Of(kpi, new DateOnly(2027, 1, 1))!.Status, Is.EqualTo(KpiStatus.Red), "the quarter ended at €110,000");
    }

    [Test]
    public void Lower_is_better_sums_are_judged_pro_rata_too()
    {
        var cost = new Kpi
        {
            Name = "Marketingkosten", Unit = "EUR", Target = 30_000, Better = Direction.Lower, Cadence = Cadence.Month,
            Actuals = [new Actual(Period.Month(2026, 11), 12_000)],
        };

        // 15 of November's 30 days: € 15.000 allowed so far.
        var judged = PeriodToDate.Of(cost, new DateOnly(2026, 11, 16))!;
        Assert.That((judged.Target, judged.Ahead, judged.Status), Is.EqualTo((15_000m, 3_000m, KpiStatus.Green)));
    }

    [Test]
    public void Thresholds_scale_pro_rata_with_the_target()
    {
        var kpi = ContractValue(105_000) with { Red = 240_000, Super = 330_000 };

        // A third of the quarter: red past € 80.000, super-green from € 110.000.
        Assert.That(PeriodToDate.Of(kpi, FirstOfNovember)!.Status, Is.EqualTo(KpiStatus.Green));
        Assert.That(PeriodToDate.Of(kpi with { Actuals = [new Actual(Period.Quarter(2026, 4), 110_000)] }, FirstOfNovember)!.Status, Is.EqualTo(KpiStatus.Super));
        Assert.That(PeriodToDate.Of(kpi with { Actuals = [new Actual(Period.Quarter(2026, 4), 80_000)] }, FirstOfNovember)!.Status, Is.EqualTo(KpiStatus.Amber));
        Assert.That(PeriodToDate.Of(kpi with { Actuals = [new Actual(Period.Quarter(2026, 4), 79_999)] }, FirstOfNovember)!.Status, Is.EqualTo(KpiStatus.Red));
    }

    [Test]
    public void A_weekly_sum_under_way_is_judged_by_its_days()
    {
        var leads = new Kpi { Name = "Leads", Unit = "leads", Target = 40, Cadence = Cadence.Week, Actuals = [new Actual(Period.Week(2026, 44), 25)] };

        // Thursday 29 October: Monday to Wednesday have passed, 3/7 of 40.
        var judged = PeriodToDate.Of(leads, new DateOnly(2026, 10, 29))!;
        Assert.That((judged.DaysPassed, judged.Target, judged.Status), Is.EqualTo((3, 17.14m, KpiStatus.Green)));
    }
}
