using Pace.Analysis;

namespace Pace.Tests.Analysis;

/// <summary>Streaks and trends read consecutive periods only, and say where a gap broke them.</summary>
public sealed class ConsecutiveSeriesTests
{
    private static Kpi Weekly(params (int Week, decimal Value)[] actuals) => new()
    {
        Name = "Leads", Unit = "leads", Target = 40, Cadence = Cadence.Week,
        Actuals = [.. actuals.Select(a => new Actual(Period.Week(2026, a.Week), a.Value))],
    };

    [Test]
    public void Misses_in_W01_W10_and_W20_are_not_three_in_a_row()
    {
        var kpi = Weekly((1, 10), (10, 10), (20, 10));
        Assert.That(MissStreak.Count(kpi), Is.EqualTo(1));
        var run = Series.Run(kpi);
        Assert.That(run.Actuals.Select(a => a.Period), Is.EqualTo(new[] { Period.Week(2026, 20) }));
        Assert.That(run.GapBefore, Is.EqualTo(new SeriesGap(Period.Week(2026, 11), Period.Week(2026, 19))));
    }

    [Test]
    public void Three_consecutive_misses_are_a_streak()
    {
        Assert.That(MissStreak.Of(Weekly((18, 10), (19, 10), (20, 10))).Select(a => a.Period.ToString()), Is.EqualTo(new[] { "2026-W18", "2026-W19", "2026-W20" }));
        Assert.That(MissStreak.Count(Weekly((17, 10), (19, 10), (20, 10))), Is.EqualTo(2), "W18 is missing");
    }

    [Test]
    public void A_year_boundary_is_no_gap()
    {
        var kpi = new Kpi
        {
            Name = "Leads", Target = 40, Cadence = Cadence.Week,
            Actuals = [new Actual(Period.Week(2026, 52), 1), new Actual(Period.Week(2026, 53), 1), new Actual(Period.Week(2027, 1), 1)],
        };
        Assert.That(MissStreak.Count(kpi), Is.EqualTo(3));
    }

    [Test]
    public void A_trend_needs_six_consecutive_periods_and_says_where_the_gap_is()
    {
        // Six rising values, but W05 is missing: the latest run is W06–W09, four points.
        var broken = Weekly((1, 10), (2, 20), (3, 30), (4, 40), (6, 50), (7, 60), (8, 70), (9, 80));
        var reading = TrendAnalysis.Reading(broken, null);
        Assert.Multiple(() =>
        {
            Assert.That(reading.Trend, Is.EqualTo(Trend.None));
            Assert.That(reading.Points, Is.EqualTo(4));
            Assert.That(reading.GapBefore, Is.EqualTo(new SeriesGap(Period.Week(2026, 5), Period.Week(2026, 5))));
            Assert.That(TrendAnalysis.Of(broken), Is.EqualTo(Trend.None));
        });

        var whole = Weekly((4, 40), (5, 45), (6, 50), (7, 60), (8, 70), (9, 80));
        Assert.That(TrendAnalysis.Reading(whole, null), Is.EqualTo(new TrendReading(Trend.Rising, 6, null, true)));
    }

    [Test]
    public void Actuals_in_any_order_with_repeats_and_other_lengths_give_the_series_sorting_and_grouping_gives()
    {
        // The series is taken as written when it is in order already; written any other way it must come out the same.
        var random = new Random(2026);
        for (var round = 0; round < 500; round++)
        {
            var actuals = Enumerable.Range(0, random.Next(0, 8)).Select(i => new Actual(
                random.Next(5) == 0 ? Period.Month(2026, random.Next(1, 4)) : Period.Week(2026, random.Next(1, 7)), i)).ToList();
            if (random.Next(2) == 0)
            {
                actuals = [.. actuals.OrderBy(a => a.Period)];
            }

            var kpi = new Kpi { Name = "Leads", Target = 40, Cadence = random.Next(3) == 0 ? null : Cadence.Week, Actuals = actuals };
            var length = kpi.Cadence ?? (actuals.Count == 0 ? (Cadence?)null : actuals.OrderBy(a => a.Period).Last().Period.Length);
            var fitting = actuals.Where(a => a.Period.Length == length).GroupBy(a => a.Period).Select(g => g.Last()).OrderBy(a => a.Period);
            Assert.That(Series.Fitting(kpi), Is.EqualTo(fitting), $"round {round}: {string.Join(", ", actuals)}");
            Assert.That(Series.Ordered(kpi), Is.EqualTo(actuals.OrderBy(a => a.Period)), $"round {round}");
        }
    }

    [Test]
    public void Actuals_that_do_not_fit_the_cadence_are_left_out()
    {
        var kpi = Weekly((41, 39), (42, 42)) with
        {
            Actuals = [new Actual(Period.Week(2026, 41), 39), new Actual(Period.Month(2026, 10), 5), new Actual(Period.Year(2026), 1), new Actual(Period.Week(2026, 42), 42)],
        };
        Assert.Multiple(() =>
        {
            Assert.That(Series.Fitting(kpi).Select(a => a.Period.ToString()), Is.EqualTo(new[] { "2026-W41", "2026-W42" }));
            Assert.That(Series.Unfitting(kpi).Select(a => a.Period.ToString()), Is.EqualTo(new[] { "2026-10", "2026" }));
            Assert.That(Series.Latest(kpi)!.Value, Is.EqualTo(42m));
            Assert.That(StatusCheck.Of(kpi), Is.EqualTo(KpiStatus.Green));
        });
    }

    [Test]
    public void A_running_quarter_of_a_sum_is_left_out_of_its_trend()
    {
        var kpi = new Kpi
        {
            Name = "Omzet", Unit = "EUR", Target = 300_000, Cadence = Cadence.Quarter,
            Actuals = [.. Enumerable.Range(1, 7).Select(q => new Actual(Period.Quarter(2025 + ((q - 1) / 4), ((q - 1) % 4) + 1), 200_000 + (q * 10_000)))],
        };
        var withQ4 = kpi with { Actuals = [.. kpi.Actuals, new Actual(Period.Quarter(2026, 4), 50_000)] };
        Assert.That(TrendAnalysis.Reading(withQ4, new DateOnly(2026, 11, 1)).Trend, Is.EqualTo(Trend.Rising), "Q4's first month is no quarter");
        Assert.That(TrendAnalysis.Reading(withQ4, null).Trend, Is.Not.EqualTo(Trend.Rising), "read as a whole quarter it would bend the line");
    }
}
