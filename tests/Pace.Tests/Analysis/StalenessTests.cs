using Pace.Analysis;

namespace Pace.Tests.Analysis;

/// <summary>A number not reported for the last period its cadence completed by the chart's date.</summary>
public sealed class StalenessTests
{
    private static readonly DateOnly FirstOfNovember = new(2026, 11, 1); // a Sunday

    private static Kpi With(Cadence cadence, Period latest) => new() { Name = "x", Target = 1, Cadence = cadence, Actuals = [new Actual(latest, 1)] };

    [Test]
    public void A_weekly_kpi_last_reported_in_W02_is_stale_on_1_November()
    {
        var stale = Staleness.Of(With(Cadence.Week, Period.Week(2026, 2)), FirstOfNovember);
        Assert.That(stale, Is.EqualTo(new Staleness(Period.Week(2026, 2), Period.Week(2026, 43), 41)));
    }

    [Test]
    public void The_last_full_period_is_the_one_that_ended_before_the_date()
    {
        Assert.Multiple(() =>
        {
            // W44 ends on Sunday night; on Sunday 1 November W43 is the last full week.
            Assert.That(Staleness.Of(With(Cadence.Week, Period.Week(2026, 43)), FirstOfNovember), Is.Null);
            Assert.That(Staleness.Of(With(Cadence.Week, Period.Week(2026, 43)), new DateOnly(2026, 11, 2))!.Expected, Is.EqualTo(Period.Week(2026, 44)));
            Assert.That(Staleness.Of(With(Cadence.Month, Period.Month(2026, 10)), FirstOfNovember), Is.Null);
            Assert.That(Staleness.Of(With(Cadence.Month, Period.Month(2026, 9)), FirstOfNovember)!.Expected, Is.EqualTo(Period.Month(2026, 10)));
            Assert.That(Staleness.Of(With(Cadence.Quarter, Period.Quarter(2026, 3)), FirstOfNovember), Is.Null);
            Assert.That(Staleness.Of(With(Cadence.Quarter, Period.Quarter(2026, 2)), FirstOfNovember)!.Missing, Is.EqualTo(1));
            Assert.That(Staleness.Of(With(Cadence.Day, Period.Day(new DateOnly(2026, 10, 31))), FirstOfNovember), Is.Null);
            Assert.That(Staleness.Of(With(Cadence.Day, Period.Day(new DateOnly(2026, 10, 30))), FirstOfNovember)!.Missing, Is.EqualTo(1));
            Assert.That(Staleness.Of(With(Cadence.Year, Period.Year(2025)), FirstOfNovember), Is.Null);
        });
    }

    [Test]
    public void Nothing_is_stale_without_a_date_cadence_or_actuals()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Staleness.Of(With(Cadence.Week, Period.Week(2026, 2)), null), Is.Null);
            Assert.That(Staleness.Of(With(Cadence.Week, Period.Week(2026, 2)) with { Cadence = null }, FirstOfNovember), Is.Null);
            Assert.That(Staleness.Of(new Kpi { Name = "x", Cadence = Cadence.Week }, FirstOfNovember), Is.Null);
            Assert.That(Staleness.Of(With(Cadence.Week, Period.Week(2026, 2)), DateOnly.MaxValue), Is.Null);
        });
    }

    [Test]
    public void Missing_periods_are_counted_not_stepped_through()
    {
        var ancient = Staleness.Of(With(Cadence.Day, Period.Day(new DateOnly(2, 1, 1))), new DateOnly(9998, 1, 1))!;
        Assert.That(ancient.Missing, Is.EqualTo(new DateOnly(9997, 12, 31).DayNumber - new DateOnly(2, 1, 1).DayNumber));
        Assert.That(Staleness.Of(With(Cadence.Month, Period.Month(2025, 11)), FirstOfNovember)!.Missing, Is.EqualTo(11));
        Assert.That(Staleness.Of(With(Cadence.Quarter, Period.Quarter(2025, 3)), FirstOfNovember)!.Missing, Is.EqualTo(4));
        Assert.That(Staleness.Of(With(Cadence.Year, Period.Year(2020)), FirstOfNovember)!.Missing, Is.EqualTo(5));
    }
}
