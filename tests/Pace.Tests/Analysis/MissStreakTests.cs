using Pace.Analysis;

namespace Pace.Tests.Analysis;

public class MissStreakTests
{
    private static Kpi Kpi(Direction better, params decimal[] values) => new()
    {
        Target = 100,
        Better = better,
        Actuals = [.. values.Select((v, i) => new Actual(Period.Month(2026, i + 1), v))],
    };

    [TestCase(new[] { 90.0, 80, 70 }, 3)]
    [TestCase(new[] { 90.0, 100, 70 }, 1)]
    [TestCase(new[] { 50.0, 60, 99.9, 120 }, 0)]
    [TestCase(new double[0], 0)]
    public void Counts_the_latest_misses_in_a_row(double[] values, int expected) =>
        Assert.That(MissStreak.Count(Kpi(Direction.Higher, [.. values.Select(v => (decimal)v)])), Is.EqualTo(expected));

    [Test]
    public void Lower_is_better_misses_above_the_target()
    {
        var kpi = Kpi(Direction.Lower, 90, 101, 105, 130);
        Assert.That(MissStreak.Count(kpi), Is.EqualTo(3));
        Assert.That(MissStreak.Of(kpi).Select(a => a.Period.ToString()), Is.EqualTo(new[] { "2026-02", "2026-03", "2026-04" }));
    }

    [Test]
    public void No_target_no_misses() => Assert.That(MissStreak.Count(Kpi(Direction.Higher, 1, 2, 3) with { Target = null }), Is.Zero);
}
