using Pace.Model;
using Pace.Rendering.Layout;

namespace Pace.Rendering.Tests;

public sealed class KpiStatusTests
{
    private static Kpi With(decimal target, Direction better, decimal? tolerance, params decimal[] values) => new()
    {
        Target = target,
        Better = better,
        Tolerance = tolerance,
        Actuals = [.. values.Select((v, i) => new Actual(Period.Week(2026, i + 1), v))],
    };

    [TestCase(100, "Green")]
    [TestCase(120, "Green")]
    [TestCase(99.99, "Amber")]
    [TestCase(90, "Amber")]
    [TestCase(89.99, "Red")]
    [TestCase(0, "Red")]
    public void Higher_is_better_with_the_default_ten_percent(decimal latest, string expected) =>
        Assert.That(KpiStatus.Of(With(100, Direction.Higher, null, 50, latest)), Is.EqualTo(Enum.Parse<Status>(expected)));

    [TestCase(24, "Green")]
    [TestCase(10, "Green")]
    [TestCase(24.01, "Amber")]
    [TestCase(26.4, "Amber")]
    [TestCase(26.41, "Red")]
    public void Lower_is_better(decimal latest, string expected) =>
        Assert.That(KpiStatus.Of(With(24, Direction.Lower, null, 0, latest)), Is.EqualTo(Enum.Parse<Status>(expected)));

    [TestCase(0.25, 75, "Amber")]
    [TestCase(0.25, 74.9, "Red")]
    [TestCase(0, 99.9, "Red")]
    public void The_kpi_tolerance_replaces_the_default(decimal tolerance, decimal latest, string expected) =>
        Assert.That(KpiStatus.Of(With(100, Direction.Higher, tolerance, latest)), Is.EqualTo(Enum.Parse<Status>(expected)));

    [Test]
    public void The_latest_actual_is_the_latest_period_not_the_last_written()
    {
        var kpi = new Kpi { Target = 100, Actuals = [new(Period.Week(2026, 5), 50), new(Period.Week(2026, 2), 150)] };
        Assert.That(KpiStatus.Of(kpi), Is.EqualTo(Status.Red));
    }

    [Test]
    public void No_status_without_target_or_actuals()
    {
        Assert.Multiple(() =>
        {
            Assert.That(KpiStatus.Of(new Kpi { Target = 5 }), Is.Null);
            Assert.That(KpiStatus.Of(new Kpi { Actuals = [new(Period.Year(2026), 5)] }), Is.Null);
        });
    }

    [Test]
    public void Trends_need_six_actuals()
    {
        Assert.Multiple(() =>
        {
            Assert.That(KpiStatus.TrendOf(With(40, Direction.Higher, null, 31, 33, 36, 35, 39)), Is.Null);
            Assert.That(KpiStatus.TrendOf(With(40, Direction.Higher, null, 31, 33, 36, 35, 39, 42)), Is.EqualTo(Trend.Rising));
            Assert.That(KpiStatus.TrendOf(With(900, Direction.Higher, null, 940, 910, 870, 820, 790, 760)), Is.EqualTo(Trend.Falling));
            Assert.That(KpiStatus.TrendOf(With(100, Direction.Higher, null, 100, 101, 99, 100, 101, 100)), Is.EqualTo(Trend.Flat));
        });
    }
}
