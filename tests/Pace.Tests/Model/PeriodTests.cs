namespace Pace.Tests.Model;

public class PeriodTests
{
    [TestCase("9999-12-31")]
    [TestCase("9999-12")]
    [TestCase("9999-Q4")]
    [TestCase("9999")]
    public void The_calendars_last_periods_end_on_its_last_day_instead_of_throwing(string key)
    {
        Assert.That(Period.TryParse(key, out var period), Is.True);
        Assert.That(period.End, Is.EqualTo(DateOnly.MaxValue));
    }

    [TestCase("2026-W53", "2026-12-28", "2027-01-04")]
    [TestCase("2026-Q4", "2026-10-01", "2027-01-01")]
    [TestCase("2027-02", "2027-02-01", "2027-03-01")]
    public void Periods_run_from_start_to_the_day_after(string key, string start, string end)
    {
        Assert.That(Period.TryParse(key, out var period), Is.True);
        Assert.That((period.Start, period.End), Is.EqualTo((DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture))));
        Assert.That(period.ToString(), Is.EqualTo(key));
    }
}
