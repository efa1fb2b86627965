using Pace.Analysis;

namespace Pace.Tests.Analysis;

public class TrendAnalysisTests
{
    private static Kpi Weekly(Direction better, params decimal[] values) => new()
    {
        Target = 100,
        Better = better,
        Actuals = [.. values.Select((v, i) => new Actual(Period.Week(2026, 10 + i), v))],
    };

    [Test]
    public void Five_points_claim_no_trend_six_do()
    {
        Assert.That(TrendAnalysis.Of(Weekly(Direction.Higher, 10, 20, 30, 40, 50)), Is.EqualTo(Trend.None));
        Assert.That(TrendAnalysis.Of(Weekly(Direction.Higher, 10, 20, 30, 40, 50, 60)), Is.EqualTo(Trend.Rising));
    }

    [TestCase(new[] { 60.0, 50, 40, 30, 20, 10 }, Trend.Falling)]
    [TestCase(new[] { 100.0, 101, 99, 100, 101, 100 }, Trend.Flat)]
    [TestCase(new[] { 96.1, 95.4, 94.8, 93.9, 92.7, 91.2 }, Trend.Falling)] // a slow slide of percentages still counts
    [TestCase(new[] { 0.0, 0, 0, 0, 0, 0 }, Trend.Flat)]
    [TestCase(new[] { -3.0, -2, -1, 1, 2, 3 }, Trend.Rising)] // a mean of zero
    public void Direction_of_the_fitted_line(double[] values, Trend expected) =>
        Assert.That(TrendAnalysis.Of([.. values.Select(v => (decimal)v)]), Is.EqualTo(expected));

    [Test]
    public void Only_the_latest_six_count_by_default()
    {
        var kpi = Weekly(Direction.Higher, 500, 100, 110, 120, 130, 140, 150);
        Assert.That(TrendAnalysis.Of(kpi), Is.EqualTo(Trend.Rising));
        Assert.That(TrendAnalysis.Of(kpi, window: 7), Is.EqualTo(Trend.Falling));
        Assert.Throws<ArgumentOutOfRangeException>(() => TrendAnalysis.Of(kpi, window: 5));
    }

    [Test]
    public void Improving_depends_on_which_way_is_better()
    {
        Assert.That(TrendAnalysis.IsImproving(Weekly(Direction.Lower, 60, 50, 40, 30, 20, 10)), Is.True);
        Assert.That(TrendAnalysis.IsImproving(Weekly(Direction.Higher, 60, 50, 40, 30, 20, 10)), Is.False);
        Assert.That(TrendAnalysis.IsImproving(Weekly(Direction.Higher, 60, 50)), Is.Null);
    }

    [Test]
    public void Slope_is_least_squares()
    {
        Assert.That(TrendAnalysis.Slope([1, 3, 5, 7]), Is.EqualTo(2m));
        Assert.Throws<ArgumentException>(() => TrendAnalysis.Slope([1]));
    }
}
