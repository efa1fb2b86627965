using Pace.Analysis;

namespace Pace.Tests.Analysis;

/// <summary>How a KPI's periods combine: written, or inferred from its unit and name.</summary>
public sealed class KpiAggregateTests
{
    private static AggregateChoice Of(string name, string? unit, Aggregate? written = null) =>
        KpiAggregate.Choose(new Kpi { Name = name, Unit = unit, Aggregate = written });

    [Test]
    public void NPS_averages_a_score_is_not_15_a_month()
    {
        var kpi = new Kpi { Name = "Net Promoter Score", Unit = "NPS", Target = 45, Cadence = Cadence.Quarter };
        Assert.That(KpiAggregate.Choose(kpi), Is.EqualTo(new AggregateChoice(Aggregate.Average, AggregateBasis.Unit, "NPS")));
        Assert.That(TargetBreakdown.Of(kpi, Period.Quarter(2026, 4)), Is.Null);
        Assert.That(Of("Net Promoter Score", null).Aggregate, Is.EqualTo(Aggregate.Average), "by name when there is no unit");
    }

    [Test]
    public void Lead_time_averages_30_days_is_not_10_days_a_month()
    {
        Assert.That(Of("Dagen tot livegang", "dagen"), Is.EqualTo(new AggregateChoice(Aggregate.Average, AggregateBasis.Unit, "dagen")));
        Assert.That(Of("Lead time", "days").Aggregate, Is.EqualTo(Aggregate.Average));
        Assert.That(Of("Doorlooptijd idee tot release", null), Is.EqualTo(new AggregateChoice(Aggregate.Average, AggregateBasis.Name, "doorlooptijd")));
        Assert.That(Of("Declarabele uren", "uur").Aggregate, Is.EqualTo(Aggregate.Sum), "hours spent add up");
    }

    [Test]
    public void Cost_per_unit_averages_4_euro_an_invoice_is_not_1_33_a_month()
    {
        Assert.That(Of("Kosten per factuur", "EUR"), Is.EqualTo(new AggregateChoice(Aggregate.Average, AggregateBasis.Name, "per")));
        Assert.That(Of("Cost per lead", "EUR").Aggregate, Is.EqualTo(Aggregate.Average));
        Assert.That(Of("Cost", "EUR/invoice"), Is.EqualTo(new AggregateChoice(Aggregate.Average, AggregateBasis.Unit, "EUR/invoice")));
        Assert.That(Of("Conversion rate", null).Aggregate, Is.EqualTo(Aggregate.Average));
    }

    [Test]
    public void Backlog_and_other_levels_take_the_last_reading()
    {
        Assert.That(Of("Backlog", "tickets"), Is.EqualTo(new AggregateChoice(Aggregate.Last, AggregateBasis.Name, "backlog")));
        Assert.That(Of("Openstaande tickets", "tickets").Aggregate, Is.EqualTo(Aggregate.Last));
        Assert.That(Of("Salespipeline", "EUR"), Is.EqualTo(new AggregateChoice(Aggregate.Last, AggregateBasis.Name, "salespipeline")));
        Assert.That(Of("Bankstand", "EUR").Aggregate, Is.EqualTo(Aggregate.Last), "A002: de wekelijkse bankstand");
        Assert.That(Of("Cash", "EUR").Aggregate, Is.EqualTo(Aggregate.Last));
        Assert.That(Of("Afstand tot de klant", "km").Aggregate, Is.EqualTo(Aggregate.Sum), "afstand is no level");
    }

    [Test]
    public void Amounts_and_counts_add_up()
    {
        Assert.That(Of("Getekende contractwaarde", "EUR"), Is.EqualTo(new AggregateChoice(Aggregate.Sum, AggregateBasis.Unit, "EUR")));
        Assert.That(Of("Aantal offertes", null), Is.EqualTo(new AggregateChoice(Aggregate.Sum, AggregateBasis.Default, null)));
        Assert.That(Of("Gekwalificeerde leads", "leads").Aggregate, Is.EqualTo(Aggregate.Sum));
        Assert.That(Of("Onboardings volgens plan", "%").Aggregate, Is.EqualTo(Aggregate.Average));
    }

    [Test]
    public void What_is_written_wins()
    {
        Assert.That(Of("Backlog", "tickets", Aggregate.Sum), Is.EqualTo(new AggregateChoice(Aggregate.Sum, AggregateBasis.Written, null)));
        Assert.That(Of("Omzet", "EUR", Aggregate.Last).Aggregate, Is.EqualTo(Aggregate.Last));
    }

    [Test]
    public void A_rate_keeps_its_target_in_every_period_and_is_judged_against_it_while_running()
    {
        var rate = new Kpi
        {
            Name = "Onboardings volgens plan", Unit = "%", Target = 90, Cadence = Cadence.Quarter,
            Actuals = [new Actual(Period.Quarter(2026, 4), 88)],
        };
        var judged = PeriodToDate.Of(rate, new DateOnly(2026, 11, 1))!;
        Assert.Multiple(() =>
        {
            Assert.That(judged.IsRunning, Is.True);
            Assert.That(judged.ProRata, Is.False);
            Assert.That(judged.Target, Is.EqualTo(90m));
            Assert.That(judged.Status, Is.EqualTo(KpiStatus.Amber));
        });
    }
}
