using Pace.Rendering.Layout;

namespace Pace.Rendering.Tests;

public sealed class NumberFormatterTests
{
    [TestCase(25000, "EUR", "€ 25.000", "€25,000")]
    [TestCase(12.5, "%", "12,5 %", "12.5%")]
    [TestCase(3.5, "EUR", "€ 3,5", "€3.5")]
    [TestCase(1234567.891, null, "1.234.568", "1,234,568")]
    [TestCase(4.5, "stars", "4,5 stars", "4.5 stars")]
    [TestCase(96.14, "%", "96,1 %", "96.1%")]
    [TestCase(0.125, "%", "0,13 %", "0.13%")]
    [TestCase(-1500, "EUR", "€ -1.500", "-€1,500")]
    [TestCase(40, "leads", "40 leads", "40 leads")]
    [TestCase(0, null, "0", "0")]
    public void Quantities_follow_the_language(decimal value, string? unit, string dutch, string english)
    {
        Assert.Multiple(() =>
        {
            Assert.That(NumberFormatter.Quantity(value, unit, ChartLanguage.Dutch), Is.EqualTo(dutch));
            Assert.That(NumberFormatter.Quantity(value, unit, ChartLanguage.English), Is.EqualTo(english));
        });
    }

    [Test]
    public void Quantities_are_the_cores_with_a_drawable_unit()
    {
        Assert.Multiple(() =>
        {
            Assert.That(NumberFormatter.Quantity(700000, "EUR", ChartLanguage.Dutch), Is.EqualTo(QuantityFormat.Quantity(700000, "EUR", ChartLanguage.Dutch)), "the words the findings use");
            Assert.That(NumberFormatter.Quantity(40, "lea\u0007ds", ChartLanguage.English), Is.EqualTo("40 leads"));
        });
    }

    [Test]
    public void Targets_show_direction_unit_and_cadence()
    {
        var higher = new Kpi { Target = 25000, Unit = "EUR", Cadence = Cadence.Week };
        var lower = new Kpi { Target = 24, Unit = "uur", Cadence = Cadence.Quarter, Better = Direction.Lower };
        Assert.Multiple(() =>
        {
            Assert.That(NumberFormatter.Target(higher, Labels.Dutch), Is.EqualTo("≥ € 25.000 / week"));
            Assert.That(NumberFormatter.Target(higher, Labels.English), Is.EqualTo("≥ €25,000 / week"));
            Assert.That(NumberFormatter.Target(lower, Labels.Dutch), Is.EqualTo("≤ 24 uur / kwartaal"));
            Assert.That(NumberFormatter.Target(new Kpi { Unit = "%" }, Labels.English), Is.EqualTo("no target"));
            Assert.That(NumberFormatter.Target(new Kpi { Target = 90, Unit = "%" }, Labels.English), Is.EqualTo("≥ 90%"));
        });
    }
}
