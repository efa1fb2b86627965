using System.Globalization;
using Pace.Analysis;

namespace Pace.Tests.Analysis;

/// <summary>
/// The breakdown adds up at every level, to the cent: weeks (split by their days where they straddle two months) to
/// months, months to quarters, quarters to the year — for every cadence, with and without seasonality.
/// </summary>
public sealed class BreakdownSumTests
{
    private static Kpi Revenue(decimal target, Cadence cadence, IReadOnlyList<decimal>? seasonality = null) =>
        new() { Name = "Omzet", Unit = "EUR", Target = target, Cadence = cadence, Seasonality = seasonality };

    /// <summary>Every node's parts add up to the node, and every node's days are its parts' days.</summary>
    private static void AssertAddsUp(PeriodTarget node)
    {
        if (node.Parts.Count == 0)
        {
            return;
        }

        Assert.That(node.Parts.Sum(p => p.Target), Is.EqualTo(node.Target), $"{node.Period}: its parts add up");
        Assert.That(node.Parts.Sum(p => p.Days), Is.EqualTo(node.Days), $"{node.Period}: its parts cover its days");
        Assert.That(node.Parts.All(p => decimal.Round(p.Target, 2) == p.Target), Is.True, $"{node.Period}: shares in cents");
        foreach (var part in node.Parts)
        {
            AssertAddsUp(part);
        }
    }

    private static IEnumerable<TestCaseData> Years()
    {
        foreach (var year in new[] { 2026, 2027, 2028 })
        {
            foreach (var cadence in Enum.GetValues<Cadence>())
            {
                yield return new TestCaseData(year, cadence).SetName($"Breakdown_of_{year}_adds_up_for_a_{cadence}_target");
            }
        }
    }

    [TestCaseSource(nameof(Years))]
    public void Every_level_adds_up(int year, Cadence cadence)
    {
        var tree = TargetBreakdown.Year(Revenue(123_456.78m, cadence), year)!;
        Assert.That(tree, Is.Not.Null);
        Assert.That(tree.Parts, Has.Count.EqualTo(4));
        Assert.That(tree.Parts.SelectMany(q => q.Parts).Count(), Is.EqualTo(12));
        AssertAddsUp(tree);

        // The weeks of the year add up to it, and each week's parts to the week.
        var weeks = TargetBreakdown.Weeks(tree);
        Assert.That(weeks.Sum(w => w.Target), Is.EqualTo(tree.Target));
        Assert.That(weeks.Sum(w => w.Days), Is.EqualTo(tree.Days));
        Assert.That(weeks.Where(w => w.Parts.Count > 0).All(w => w.Parts.Sum(p => p.Target) == w.Target), Is.True);
    }

    [Test]
    public void Year_2026_has_53_ISO_weeks_and_every_one_is_in_its_breakdown()
    {
        var weeks = TargetBreakdown.Weeks(TargetBreakdown.Year(Revenue(1_200_000, Cadence.Year), 2026)!);
        Assert.Multiple(() =>
        {
            Assert.That(weeks, Has.Count.EqualTo(53));
            Assert.That(weeks.Select(w => w.Period), Is.EqualTo(Enumerable.Range(1, 53).Select(w => Period.Week(2026, w))));

            // 2026 starts on a Thursday and ends on one: W01 and W53 are in it for four days each.
            Assert.That((weeks[0].Days, weeks[^1].Days), Is.EqualTo((4, 4)));
            Assert.That(weeks.Skip(1).SkipLast(1).All(w => w.Days == 7), Is.True);
        });
    }

    [Test]
    public void Year_2027_starts_with_three_days_of_2026_W53()
    {
        var weeks = TargetBreakdown.Weeks(TargetBreakdown.Year(Revenue(1_200_000, Cadence.Year), 2027)!);
        Assert.Multiple(() =>
        {
            Assert.That(weeks[0].Period, Is.EqualTo(Period.Week(2026, 53)));
            Assert.That(weeks[0].Days, Is.EqualTo(3));
            Assert.That(weeks.Skip(1).Select(w => w.Period), Is.EqualTo(Enumerable.Range(1, 52).Select(w => Period.Week(2027, w))));
            Assert.That(weeks[^1].Period, Is.EqualTo(Period.Week(2027, 52)));
            Assert.That(weeks[^1].Days, Is.EqualTo(5));
        });
    }

