using Pace.Rendering.Layout;

namespace Pace.Rendering.Tests;

/// <summary>
/// The breakdown line of a trends card: Pace.Analysis's <c>TargetBreakdown</c> in words, for the period of the
/// KPI's cadence that holds the chart's date. A week across two months is split by its days, so the weekly range is
/// over whole weeks; the count of weeks is ISO's, by their Thursday, so quarters have 12 to 14.
/// </summary>
public sealed class BreakdownLineTests
{
    private static readonly Kpi Quarterly = new() { Target = 300000, Unit = "EUR", Cadence = Cadence.Quarter };

    [Test]
    public void A_quarter_target_breaks_down_into_months_and_the_weeks_of_that_quarter()
    {
        Assert.Multiple(() =>
        {
            Assert.That(BreakdownLine.Describe(Quarterly, Period.Quarter(2026, 4), Labels.Dutch), Is.EqualTo("€ 300.000 per kwartaal = € 100.000 per maand ≈ € 22.581–€ 23.333 per week (14 weken in Q4 2026)"));
            Assert.That(BreakdownLine.Describe(Quarterly, Period.Quarter(2026, 4), Labels.English), Is.EqualTo("€300,000 a quarter = €100,000 a month ≈ €22,581–€23,333 a week (14 weeks in Q4 2026)"));
            Assert.That(BreakdownLine.Describe(Quarterly, Period.Quarter(2026, 3), Labels.English), Is.EqualTo("€300,000 a quarter = €100,000 a month ≈ €22,581–€23,333 a week (13 weeks in Q3 2026)"));
            Assert.That(BreakdownLine.Describe(Quarterly, Period.Quarter(2027, 1), Labels.English), Is.EqualTo("€300,000 a quarter = €100,000 a month ≈ €22,581–€25,000 a week (12 weeks in Q1 2027)"));
        });
    }

    [Test]
    public void A_year_target_breaks_down_into_quarters_months_and_weeks()
    {
        var kpi = new Kpi { Target = 1200000, Unit = "EUR", Cadence = Cadence.Year };
        Assert.Multiple(() =>
        {
            Assert.That(BreakdownLine.Describe(kpi, Period.Year(2027), Labels.English), Is.EqualTo("€1,200,000 a year = €300,000 a quarter = €100,000 a month ≈ €22,581–€25,000 a week (52 weeks in 2027)"));
            Assert.That(BreakdownLine.Describe(kpi, Period.Year(2026), Labels.English), Is.EqualTo("€1,200,000 a year = €300,000 a quarter = €100,000 a month ≈ €22,581–€25,000 a week (53 weeks in 2026)"));
        });
    }

    [Test]
    public void Seasonality_shows_as_ranges()
    {
        // A003: a quiet August and a busy December.
        var kpi = new Kpi { Target = 1200000, Unit = "EUR", Cadence = Cadence.Year, Seasonality = [1, 1, 1, 1, 1, 1, 1, 0.5m, 1, 1, 1, 2] };
        Assert.Multiple(() =>
        {
            Assert.That(BreakdownLine.Describe(kpi, Period.Year(2026), Labels.English), Is.EqualTo("€1,200,000 a year ≈ €240,000–€384,000 a quarter ≈ €48,000–€192,000 a month ≈ €10,839–€43,355 a week (53 weeks in 2026)"));
            Assert.That(BreakdownLine.Describe(kpi with { Cadence = Cadence.Quarter, Target = 300000 }, Period.Quarter(2026, 4), Labels.Dutch), Is.EqualTo("€ 300.000 per kwartaal ≈ € 75.000–€ 150.000 per maand ≈ € 16.935–€ 33.871 per week (14 weken in Q4 2026)"));
        });
    }

    [Test]
    public void Rates_short_cadences_and_missing_targets_do_not_break_down()
    {
        var q4 = Period.Quarter(2026, 4);
        Assert.Multiple(() =>
        {
            // A presentation rule: a percentage is the same in every month and week.
            Assert.That(BreakdownLine.Describe(new Kpi { Target = 35, Unit = "%", Cadence = Cadence.Quarter }, q4, Labels.English), Is.Null);
            Assert.That(BreakdownLine.Describe(new Kpi { Target = 35, Unit = " % ", Cadence = Cadence.Quarter }, q4, Labels.English), Is.Null);
            Assert.That(BreakdownLine.Describe(new Kpi { Name = "Net Promoter Score", Target = 45, Unit = "NPS", Cadence = Cadence.Quarter }, q4, Labels.Dutch), Is.Null, "an NPS of 45 is not 15 a month");
            Assert.That(BreakdownLine.Describe(new Kpi { Name = "Kosten per factuur", Target = 4, Unit = "EUR", Cadence = Cadence.Quarter }, q4, Labels.Dutch), Is.Null, "€ 4 an invoice is not € 1,33 a month");
            Assert.That(BreakdownLine.Describe(new Kpi { Name = "Doorlooptijd", Target = 30, Unit = "dagen", Cadence = Cadence.Quarter }, q4, Labels.Dutch), Is.Null, "30 days of lead time are not 10 a month");
            Assert.That(BreakdownLine.Describe(new Kpi { Target = 35, Unit = "EUR", Cadence = Cadence.Month }, Period.Month(2026, 10), Labels.English), Is.Null);
            Assert.That(BreakdownLine.Describe(new Kpi { Unit = "EUR", Cadence = Cadence.Quarter }, q4, Labels.English), Is.Null);
            Assert.That(BreakdownLine.Describe(Quarterly, Period.Year(2026), Labels.English), Is.Null, "a period that is not the KPI's cadence");
            Assert.That(BreakdownLine.Describe(Quarterly, null, Labels.English), Is.Null);
        });
    }

