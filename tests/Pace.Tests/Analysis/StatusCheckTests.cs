using Pace.Analysis;

namespace Pace.Tests.Analysis;

public class StatusCheckTests
{
    private static Kpi Kpi(decimal target, Direction better = Direction.Higher, decimal? tolerance = null, params decimal[] actuals) => new()
    {
        Name = "K",
        Target = target,
        Better = better,
        Tolerance = tolerance,
        Actuals = [.. actuals.Select((v, i) => new Actual(Period.Month(2026, i + 1), v))],
    };

    [TestCase(100, KpiStatus.Green)]
    [TestCase(120, KpiStatus.Green)]
    [TestCase(99.99, KpiStatus.Amber)]
    [TestCase(90, KpiStatus.Amber)] // exactly on the 10 % edge
    [TestCase(89.99, KpiStatus.Red)]
    [TestCase(0, KpiStatus.Red)]
    public void Higher_is_better(decimal value, KpiStatus expected) =>
        Assert.That(StatusCheck.Of(Kpi(100, actuals: value)), Is.EqualTo(expected));

    [TestCase(30, KpiStatus.Green)]
    [TestCase(12, KpiStatus.Green)]
    [TestCase(30.01, KpiStatus.Amber)]
    [TestCase(33, KpiStatus.Amber)] // exactly on the 10 % edge
    [TestCase(33.01, KpiStatus.Red)]
    public void Lower_is_better(decimal value, KpiStatus expected) =>
        Assert.That(StatusCheck.Of(Kpi(30, Direction.Lower, actuals: value)), Is.EqualTo(expected));

    [TestCase(95, KpiStatus.Amber)]
    [TestCase(94.99, KpiStatus.Red)]
    public void A_kpi_sets_its_own_tolerance(decimal value, KpiStatus expected) =>
        Assert.That(StatusCheck.Of(Kpi(100, tolerance: 0.05m, actuals: value)), Is.EqualTo(expected));

    [Test]
    public void Zero_tolerance_makes_every_miss_red() =>
        Assert.That(StatusCheck.Of(Kpi(100, tolerance: 0, actuals: 99.99m)), Is.EqualTo(KpiStatus.Red));

    [Test]
    public void A_target_of_zero_for_lower_is_better_has_no_amber()
    {
        Assert.That(StatusCheck.Of(Kpi(0, Direction.Lower, actuals: 0)), Is.EqualTo(KpiStatus.Green));
        Assert.That(StatusCheck.Of(Kpi(0, Direction.Lower, actuals: 1)), Is.EqualTo(KpiStatus.Red));
    }

    [Test]
    public void A_negative_target_uses_its_size_for_the_tolerance() =>
        Assert.That(StatusCheck.Of(Kpi(-100, actuals: -110)), Is.EqualTo(KpiStatus.Amber));

    [Test]
    public void Status_is_unknown_without_target_or_actuals()
    {
        Assert.That(StatusCheck.Of(Kpi(100)), Is.EqualTo(KpiStatus.Unknown));
        Assert.That(StatusCheck.Of(new Kpi { Actuals = [new Actual(Period.Year(2026), 5)] }), Is.EqualTo(KpiStatus.Unknown));
    }

    [Test]
    public void The_latest_period_counts_not_the_last_written()
    {
        var kpi = new Kpi { Target = 100, Actuals = [new Actual(Period.Week(2026, 2), 100), new Actual(Period.Week(2026, 1), 10)] };
        Assert.That(StatusCheck.Of(kpi), Is.EqualTo(KpiStatus.Green));
    }

    [Test]
    public void Meets_and_misses_and_the_default_tolerance()
    {
        var kpi = Kpi(100);
        Assert.Multiple(() =>
        {
            Assert.That(StatusCheck.Meets(kpi, 100), Is.True);
            Assert.That(StatusCheck.Misses(kpi, 95), Is.True);
            Assert.That(StatusCheck.Misses(new Kpi(), 95), Is.False);
            Assert.That(StatusCheck.ToleranceOf(kpi), Is.EqualTo(StatusCheck.DefaultTolerance));
            Assert.That(StatusCheck.ToleranceOf(kpi with { Tolerance = -1 }), Is.Zero);
        });
    }
}
