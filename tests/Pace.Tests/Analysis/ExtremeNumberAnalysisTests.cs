using CsCheck;
using Pace.Analysis;
using Pace.Tests.Robustness;

namespace Pace.Tests.Analysis;

/// <summary>
/// The analysis the chart is drawn from is total over <see cref="decimal"/>'s range: status, trend, breakdown and the
/// largest-remainder split take ±max, the smallest step, zero, equal values and mixed signs without an exception, and
/// the split still adds up.
/// </summary>
public class ExtremeNumberAnalysisTests
{
    private static readonly Gen<decimal> Number = Gen.Frequency(
        (3, Generators.Number),
        (1, Gen.OneOfConst(decimal.MaxValue - 1, decimal.MinValue + 1, decimal.MaxValue / 3, 0.0000000000000000000000000005m, 7.9228162514264337593543950335m)));

    private static readonly Gen<decimal> Weight = Gen.Frequency((3, Number.Select(Math.Abs)), (1, Gen.Const(0m)), (1, Gen.Const(1m)));

    [Test]
    public void Status_never_throws() =>
        Gen.Select(Number, Number, Number.Nullable(0.5), Gen.Bool).Sample((target, value, tolerance, lower) =>
        {
            var kpi = new Kpi { Name = "K", Target = target, Tolerance = tolerance, Better = lower ? Direction.Lower : Direction.Higher };
            var status = StatusCheck.Of(kpi, value);
            Assert.That(status, Is.Not.EqualTo(KpiStatus.Unknown));
            Assert.That(StatusCheck.Of(kpi, target), Is.EqualTo(KpiStatus.Green), "a value on its target meets it");
        });

    [Test]
    public void Trend_and_slope_never_throw() =>
        Number.Array[6, 12].Sample(values =>
        {
            Assert.That(TrendAnalysis.Of(values), Is.Not.EqualTo(Trend.None));
            var slope = TrendAnalysis.Slope(values);
            if (values.Distinct().Count() == 1)
            {
                Assert.That(slope, Is.Zero, "equal values have no slope");
            }
        });

    [Test]
    public void Largest_remainder_split_never_throws_and_adds_up() =>
        Gen.Select(Number, Weight.Array[1, 14], Gen.Int[0, 10]).Where((_, w, _) => w.Any(x => x > 0)).Sample((total, weights, decimals) =>
        {
            var shares = LargestRemainder.Split(total, weights, decimals);
            Assert.That(shares, Has.Count.EqualTo(weights.Length));
            Assert.That(shares.Aggregate(0m, (a, b) => a + b), Is.EqualTo(total), "the shares add up to the total");
            Assert.That(shares.Where((_, i) => weights[i] == 0), Is.All.Zero, "a share without weight gets nothing");
        });

    [Test]
    public void Target_breakdown_never_throws_and_adds_up() =>
        Gen.Select(Number, Gen.OneOfConst(Cadence.Quarter, Cadence.Year), Weight.Array[12].Null(0.5)).Sample((target, cadence, weights) =>
        {
            var period = Period.Containing(cadence, new DateOnly(2026, 11, 1));
            foreach (var into in new[] { Cadence.Quarter, Cadence.Month, Cadence.Week, Cadence.Day }.Where(c => c < cadence))
            {
                var shares = TargetBreakdown.Split(target, period, into, weights);
                if (Math.Abs(target) >= 1e26m)
                {
                    // Above 10^26 decimal keeps no cents and the tree's levels round as they are summed: measured 6 units
                    // off a year target of 79228162514264337593543950334 split into weeks and 3 off one of
                    // 26409387504754779197847983445 split into months, and shares of -decimal.MaxValue whose decimal sum
                    // overflows; so these are added in double. Never an exception from the split; exact below 10^26.
                    var sum = shares.Sum(share => (double)share.Target);
                    Assert.That(sum, Is.EqualTo((double)target).Within(1e-12).Percent, $"{cadence} into {into}");
                }
                else
                {
                    Assert.That(shares.Aggregate(0m, (a, b) => a + b.Target), Is.EqualTo(target), $"{cadence} into {into}");
                }
            }
        });
}
