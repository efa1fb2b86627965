using Pace.Analysis;

namespace Pace.Tests.Analysis;

/// <summary>
/// Regressions found by the property test <c>Validation_never_throws</c> (seed 8O2ol2Sol_q2): amounts near decimal's
/// limits overflowed the status and trend arithmetic, and validation threw.
/// </summary>
public class OverflowRegressionTests
{
    [Test]
    public void Status_of_values_near_decimal_limits_is_computed_not_thrown()
    {
        var kpi = new Kpi { Name = "K", Target = decimal.MaxValue, Tolerance = 2m };
        Assert.That(StatusCheck.Of(kpi, decimal.MinValue), Is.EqualTo(KpiStatus.Amber), "shortfall 2×max is within 200 % of max");
        Assert.That(StatusCheck.Of(kpi with { Tolerance = 0.5m }, decimal.MinValue), Is.EqualTo(KpiStatus.Red));
        Assert.That(StatusCheck.Of(kpi with { Better = Direction.Lower }, decimal.MinValue), Is.EqualTo(KpiStatus.Green));
    }

    [Test]
    public void Trend_of_values_near_decimal_limits_is_computed_not_thrown()
    {
        decimal[] rising = [decimal.MinValue, decimal.MinValue / 2, 0, decimal.MaxValue / 4, decimal.MaxValue / 2, decimal.MaxValue];
        Assert.That(TrendAnalysis.Of(rising), Is.EqualTo(Trend.Rising));
        Assert.That(TrendAnalysis.Slope(rising), Is.GreaterThan(0m));
    }

    [Test]
    public void Breakdown_with_seasonality_weights_near_decimal_limits_still_sums_to_the_target()
    {
        // Found while rendering: WeightOf summed weights near decimal.MaxValue and overflowed.
        IReadOnlyList<decimal> weights = [.. Enumerable.Repeat(decimal.MaxValue / 2, 11), decimal.MaxValue];
        var shares = TargetBreakdown.Split(1_200_000m, Period.Year(2027), Cadence.Month, weights);
        Assert.That(shares.Sum(s => s.Target), Is.EqualTo(1_200_000m));
        Assert.That(shares[11].Target, Is.EqualTo(shares[0].Target * 2).Within(0.01m));
    }
}
