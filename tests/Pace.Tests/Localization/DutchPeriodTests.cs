namespace Pace.Tests.Localization;

/// <summary>
/// Periods in Dutch text are written as a Dutch manager writes them — "week 43 van 2026", "oktober 2026",
/// "op 31 oktober 2026", and quarters as the articles do ("De omzet in Q4 met 10% verhogen t.o.v. Q3", A000) —
/// never as the file's keys (<c>2026-W43</c>, <c>2026-Q4</c>).
/// </summary>
public sealed class DutchPeriodTests
{
    private static readonly DateOnly October31 = new(2026, 10, 31);

    [Test]
    public void Every_period_length_in_Dutch_words()
    {
        Assert.Multiple(() =>
        {
            Assert.That(PeriodFormat.Words(Period.Week(2026, 43), ChartLanguage.Dutch), Is.EqualTo("week 43 van 2026"));
            Assert.That(PeriodFormat.Words(Period.Month(2026, 10), ChartLanguage.Dutch), Is.EqualTo("oktober 2026"));
            Assert.That(PeriodFormat.Words(Period.Day(October31), ChartLanguage.Dutch), Is.EqualTo("31 oktober 2026"));
            Assert.That(PeriodFormat.Words(Period.Quarter(2026, 4), ChartLanguage.Dutch), Is.EqualTo("Q4 2026"));
            Assert.That(PeriodFormat.Words(Period.Year(2026), ChartLanguage.Dutch), Is.EqualTo("2026"));
        });
    }

    [Test]
    public void A_day_takes_op_every_longer_period_in()
    {
        Assert.Multiple(() =>
        {
            Assert.That(PeriodFormat.In(Period.Day(October31), ChartLanguage.Dutch), Is.EqualTo("op 31 oktober 2026"));
            Assert.That(PeriodFormat.In(Period.Week(2026, 43), ChartLanguage.Dutch), Is.EqualTo("in week 43 van 2026"));
            Assert.That(PeriodFormat.In(Period.Month(2026, 10), ChartLanguage.Dutch), Is.EqualTo("in oktober 2026"));
            Assert.That(PeriodFormat.In(Period.Quarter(2026, 4), ChartLanguage.Dutch), Is.EqualTo("in Q4 2026"));
            Assert.That(PeriodFormat.In(Period.Day(October31), ChartLanguage.English), Is.EqualTo("on 31 October 2026"));
        });
    }

    [Test]
    public void A_week_is_named_by_its_ISO_year_at_the_turn_of_the_year()
    {
        // 2026-W53 runs from 28 December 2026 to 3 January 2027; 2027-W01 starts on 4 January 2027.
        Assert.That(PeriodFormat.Words(Period.Week(2026, 53), ChartLanguage.Dutch), Is.EqualTo("week 53 van 2026"));
        Assert.That(PeriodFormat.Words(Period.Week(2027, 1), ChartLanguage.Dutch), Is.EqualTo("week 1 van 2027"));
    }

    [Test]
    public void Month_names_are_lower_case_in_Dutch()
    {
        var names = Enumerable.Range(1, 12).Select(m => PeriodFormat.Words(Period.Month(2026, m), ChartLanguage.Dutch).Split(' ')[0]).ToList();
        Assert.That(names, Is.EqualTo(new[] { "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december" }));
    }
}
