namespace Pace.Tests.Model;

public class QuantityFormatTests
{
    [TestCase(25000, "EUR", "nl", "€ 25.000")]
    [TestCase(25000, "EUR", "en", "€25,000")]
    [TestCase(-1500, "EUR", "en", "-€1,500")]
    [TestCase(12.5, "%", "nl", "12,5 %")]
    [TestCase(12.5, "%", "en", "12.5%")]
    [TestCase(3.456, "days", "en", "3.46 days")]
    [TestCase(1234.5, null, "nl", "1.235")]
    [TestCase(0.5, "", "nl", "0,5")]
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
