using Pace.Validation;
using Pace.Localization;
using static Pace.Tests.Rules.RuleCharts;

namespace Pace.Tests.Rules;

/// <summary>The rules about one person's load: PACE011, PACE012, PACE016.</summary>
public class PeopleRuleTests
{
    [Test]
    public void PACE011_reports_a_person_with_more_than_four_kpis_where_the_fifth_falls_to_them()
    {
        var chart = Clean().OwnedBy(1, "ann");
        var d = AssertSingle(
            chart, "PACE011", EnglishMessages.PACE011, DutchMessages.PACE011,
            ("person", "Ann Smit"), ("count", 6), ("kpis", "Signed contract value, Pipeline value, Cost per deal, Signed contract value, Pipeline value, Cost per deal"));
        Assert.That(d.Path, Is.EqualTo("processes[1].owner"));
        Assert.That(d.Severity, Is.EqualTo(Severity.Warning));
    }

    [Test]
    public void PACE011_counts_kpis_with_their_own_owner()
    {
        var chart = Clean().WithKpi(1, 0, k => k with { Owner = "ann" }).WithKpi(1, 1, k => k with { Owner = "ann" });
        var d = Findings(chart, "PACE011").Single();
        Assert.That(d.Arguments[1], Is.EqualTo(new MessageArgument("count", 5)));
        Assert.That(d.Path, Is.EqualTo("processes[1].kpis[1].owner"));
    }

    [Test]
    public void PACE011_passes_four_kpis()
    {
        Assert.That(Findings(Clean(), "PACE011"), Is.Empty);
        Assert.That(Findings(Clean().WithKpi(1, 0, k => k with { Owner = "ann" }), "PACE011"), Is.Empty);
    }

    [Test]
    public void PACE012_reports_a_person_without_a_leading_kpi()
    {
        var chart = Clean().WithKpi(2, 1, k => k with { Timing = Timing.Lagging });
        var d = AssertSingle(chart, "PACE012", EnglishMessages.PACE012, DutchMessages.PACE012, ("person", "Cas de Boer"));
        Assert.That(d.Path, Is.EqualTo("processes[2].owner"));
        Assert.That(d.Severity, Is.EqualTo(Severity.Info));
    }

    [Test]
    public void PACE012_passes_three_or_more_leading_kpis_A001_sets_a_minimum_not_a_maximum()
    {
        // "Zorg in ieder geval dat elke medewerker 1 tot 2 voorspellende KPI's heeft" (A001): at least, not at most.
        var three = Clean().WithKpi(2, 0, k => k with { Timing = Timing.Leading }).WithKpi(2, 2, k => k with { Timing = Timing.Leading });
        Assert.That(three.Processes[2].Kpis.Count(k => k.Timing == Timing.Leading), Is.EqualTo(3));
        Assert.That(Findings(three, "PACE012"), Is.Empty);
        Assert.That(Findings(Clean().WithEveryKpi(k => k with { Timing = Timing.Leading }), "PACE012"), Is.Empty);
    }

    [Test]
    public void PACE012_has_one_message_the_missing_minimum()
    {
        foreach (var language in new[] { ChartLanguage.English, ChartLanguage.Dutch })
        {
            Assert.That(MessageTable.Keys(language).Where(k => k.StartsWith("PACE012", StringComparison.Ordinal)), Is.EqualTo(new[] { "PACE012" }), language.ToString());
        }
    }

    [Test]
    public void PACE012_passes_one_or_two_leading_kpis_and_people_whose_timing_is_unknown()
    {
        Assert.That(Findings(Clean(), "PACE012"), Is.Empty);
        Assert.That(Findings(Clean().WithKpi(0, 0, k => k with { Timing = Timing.Leading }), "PACE012"), Is.Empty);
        Assert.That(Findings(Clean().WithEveryKpi(k => k with { Timing = null }), "PACE012"), Is.Empty);
    }

    [Test]
    public void PACE016_reports_a_person_who_owns_more_than_three_processes()
    {
        var chart = Clean() with { People = null };
        chart = chart.OwnedBy(0, "Bram").OwnedBy(1, "Bram").OwnedBy(2, "Bram").OwnedBy(3, "Bram");
        var d = AssertSingle(
            chart, "PACE016", EnglishMessages.PACE016, DutchMessages.PACE016,
            ("person", "Bram"), ("count", 4), ("processes", "From lead to deal, From order to delivery, From delivery to working installation, From invoice to payment"));
        Assert.That(d.Path, Is.EqualTo("processes[3].owner"));
        Assert.That(d.Severity, Is.EqualTo(Severity.Info));
    }

    [Test]
    public void PACE016_passes_three_processes_per_person() =>
        Assert.That(Findings(Clean().OwnedBy(1, "ann").OwnedBy(2, "ann"), "PACE016"), Is.Empty);
}