    /// <summary>
    /// ISO counts 12, 13 or 14 weeks in a quarter (by their Thursdays): 2027-Q1 has 12, 2026-Q1 13, 2026-Q4 14. By days
    /// every quarter adds up, whichever weeks it only touches.
    /// </summary>
    [TestCase(2027, 1, 12, 14)]
    [TestCase(2026, 1, 13, 14)]
    [TestCase(2026, 4, 14, 14)]
    [TestCase(2024, 2, 13, 13)]
    public void Quarters_of_12_13_and_14_ISO_weeks_add_up(int year, int quarter, int isoWeeks, int touched)
    {
        var q = Period.Quarter(year, quarter);
        var thursdays = Enumerable.Range(0, q.End.DayNumber - q.Start.DayNumber).Select(d => q.Start.AddDays(d)).Count(d => d.DayOfWeek == DayOfWeek.Thursday);
        Assert.That(thursdays, Is.EqualTo(isoWeeks), "the quarter's ISO week count");

        var node = TargetBreakdown.Of(Revenue(300_000, Cadence.Quarter), q)!;
        AssertAddsUp(node);
        var weeks = TargetBreakdown.Weeks(node);
        Assert.That(weeks, Has.Count.EqualTo(touched));
        Assert.That(weeks.Sum(w => w.Target), Is.EqualTo(300_000m));
        Assert.That(node.Parts.Select(m => m.Target), Is.EqualTo(new[] { 100_000m, 100_000m, 100_000m }), "A000: € 100.000 a month");
    }

    [Test]
    public void A_week_across_two_months_is_split_by_its_days()
    {
        // 2026-W44 runs Monday 26 October to Sunday 1 November: six days in October, one in November.
        var q4 = TargetBreakdown.Of(Revenue(300_000, Cadence.Quarter), Period.Quarter(2026, 4))!;
        var w44 = TargetBreakdown.Weeks(q4).Single(w => w.Period == Period.Week(2026, 44));
        Assert.Multiple(() =>
        {
            Assert.That(w44.Parts.Select(p => (p.From, p.Days)), Is.EqualTo(new[] { (new DateOnly(2026, 10, 26), 6), (new DateOnly(2026, 11, 1), 1) }));
            Assert.That(w44.Parts[0].Target, Is.EqualTo(19_354.84m).Within(0.01m), "6/31 of October's € 100.000");
            Assert.That(w44.Parts[1].Target, Is.EqualTo(3_333.33m).Within(0.01m), "1/30 of November's € 100.000");
        });

        // January 2026's weeks add up to January: the bug this replaces gave € 120.022,51 for € 100.000.
        var year = TargetBreakdown.Year(Revenue(1_200_000, Cadence.Year), 2026)!;
        var january = year.Parts[0].Parts[0];
        Assert.That(january.Parts.Sum(w => w.Target), Is.EqualTo(100_000m));
        Assert.That(january.Parts.Select(w => w.Period.ToString()), Is.EqualTo(new[] { "2026-W01", "2026-W02", "2026-W03", "2026-W04", "2026-W05" }));
    }

