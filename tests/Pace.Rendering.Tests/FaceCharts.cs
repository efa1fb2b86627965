namespace Pace.Rendering.Tests;

/// <summary>Charts with a FACe for the FACe pages' tests: generated at the limits, or small and hand-made.</summary>
internal static class FaceCharts
{
    /// <summary>
    /// A generated PACe chart with <paramref name="functions"/> FACe seats of long names: seat 1 is open, seat 2 has two
    /// owners, every seat has three leading indicators (one more on seat 0) and three results, and every process has
    /// three steps with people and functions.
    /// </summary>
    public static Chart Generated(int seed, int processes, int functions, int maxLength)
    {
        var chart = TestCharts.Generated(seed, processes, maxLength);
        var random = new Random(seed);
        string Text() => TestCharts.RandomText(random, random.Next(Math.Min(maxLength, 20), maxLength + 1), exotic: false);
        var people = chart.People!;
        var seats = Enumerable.Range(0, functions).Select(f => new Function
        {
            Name = "F" + f + " " + Text(),
            Owners = f == 1 ? [] : f == 2 ? [people[0].Id!, people[1].Id!] : [people[f % people.Count].Id!],
            Vacant = f == 1,
            Kpis = [.. Enumerable.Range(0, f == 0 ? 4 : 3).Select(k => new Kpi { Name = Text(), Target = 10 + k, Unit = "%", Cadence = Cadence.Week, Timing = Timing.Leading })],
            Outcomes = [Text(), Text(), Text()],
        }).ToList();
        return chart with
        {
            Functions = seats,
            Processes = [.. chart.Processes.Select((p, i) => p with
            {
                Steps = [.. Enumerable.Range(0, 3).Select(s => new ProcessStep
                {
                    Name = Text(),
                    People = [people[(i + s) % people.Count].Id!],
                    Functions = [seats[(i + s) % functions].Name!],
                })],
            })],
        };
    }

    /// <summary>Three seats, two processes: steps that name functions, and one that names only people.</summary>
    public static Chart Small() => new ChartBuilder("Acme").Date(new DateOnly(2026, 11, 1)).Language(ChartLanguage.English)
        .Person("ann", "Ann", "CEO")
        .Person("bob", "Bob", "Sales lead")
        .Person("cy", "Cy")
        .Function("Head", "ann", f => f.Kpi("Goals on track", 80, "%", Cadence.Month).Outcome("Revenue"))
        .Function("Sales", "bob", f => f.Kpi("Pipeline", 900000, "EUR", Cadence.Week).Outcome("Margin"))
        .VacantFunction("IT", f => f.Kpi("Uptime", 99.5m, "%", Cadence.Week).Outcome("IT cost"))
        .Process("Lead to deal", "bob", p => p
            .Step("Visit", ["bob"], ["Sales"])
            .Step("Offer", ["bob", "ann"], ["Sales", "head"])
            .Step("Close", ["ann", "cy"]))
        .Process("Delivery", "cy", p => p.Steps("Plan", "Build"))
        .Build();
}
