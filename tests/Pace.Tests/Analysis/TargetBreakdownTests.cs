using System.Globalization;
using Pace.Analysis;

namespace Pace.Tests.Analysis;

public class TargetBreakdownTests
{
    [Test]
    public void Seed_000_three_hundred_thousand_a_quarter_is_one_hundred_thousand_a_month()
    {
        var months = TargetBreakdown.Split(300_000, Period.Quarter(2026, 4), Cadence.Month);
        Assert.That(months.Select(m => (m.Period.ToString(), m.Target)), Is.EqualTo(new[]
        {
            ("2026-10", 100_000m), ("2026-11", 100_000m), ("2026-12", 100_000m),
        }));
    }

    [Test]
    public void A_year_splits_into_twelve_months_with_no_cent_lost()
    {
        // Quarter by quarter: € 250.000 each, its cent left over in its first month.
        var months = TargetBreakdown.Split(1_000_000, Period.Year(2027), Cadence.Month);
        Assert.That(months, Has.Count.EqualTo(12));
        Assert.That(months.Sum(m => m.Target), Is.EqualTo(1_000_000m));
        Assert.That(months.Select(m => m.Target), Is.EqualTo(new[]
        {
            83_333.34m, 83_333.33m, 83_333.33m, 83_333.34m, 83_333.33m, 83_333.33m,
            83_333.34m, 83_333.33m, 83_333.33m, 83_333.34m, 83_333.33m, 83_333.33m,
        }));
    }

    [Test]
    public void Seed_003_seasonality_weights_the_months()
    {
        decimal[] weights = [1, 1, 1, 1, 1, 1, 1, 0.5m, 1, 1, 1, 2]; // quiet August, busy December
        var kpi = new Kpi { Target = 1_200_000, Cadence = Cadence.Year, Seasonality = weights };
        var months = TargetBreakdown.Split(kpi.Target!.Value, Period.Year(2026), Cadence.Month, kpi.Seasonality);
        Assert.Multiple(() =>
        {
            Assert.That(months[0].Target, Is.EqualTo(96_000m));
            Assert.That(months[7].Target, Is.EqualTo(48_000m));
            Assert.That(months[11].Target, Is.EqualTo(192_000m));
            Assert.That(months.Sum(m => m.Target), Is.EqualTo(1_200_000m));
        });
    }

    [Test]
    public void Seasonality_also_weights_a_quarter_and_its_weeks()
    {
        decimal[] weights = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 3];
        var kpi = new Kpi { Target = 300_000, Cadence = Cadence.Quarter, Seasonality = weights };
        var quarter = TargetBreakdown.Of(kpi, Period.Quarter(2026, 4))!;
        Assert.That(quarter.Parts.Select(m => m.Target), Is.EqualTo(new[] { 50_000m, 100_000m, 150_000m }));