    [Test]
    public void The_period_is_the_one_holding_the_chart_date_else_the_latest_actual()
    {
        var measured = Quarterly with { Actuals = [new(Period.Week(2026, 39), 1), new(Period.Week(2026, 40), 1)] };
        Assert.Multiple(() =>
        {
            Assert.That(BreakdownLine.PeriodOf(Quarterly, new DateOnly(2026, 11, 1)), Is.EqualTo(Period.Quarter(2026, 4)));
            Assert.That(BreakdownLine.PeriodOf(measured, new DateOnly(2027, 2, 1)), Is.EqualTo(Period.Quarter(2027, 1)), "the chart date wins");

            // 2026-W40 runs from Monday 28 September; its Thursday, 1 October, is in Q4.
            Assert.That(BreakdownLine.PeriodOf(measured, null), Is.EqualTo(Period.Quarter(2026, 4)));
            Assert.That(BreakdownLine.PeriodOf(measured with { Cadence = Cadence.Year }, null), Is.EqualTo(Period.Year(2026)));
            Assert.That(BreakdownLine.PeriodOf(Quarterly, null), Is.Null, "no date, no actuals");
            Assert.That(BreakdownLine.PeriodOf(measured with { Cadence = null }, new DateOnly(2026, 11, 1)), Is.Null, "no cadence");
        });
    }

    [Test]
    public void Dates_at_the_calendars_edges_get_no_breakdown_and_no_crash()
    {
        Assert.Multiple(() =>
        {
            Assert.That(BreakdownLine.PeriodOf(Quarterly, new DateOnly(9999, 12, 31)), Is.Null);
            Assert.That(BreakdownLine.PeriodOf(Quarterly, DateOnly.MinValue), Is.Null);
        });

        foreach (var date in new[] { DateOnly.MinValue, new DateOnly(9998, 12, 31), DateOnly.MaxValue })
        {
            var kpi = Quarterly with { Name = "Sales", Actuals = [new(Period.Quarter(2026, 3), 295000)] };
            var chart = new Chart { Date = date, Processes = [new CoreProcess { Name = "Sell", Kpis = [kpi] }] };
            Assert.That(() => ChartRenderer.RenderPages(chart), Throws.Nothing, date.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Test]
    public void Extreme_targets_and_weights_do_not_crash_the_card()
    {
        var max = decimal.MaxValue;
        Kpi[] kpis =
        [
            Quarterly with { Target = max },
            Quarterly with { Target = -max },
            Quarterly with { Target = 0.0000000000000000000000000001m },
            Quarterly with { Cadence = Cadence.Year, Seasonality = [.. Enumerable.Repeat(max, 12)] },
            Quarterly with { Cadence = Cadence.Year, Target = max, Seasonality = [max, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.0000000000000000000000000001m] },
        ];
        Assert.Multiple(() =>
        {
            foreach (var kpi in kpis)
            {
                var period = BreakdownLine.PeriodOf(kpi, new DateOnly(2026, 11, 1));
                Assert.That(() => BreakdownLine.Describe(kpi, period, Labels.English), Throws.Nothing, $"{kpi.Target} {kpi.Cadence} {string.Join("/", kpi.Seasonality ?? [])}");
            }
        });
    }

    [Test]
    public void The_acme_card_breaks_its_quarter_target_down_for_the_quarter_of_the_chart_date()
    {
        var document = ChartRenderer.Lay(TestCharts.Example("acme-software"), RenderOptions.Default, CancellationToken.None);
        var lines = document.Pages.SelectMany(p => p.Texts).Select(t => t.Text).Where(t => t.Contains("per kwartaal =", StringComparison.Ordinal)).ToList();
        Assert.That(lines, Is.EqualTo(new[] { "€ 300.000 per kwartaal = € 100.000 per maand ≈ € 22.581–€ 23.333 per week (14 weken in Q4 2026)" }));
    }
}
