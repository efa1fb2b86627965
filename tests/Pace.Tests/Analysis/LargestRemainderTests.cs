using Pace.Analysis;

namespace Pace.Tests.Analysis;

public class LargestRemainderTests
{
    [Test]
    public void Leftover_cents_go_to_the_largest_remainders()
    {
        // 100 by 1:1:1 is 33.333…; one cent left goes to the first of equals.
        Assert.That(LargestRemainder.Split(100, [1, 1, 1]), Is.EqualTo(new[] { 33.34m, 33.33m, 33.33m }));

        // 10 by 1:2:4 is 1.4285…, 2.8571…, 5.7142…: the cent goes to the largest remainder (2.8571…).
        Assert.That(LargestRemainder.Split(10, [1, 2, 4]), Is.EqualTo(new[] { 1.42m, 2.86m, 5.72m }).Or.EqualTo(new[] { 1.43m, 2.86m, 5.71m }));
        Assert.That(LargestRemainder.Split(10, [1, 2, 4]).Sum(), Is.EqualTo(10m));
    }

    [Test]
    public void Whole_units_negative_totals_and_finer_totals()
    {
        Assert.That(LargestRemainder.Split(10, [1, 1, 1], decimals: 0), Is.EqualTo(new[] { 4m, 3m, 3m }));
        Assert.That(LargestRemainder.Split(-100, [1, 1, 1]), Is.EqualTo(new[] { -33.34m, -33.33m, -33.33m }));
        Assert.That(LargestRemainder.Split(0.005m, [1, 1]).Sum(), Is.EqualTo(0.005m), "a total finer than cents keeps its own precision");
    }

    [Test]
    public void A_zero_weight_gets_nothing()
    {
        var shares = LargestRemainder.Split(1, [0, 1, 1, 1]);
        Assert.That(shares[0], Is.Zero);
        Assert.That(shares.Sum(), Is.EqualTo(1m));
    }

    [Test]
    public void Bad_weights_are_refused()
    {
        Assert.Throws<ArgumentException>(() => LargestRemainder.Split(1, []));
        Assert.Throws<ArgumentException>(() => LargestRemainder.Split(1, [0, 0]));
        Assert.Throws<ArgumentException>(() => LargestRemainder.Split(1, [1, -1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => LargestRemainder.Split(1, [1], decimals: -1));
    }
}
