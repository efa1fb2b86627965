using Pace.Analysis;
using Pace.Tests.Rules;

namespace Pace.Tests.Analysis;

public class PersonLoadTests
{
    [Test]
    public void Kpis_fall_to_the_process_owner_unless_they_name_their_own()
    {
        var chart = RuleCharts.Clean()
            .OwnedBy(1, "ann")
            .WithKpi(0, 2, k => k with { Owner = "dee" });
        var loads = PersonLoad.Of(chart).ToDictionary(l => l.Id);
        Assert.Multiple(() =>
        {
            Assert.That(loads["ann"].OwnedProcesses, Is.EqualTo(new[] { 0, 1 }));
            Assert.That(loads["ann"].ReportedKpis, Has.Count.EqualTo(5));
            Assert.That(loads["ann"].LeadingKpis, Has.Count.EqualTo(2));
            Assert.That(loads["ann"].DisplayName, Is.EqualTo("Ann Smit"));
            Assert.That(loads["dee"].ReportedKpis, Has.Count.EqualTo(4));
            Assert.That(loads["dee"].ReportedKpis[0], Is.EqualTo(new KpiAssignment(0, 2, chart.Processes[0], chart.Processes[0].Kpis[2], true)));
            Assert.That(loads["bob"].OwnedProcesses, Is.Empty, "roster people who carry nothing are listed too");
        });
    }

    [Test]
    public void Roster_first_then_plain_names_in_order_of_first_mention()
    {
        var chart = RuleCharts.Clean().OwnedBy(3, "Zoe").WithKpi(0, 0, k => k with { Owner = "Yan" });
        Assert.That(PersonLoad.Of(chart).Select(l => l.Id), Is.EqualTo(new[] { "ann", "bob", "cas", "dee", "Yan", "Zoe" }));
        Assert.That(PersonLoad.Of(chart).Single(l => l.Id == "Zoe").Person, Is.Null);
    }

    [Test]
    public void A_process_with_two_owners_or_none_gives_its_kpis_to_nobody()
    {
        var chart = RuleCharts.Clean() with { People = null };
        chart = chart.WithProcess(0, p => p with { Owners = ["ann", "bob"] }).WithProcess(1, p => p with { Owners = [] });
        var loads = PersonLoad.Of(chart).ToDictionary(l => l.Id);
        Assert.That(loads["ann"].OwnedProcesses, Is.EqualTo(new[] { 0 }));
        Assert.That(loads["ann"].ReportedKpis, Is.Empty);
        Assert.That(loads.Values.Sum(l => l.ReportedKpis.Count), Is.EqualTo(6));
    }
}
