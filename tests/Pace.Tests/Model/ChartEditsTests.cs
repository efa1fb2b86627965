namespace Pace.Tests.Model;

/// <summary>The editing helpers: one call a change, a new chart each time, names that must match exactly one part.</summary>
public sealed class ChartEditsTests
{
    private static readonly Chart Chart = new ChartBuilder("Acme")
        .Person("bram", "Bram Jansen")
        .Person("eva", "Eva Bakker")
        .Process("Van lead naar deal", "bram", p => p
            .Kpi(new Kpi { Name = "Salespipeline", Target = 900_000, Owner = "eva", Actuals = [new Actual(Period.Week(2026, 40), 1), new Actual(Period.Week(2026, 42), 3)] })
            .Kpi("Aantal offertes", 6))
        .Process("Klanten live krijgen", "eva", p => p.Kpi("Live binnen 30 dagen", 90, "%"))
        .Build();

    [Test]
    public void Setting_a_target_changes_that_target_only()
    {
        var edited = Chart.WithKpiTarget("Van lead naar deal", "Aantal offertes", 8);
        Assert.That(edited.Processes[0].Kpis[1].Target, Is.EqualTo(8m));
        Assert.That(edited with { Processes = Chart.Processes }, Is.EqualTo(Chart), "nothing else changed");
        Assert.That(edited.Processes[1], Is.SameAs(Chart.Processes[1]), "untouched parts are shared, not copied");
        Assert.That(Chart.Processes[0].Kpis[1].Target, Is.EqualTo(6m), "the old chart is as it was");
        Assert.That(Chart.WithKpiTarget("Van lead naar deal", "Aantal offertes", null).Processes[0].Kpis[1].Target, Is.Null);
    }

    [Test]
    public void An_actual_replaces_the_one_of_its_period_or_goes_in_period_order()
    {
        static IEnumerable<string> Actuals(Chart chart) => chart.Processes[0].Kpis[0].Actuals.Select(a => $"{a.Period}={a.Value}");

        Assert.That(Actuals(Chart.WithActual("Van lead naar deal", "Salespipeline", Period.Week(2026, 42), 5)), Is.EqualTo(new[] { "2026-W40=1", "2026-W42=5" }));
        Assert.That(Actuals(Chart.WithActual("Van lead naar deal", "Salespipeline", Period.Week(2026, 41), 2)), Is.EqualTo(new[] { "2026-W40=1", "2026-W41=2", "2026-W42=3" }));
        Assert.That(Actuals(Chart.WithActual("Van lead naar deal", "Salespipeline", Period.Week(2026, 43), 4)), Is.EqualTo(new[] { "2026-W40=1", "2026-W42=3", "2026-W43=4" }));
        Assert.That(Actuals(Chart.WithActual("Van lead naar deal", "Salespipeline", Period.Week(2026, 39), 0)), Is.EqualTo(new[] { "2026-W39=0", "2026-W40=1", "2026-W42=3" }));
    }

    [Test]
    public void Renaming_a_person_renames_the_roster_entry_and_every_owner()
    {
        var edited = Chart.WithPersonRenamed("eva", "eva.bakker");
        Assert.That(edited.People!.Select(p => p.Id), Is.EqualTo(new[] { "bram", "eva.bakker" }));
        Assert.That(edited.Processes[0].Kpis[0].Owner, Is.EqualTo("eva.bakker"));
        Assert.That(edited.Processes[1].Owners, Is.EqualTo(new[] { "eva.bakker" }));
        Assert.That(edited.Processes[0].Owners, Is.EqualTo(new[] { "bram" }));
    }

    [Test]
    public void Without_a_roster_the_owners_plain_names_are_renamed()
    {
        var chart = new ChartBuilder("X").Process("A", "Ann", p => p.AlsoOwnedBy("Bob")).Build();
        Assert.That(chart.WithPersonRenamed("Bob", "Robert").Processes[0].Owners, Is.EqualTo(new[] { "Ann", "Robert" }));
    }

    [Test]
    public void A_process_is_added_after_the_others()
    {
        var process = new CoreProcess { Name = "Facturen innen", Owners = ["bram"] };
        var edited = Chart.WithProcessAdded(process);
        Assert.That(edited.Processes.Select(p => p.Name), Is.EqualTo(new[] { "Van lead naar deal", "Klanten live krijgen", "Facturen innen" }));
    }

    [Test]
    public void Any_other_change_is_one_with_expression_on_the_part()
    {
        var edited = Chart
            .WithProcess("Klanten live krijgen", p => p with { Input = "Getekende opdrachten" })
            .WithKpi("Van lead naar deal", "Aantal offertes", k => k with { Unit = "offertes", Cadence = Cadence.Week });
        Assert.That(edited.Processes[1].Input, Is.EqualTo("Getekende opdrachten"));
        Assert.That((edited.Processes[0].Kpis[1].Unit, edited.Processes[0].Kpis[1].Cadence), Is.EqualTo(("offertes", (Cadence?)Cadence.Week)));
    }

    [Test]
    public void A_name_that_matches_nothing_or_more_than_one_part_is_refused()
    {
        var twice = Chart.WithProcessAdded(new CoreProcess { Name = "Van lead naar deal" });
        Assert.That(() => Chart.WithKpiTarget("Sales", "Salespipeline", 1), Throws.ArgumentException.With.Message.Contains("no process named 'Sales'"));
        Assert.That(() => Chart.WithKpiTarget("Van lead naar deal", "Omzet", 1), Throws.ArgumentException.With.Message.Contains("no KPI in 'Van lead naar deal' named 'Omzet'"));
        Assert.That(() => twice.WithKpiTarget("Van lead naar deal", "Salespipeline", 1), Throws.ArgumentException.With.Message.Contains("More than one process"));
        Assert.That(() => Chart.WithPersonRenamed("joost", "j"), Throws.ArgumentException.With.Property("ParamName").EqualTo("id"));
        Assert.That(() => Chart.WithPersonRenamed("bram", "eva"), Throws.ArgumentException.With.Property("ParamName").EqualTo("newId"));
    }
}