    [Test]
    public void Seasonality_weights_months_and_the_days_of_a_straddling_week()
    {
        decimal[] weights = [1, 1, 1, 1, 1, 1, 1, 0.5m, 1, 1, 1, 2];
        var year = TargetBreakdown.Year(Revenue(1_200_000, Cadence.Year, weights), 2026)!;
        AssertAddsUp(year);
        var months = year.Parts.SelectMany(q => q.Parts).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(months[0].Target, Is.EqualTo(96_000m));
            Assert.That(months[7].Target, Is.EqualTo(48_000m));
            Assert.That(months[11].Target, Is.EqualTo(192_000m));
            Assert.That(year.Parts.Select(q => q.Target), Is.EqualTo(new[] { 288_000m, 288_000m, 240_000m, 384_000m }));
        });

        // A weekly target with seasonality: a week across July and August gives its August days half the weight.
        var weekly = Revenue(7_000, Cadence.Week, weights);
        var straddling = TargetBreakdown.Weeks(TargetBreakdown.Year(weekly, 2026)!).Single(w => w.Period == Period.Week(2026, 31));
        Assert.That(straddling.Target, Is.EqualTo(7_000m));
        Assert.That(straddling.Parts.Select(p => p.Days), Is.EqualTo(new[] { 5, 2 }), "27–31 July, 1–2 August");
        Assert.That(straddling.Parts[1].Target, Is.LessThan(straddling.Parts[0].Target * 2 / 5));
    }

    [Test]
    public void Targets_above_the_cadence_add_up_and_below_it_split()
    {
        Assert.Multiple(() =>
        {
            Assert.That(TargetBreakdown.Year(Revenue(10, Cadence.Month), 2026)!.Target, Is.EqualTo(120m));
            Assert.That(TargetBreakdown.Of(Revenue(10, Cadence.Month), Period.Quarter(2026, 2))!.Target, Is.EqualTo(30m));
            Assert.That(TargetBreakdown.Year(Revenue(100, Cadence.Quarter), 2026)!.Target, Is.EqualTo(400m));
            Assert.That(TargetBreakdown.Year(Revenue(1, Cadence.Day), 2028)!.Target, Is.EqualTo(366m), "a leap year");
            Assert.That(TargetBreakdown.Of(Revenue(7, Cadence.Week), Period.Month(2026, 2))!.Target, Is.EqualTo(28m), "February 2026 is four whole weeks");
            Assert.That(TargetBreakdown.Of(Revenue(300_000, Cadence.Quarter), Period.Month(2026, 11))!.Target, Is.EqualTo(100_000m));
        });
    }

    [Test]
    public void Cents_are_not_lost_at_any_level()
    {
        var random = new Random(20261101);
        for (var i = 0; i < 60; i++)
        {
            var target = random.Next(1, 10_000_000) / 100m;
            var cadence = (Cadence)random.Next(5);
            decimal[]? weights = random.Next(2) == 0 ? null : [.. Enumerable.Range(0, 12).Select(_ => (decimal)random.Next(0, 5))];
            if (weights is not null && weights.All(w => w == 0))
            {
                weights[0] = 1;
            }

            var year = TargetBreakdown.Year(Revenue(target, cadence, weights), 2025 + random.Next(4))!;
            AssertAddsUp(year);
        }
    }

    [Test]
    public void Only_targets_that_add_up_break_down()
    {
        Assert.Multiple(() =>
        {
            Assert.That(TargetBreakdown.Year(new Kpi { Name = "NPS", Unit = "NPS", Target = 45, Cadence = Cadence.Quarter }, 2026), Is.Null);
            Assert.That(TargetBreakdown.Year(new Kpi { Name = "Onboardings volgens plan", Unit = "%", Target = 90, Cadence = Cadence.Week }, 2026), Is.Null);
            Assert.That(TargetBreakdown.Year(new Kpi { Name = "Salespipeline", Unit = "EUR", Target = 900_000, Cadence = Cadence.Week }, 2026), Is.Null);
            Assert.That(TargetBreakdown.Year(new Kpi { Name = "Offertes", Target = 6 }, 2026), Is.Null, "no cadence");
            Assert.That(TargetBreakdown.Year(new Kpi { Name = "Offertes", Cadence = Cadence.Week }, 2026), Is.Null, "no target");
            Assert.That(TargetBreakdown.Year(new Kpi { Name = "Offertes", Target = 6, Cadence = Cadence.Week, Aggregate = Aggregate.Sum }, 2026), Is.Not.Null);
            Assert.That(TargetBreakdown.Year(Revenue(decimal.MaxValue / 2, Cadence.Quarter), 2026), Is.Null, "overflows");
        });
    }

    [Test]
    public void A_kpi_breaks_down_whether_or_not_it_has_actuals()
    {
        var bare = Revenue(300_000, Cadence.Quarter);
        var measured = bare with { Actuals = [new Actual(Period.Quarter(2026, 3), 290_000)] };
        Assert.That(TargetBreakdown.Year(measured, 2026), Is.EqualTo(TargetBreakdown.Year(bare, 2026)));
        Assert.That(string.Join(" ", TargetBreakdown.Weeks(TargetBreakdown.Year(bare, 2026)!).Take(2).Select(w => w.Target.ToString(CultureInfo.InvariantCulture))),
            Is.EqualTo("12903.23 22580.65"));
    }
}
