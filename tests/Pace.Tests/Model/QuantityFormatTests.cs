namespace Pace.Tests.Model;

public class QuantityFormatTests
{
    [TestCase(25000, "EUR", ChartLanguage.Dutch, "€ 25.000")]
    [TestCase(25000, "EUR", ChartLanguage.English, "€25,000")]
    [TestCase(-1500, "EUR", ChartLanguage.English, "-€1,500")]
    [TestCase(12.5, "%", ChartLanguage.Dutch, "12,5 %")]
    [TestCase(12.5, "%", ChartLanguage.English, "12.5%")]
    [TestCase(3.456, "days", ChartLanguage.English, "3.46 days")]
    [TestCase(1234.5, null, ChartLanguage.Dutch, "1.235")]
    [TestCase(0.5, "", ChartLanguage.Dutch, "0,5")]
    public void Quantities_are_written_as_people_write_them(decimal value, string? unit, ChartLanguage language, string expected) =>
        Assert.That(QuantityFormat.Quantity(value, unit, language), Is.EqualTo(expected));

    [Test]
    public void Numbers_at_decimals_limits_print_whole()
    {
        Assert.Multiple(() =>
        {
            // A negative amount that rounds to zero is zero, not "-€" with the digit cut off.
            Assert.That(QuantityFormat.Quantity(-0.001m, "EUR", ChartLanguage.English), Is.EqualTo("€0"));
            Assert.That(QuantityFormat.Quantity(-0.0000000000000000000000000001m, "EUR", ChartLanguage.Dutch), Is.EqualTo("€ 0"));
            Assert.That(QuantityFormat.Quantity(decimal.MinValue, "EUR", ChartLanguage.English), Is.EqualTo("-€79,228,162,514,264,337,593,543,950,335"));
            Assert.That(QuantityFormat.Quantity(decimal.MaxValue, "%", ChartLanguage.Dutch), Is.EqualTo("79.228.162.514.264.337.593.543.950.335 %"));
        });
    }
}
