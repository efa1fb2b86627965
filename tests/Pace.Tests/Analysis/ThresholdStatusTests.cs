using Pace.Analysis;

namespace Pace.Tests.Analysis;

/// <summary>Rhythm Systems' red, yellow (amber), green and super-green criteria: <c>red:</c>, <c>green:</c> and <c>super:</c> beside the tolerance.</summary>
public sealed class ThresholdStatusTests
{
    private static readonly Kpi Leads = new() { Name = "Leads", Target = 40, Red = 30, Super = 50 };

    [TestCase(55, KpiStatus.Super)]
    [TestCase(50, KpiStatus.Super)]
    [TestCase(49, KpiStatus.Green)]
    [TestCase(40, KpiStatus.Green)]
    [TestCase(35, KpiStatus.Amber)]
    [TestCase(30, KpiStatus.Amber)]
    [TestCase(29.99, KpiStatus.Red)]
    public void Higher_is_better(decimal value, KpiStatus expected) => Assert.That(StatusCheck.Of(Leads, value), Is.EqualTo(expected));

    [TestCase(10, KpiStatus.Super)]
    [TestCase(20, KpiStatus.Green)]
    [TestCase(24, KpiStatus.Green)]
    [TestCase(30, KpiStatus.Amber)]
    [TestCase(30.5, KpiStatus.Red)]
    public void Lower_is_better(decimal value, KpiStatus expected)
    {
        var hours = new Kpi { Name = "Reactietijd", Unit = "uur", Target = 24, Better = Direction.Lower, Red = 30, Super = 12 };
        Assert.That(StatusCheck.Of(hours, value), Is.EqualTo(expected));
    }

    [Test]
    public void Green_moves_the_line_and_red_replaces_the_tolerance()
    {
        var kpi = new Kpi { Name = "Leads", Target = 40, Green = 38 };
        Assert.Multiple(() =>
        {
            Assert.That(StatusCheck.Of(kpi, 38), Is.EqualTo(KpiStatus.Green));
            Assert.That(StatusCheck.Of(kpi, 34.2m), Is.EqualTo(KpiStatus.Amber), "38 minus 10 % of the target 40");
            Assert.That(StatusCheck.Of(kpi, 33.9m), Is.EqualTo(KpiStatus.Red));
            Assert.That(StatusCheck.Of(kpi with { Tolerance = 0.5m, Red = 37 }, 36), Is.EqualTo(KpiStatus.Red));
            Assert.That(StatusCheck.Of(new Kpi { Name = "x", Green = 5 }, 6), Is.EqualTo(KpiStatus.Green), "green without a target");
            Assert.That(StatusCheck.Meets(Leads, 60), Is.True, "super-green meets the target");
            Assert.That(StatusCheck.Misses(Leads, 60), Is.False);
        });
    }
}