        var weeks = TargetBreakdown.Weeks(quarter);
        Assert.That(weeks.Sum(w => w.Target), Is.EqualTo(300_000m));
        Assert.That(weeks[^1].Target, Is.EqualTo(weeks[0].Target * 3).Within(0.02m), "four December days weigh three times four October days");
    }

    [Test]
    public void Unusable_seasonality_splits_evenly_in_Of_and_is_refused_by_Split()
    {
        var kpi = new Kpi { Target = 1200, Cadence = Cadence.Year, Seasonality = [1, 2, 3] };
        Assert.That(TargetBreakdown.HasValidSeasonality(kpi), Is.False);
        Assert.That(TargetBreakdown.Year(kpi, 2026)!.Parts.SelectMany(q => q.Parts).Select(m => m.Target).Distinct(), Is.EqualTo(new[] { 100m }));
        Assert.Throws<ArgumentException>(() => TargetBreakdown.Split(1200, Period.Year(2026), Cadence.Month, [1, 2, 3]));
        Assert.Throws<ArgumentException>(() => TargetBreakdown.Split(1200, Period.Year(2026), Cadence.Month, new decimal[12]));
    }

    [Test]
    public void A_kpi_without_target_has_no_breakdown_and_the_period_must_match_its_cadence()
    {
        Assert.That(TargetBreakdown.Of(new Kpi { Cadence = Cadence.Quarter }, Period.Quarter(2026, 1)), Is.Null);
        Assert.That(TargetBreakdown.Of(new Kpi { Target = 1, Cadence = Cadence.Month }, Period.Week(2026, 1)), Is.Null, "a week of a monthly target is no node");
        Assert.That(TargetBreakdown.Of(new Kpi { Target = 1, Cadence = Cadence.Month }, Period.Quarter(2026, 1))!.Target, Is.EqualTo(3m));
    }

    [Test]
    public void Iso_2026_has_53_weeks_and_2027_starts_in_its_week_53()
    {
        var weeks = TargetBreakdown.PeriodsIn(Period.Year(2026), Cadence.Week);
        Assert.Multiple(() =>
        {
            Assert.That(weeks, Has.Count.EqualTo(53));
            Assert.That(weeks[0].ToString(), Is.EqualTo("2026-W01"));
            Assert.That(weeks[^1].ToString(), Is.EqualTo("2026-W53"));
            Assert.That(Period.Containing(Cadence.Week, new DateOnly(2027, 1, 1)), Is.EqualTo(Period.Week(2026, 53)));
            Assert.That(Period.Week(2026, 53).End, Is.EqualTo(new DateOnly(2027, 1, 4)));
            // 2027 touches 53 weeks too: the last three days of 2026-W53, then its own 52.
            Assert.That(TargetBreakdown.PeriodsIn(Period.Year(2027), Cadence.Week), Has.Count.EqualTo(53));
            Assert.That(TargetBreakdown.PeriodsIn(Period.Year(2027), Cadence.Week)[0], Is.EqualTo(Period.Week(2026, 53)));
        });
    }

    [Test]
    public void A_quarter_holds_every_week_that_shares_a_day_with_it()
    {
        // 2026-Q4 runs from Thursday 1 October to Thursday 31 December: W40 to W53, the first and last for four days.
        var q4 = TargetBreakdown.PeriodsIn(Period.Quarter(2026, 4), Cadence.Week);
        Assert.That(q4.Select(w => w.ToString()), Is.EqualTo(Enumerable.Range(40, 14).Select(w => string.Create(CultureInfo.InvariantCulture, $"2026-W{w}"))));

        // 2027-Q1 starts on a Friday: 2026-W53 (1–3 January) to 2027-W13 (29–31 March).
        var q1 = TargetBreakdown.PeriodsIn(Period.Quarter(2027, 1), Cadence.Week);
        Assert.That((q1.Count, q1[0].ToString(), q1[^1].ToString()), Is.EqualTo((14, "2026-W53", "2027-W13")));

        // Split by days, every day of 2026 and 2027 is in exactly one quarter's week part.
        var parts = Enumerable.Range(1, 4).SelectMany(q => new[] { Period.Quarter(2026, q), Period.Quarter(2027, q) })
            .SelectMany(q => TargetBreakdown.Split(1_000, q, Cadence.Week)).ToList();
        Assert.That(parts.Sum(p => p.Days), Is.EqualTo(365 + 365));
    }

    [Test]
    public void A_quarter_target_into_fourteen_weeks_sums_back_exactly()
    {
        var weeks = TargetBreakdown.Split(300_000, Period.Quarter(2026, 4), Cadence.Week);
        Assert.That(weeks, Has.Count.EqualTo(14));
        Assert.That(weeks.Sum(w => w.Target), Is.EqualTo(300_000m));

        // A whole October week is 7/31 of € 100.000, a whole November week 7/30.
        Assert.That(weeks.Single(w => w.Period == Period.Week(2026, 42)).Target, Is.EqualTo(22_580.65m).Within(0.01m));
        Assert.That(weeks.Single(w => w.Period == Period.Week(2026, 46)).Target, Is.EqualTo(23_333.33m).Within(0.01m));
        Assert.That((weeks[0].Days, weeks[^1].Days), Is.EqualTo((4, 4)));
    }

    [Test]
    public void Months_days_and_quarters()
    {
        Assert.That(TargetBreakdown.PeriodsIn(Period.Month(2028, 2), Cadence.Day), Has.Count.EqualTo(29));
        Assert.That(TargetBreakdown.PeriodsIn(Period.Year(2026), Cadence.Quarter).Select(q => q.ToString()), Is.EqualTo(new[] { "2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4" }));
        Assert.That(TargetBreakdown.PeriodsIn(Period.Week(2026, 53), Cadence.Day), Has.Count.EqualTo(7));
        Assert.That(TargetBreakdown.Split(70, Period.Week(2026, 53), Cadence.Day).Select(d => d.Target).Distinct(), Is.EqualTo(new[] { 10m }));
        Assert.Throws<ArgumentException>(() => TargetBreakdown.PeriodsIn(Period.Month(2026, 1), Cadence.Quarter));
        Assert.Throws<ArgumentException>(() => TargetBreakdown.PeriodsIn(Period.Week(2026, 1), Cadence.Month));
    }

    [Test]
    public void Every_split_of_random_targets_sums_back_exactly()
    {
        var random = new Random(20261101);
        Period[] periods = [Period.Year(2026), Period.Year(2027), Period.Quarter(2026, 4), Period.Quarter(2027, 1), Period.Month(2026, 2)];
        for (var i = 0; i < 500; i++)
        {
            var target = random.Next(-1_000_000, 10_000_000) / 100m;
            var period = periods[random.Next(periods.Length)];
            foreach (var into in Enum.GetValues<Cadence>().Where(c => c < period.Length))
            {
                decimal[]? weights = random.Next(2) == 0 ? null : [.. Enumerable.Range(0, 12).Select(_ => (decimal)random.Next(0, 5))];
                if (weights is not null && weights.All(w => w == 0))
                {
                    weights[0] = 1;
                }

                var shares = TargetBreakdown.Split(target, period, into, weights);
                Assert.That(shares.Sum(s => s.Target), Is.EqualTo(target), $"{target} over {period} into {into}");
                Assert.That(shares.All(s => decimal.Round(s.Target, 2) == s.Target), Is.True);
            }
        }
    }
}
