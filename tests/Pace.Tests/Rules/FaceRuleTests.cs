using Pace.Localization;
using Pace.Validation;
using static Pace.Tests.Rules.RuleCharts;

namespace Pace.Tests.Rules;

/// <summary>
/// The FACe rules, PACE030–PACE038: each breaks and passes, in both languages, on <see cref="WithFace"/> — the clean
/// chart of <see cref="RuleCharts"/> with four seats, one per process owner, and steps that name who takes part.
/// </summary>
public class FaceRuleTests
{
    /// <summary>The clean chart plus a FACe that agrees with it: every rule of this file passes.</summary>
    private static Chart WithFace() => Clean() with
    {
        Functions =
        [
            Seat("Sales", "ann"),
            Seat("Operations", "bob"),
            Seat("Technology", "cas"),
            Seat("Finance", "dee"),
        ],
    };

    private static Function Seat(string name, string owner) => new()
    {
        Name = name,
        Owners = [owner],
        Kpis = [new Kpi { Name = name + " pipeline", Target = 1, Unit = "x", Cadence = Cadence.Week, Timing = Timing.Leading }],
        Outcomes = ["Revenue"],
    };

    private static Chart WithSteps(Chart chart, int process, params ProcessStep[] steps) => chart.WithProcess(process, p => p with { Steps = steps });

    private static Chart WithFunction(Chart chart, int index, Func<Function, Function> change) =>
        chart with { Functions = [.. chart.Functions!.Select((f, i) => i == index ? change(f) : f)] };

    [Test]
    public void A_chart_with_a_FACe_that_agrees_has_no_FACe_finding()
    {
        // Eli holds no seat: a team member in a step is not the FACe's business.
        var face = WithFace();
        var chart = WithSteps(face with { People = [.. face.People!, new Person { Id = "eli", Name = "Eli Kok" }] }, 0,
            new ProcessStep { Name = "Follow up", People = ["ann"], Functions = ["Sales"] },
            new ProcessStep { Name = "Quote", People = ["ann", "eli"], Functions = ["Sales"] });
        var found = ChartValidator.Default.Validate(chart).Where(d => string.CompareOrdinal(d.Code, "PACE030") >= 0 && string.CompareOrdinal(d.Code, "PACE039") < 0);
        Assert.That(found, Is.Empty, string.Join("\n", found));
    }

    [Test]
    public void A_PACe_only_chart_is_not_checked_by_the_FACe_rules()
    {
        var found = ChartValidator.Default.Validate(Clean()).Where(d => string.CompareOrdinal(d.Code, "PACE030") >= 0 && string.CompareOrdinal(d.Code, "PACE039") < 0);
        Assert.That(found, Is.Empty);
    }

    [Test]
    public void PACE030_reports_a_seat_without_an_owner_with_two_and_a_vacant_seat_that_names_one()
    {
        AssertSingle(WithFunction(WithFace(), 1, f => f with { Owners = [] }), "PACE030", EnglishMessages.PACE030None, DutchMessages.PACE030None, ("function", "Operations"));
        var two = AssertSingle(WithFunction(WithFace(), 1, f => f with { Owners = ["bob", "cas"] }), "PACE030", EnglishMessages.PACE030Many, DutchMessages.PACE030Many, ("function", "Operations"), ("count", 2), ("owners", "bob, cas"));
        AssertSingle(WithFunction(WithFace(), 1, f => f with { Vacant = true }), "PACE030", EnglishMessages.PACE030Vacant, DutchMessages.PACE030Vacant, ("function", "Operations"), ("owners", "bob"));
        AssertSingle(WithFunction(WithFace(), 1, f => f with { Owners = ["bob", "bob"] }), "PACE030", EnglishMessages.PACE030Repeated, DutchMessages.PACE030Repeated, ("function", "Operations"), ("owner", "bob"));
        Assert.Multiple(() =>
        {
            Assert.That(two.Path, Is.EqualTo("functions[1].owner"));
            Assert.That(two.Severity, Is.EqualTo(Severity.Error));
        });
    }

    [Test]
    public void PACE030_passes_one_owner_and_an_honest_open_seat()
    {
        Assert.That(Findings(WithFace(), "PACE030"), Is.Empty);
        Assert.That(Findings(WithFunction(WithFace(), 3, f => f with { Owners = [], Vacant = true }), "PACE030"), Is.Empty);
    }

    [Test]
    public void PACE031_reports_an_open_seat_as_information()
    {
        var d = AssertSingle(WithFunction(WithFace(), 3, f => f with { Owners = [], Vacant = true }), "PACE031", EnglishMessages.PACE031, DutchMessages.PACE031, ("function", "Finance"));
        Assert.That(d.Severity, Is.EqualTo(Severity.Info));
        Assert.That(Findings(WithFace(), "PACE031"), Is.Empty);
    }

    [Test]
    public void PACE032_reports_a_repeated_function_name_whatever_its_case()
    {
        var d = AssertSingle(WithFunction(WithFace(), 2, f => f with { Name = "sales" }), "PACE032", EnglishMessages.PACE032, DutchMessages.PACE032, ("function", "Sales"), ("count", 2));
        Assert.That(d.Path, Is.EqualTo("functions[2].name"));
        Assert.That(Findings(WithFace(), "PACE032"), Is.Empty);
    }

    [Test]
    public void PACE033_reports_an_owner_or_step_person_off_the_roster_and_a_step_function_that_does_not_exist()
    {
        AssertSingle(WithFunction(WithFace(), 0, f => f with { Owners = ["zoe"] }), "PACE033", EnglishMessages.PACE033, DutchMessages.PACE033, ("person", "zoe"), ("known", "ann, bob, cas, dee"));
        AssertSingle(WithSteps(WithFace(), 0, new ProcessStep { Name = "Quote", People = ["zoe"] }), "PACE033", EnglishMessages.PACE033, DutchMessages.PACE033, ("person", "zoe"), ("known", "ann, bob, cas, dee"));
        var d = AssertSingle(
            WithSteps(WithFace(), 0, new ProcessStep { Name = "Quote", People = ["ann"], Functions = ["Marketing"] }),
            "PACE033", EnglishMessages.PACE033Function, DutchMessages.PACE033Function, ("function", "Marketing"), ("known", "Finance, Operations, Sales, Technology"));
        Assert.That(d.Path, Is.EqualTo("processes[0].steps[0].functions"));
    }

    [Test]
    public void PACE033_passes_plain_names_on_a_chart_without_a_roster()
    {
        var chart = WithSteps(WithFace() with { People = null }, 0, new ProcessStep { Name = "Quote", People = ["Zoe Visser"] });
        Assert.That(Findings(chart, "PACE033"), Is.Empty);
    }

    [Test]
    public void PACE034_reports_a_process_owner_without_a_seat_once()
    {
        var chart = WithFunction(WithFace(), 3, f => f with { Owners = ["ann"] }).OwnedBy(2, "dee");
        var d = AssertSingle(chart, "PACE034", EnglishMessages.PACE034, DutchMessages.PACE034, ("person", "Dee Jansen"), ("process", "From delivery to working installation"));
        Assert.Multiple(() =>
        {
            Assert.That(d.Path, Is.EqualTo("processes[2].owner"));
            Assert.That(d.Severity, Is.EqualTo(Severity.Warning));
            Assert.That(Findings(WithFace(), "PACE034"), Is.Empty);
        });
    }

    [Test]
    public void PACE035_reports_a_second_seat_as_the_form_asks()
    {
        var d = AssertSingle(WithFunction(WithFace(), 3, f => f with { Owners = ["ann"] }), "PACE035", EnglishMessages.PACE035, DutchMessages.PACE035, ("person", "Ann Smit"), ("count", 2), ("functions", "Sales, Finance"));
        Assert.That(d.Path, Is.EqualTo("functions[3].owner"));
        Assert.That(Findings(WithFace(), "PACE035"), Is.Empty);
    }

    [Test]
    public void PACE036_reports_a_seat_without_leading_indicators_and_one_with_more_than_three()
    {
        AssertSingle(WithFunction(WithFace(), 0, f => f with { Kpis = [] }), "PACE036", EnglishMessages.PACE036, DutchMessages.PACE036, ("function", "Sales"));
        var four = WithFunction(WithFace(), 0, f => f with { Kpis = [.. Enumerable.Range(1, 4).Select(i => new Kpi { Name = $"K{i}" })] });
        AssertSingle(four, "PACE036", EnglishMessages.PACE036Many, DutchMessages.PACE036Many, ("function", "Sales"), ("count", 4));
        Assert.That(Findings(WithFace(), "PACE036"), Is.Empty);
    }

    [Test]
    public void PACE037_reports_a_step_with_nobody_once_its_process_names_people()
    {
        var chart = WithSteps(WithFace(), 0, new ProcessStep { Name = "Follow up", People = ["ann"] }, ProcessStep.Named("Quote"));
        var d = AssertSingle(chart, "PACE037", EnglishMessages.PACE037, DutchMessages.PACE037, ("step", "Quote"), ("process", "From lead to deal"));
        Assert.That(d.Path, Is.EqualTo("processes[0].steps[1]"));
        Assert.That(Findings(WithSteps(WithFace(), 0, ProcessStep.Named("Follow up"), ProcessStep.Named("Quote")), "PACE037"), Is.Empty, "plain steps say nothing about people");
    }

    [Test]
    public void PACE038_reports_a_seat_holder_in_a_step_of_a_function_they_hold_no_seat_of()
    {
        var chart = WithSteps(WithFace(), 3, new ProcessStep { Name = "Invoice", People = ["ann", "clerk"], Functions = ["Finance"] });
        var d = AssertSingle(chart, "PACE038", EnglishMessages.PACE038, DutchMessages.PACE038, ("person", "Ann Smit"), ("step", "Invoice"), ("process", "From invoice to payment"), ("functions", "Finance"));
        Assert.Multiple(() =>
        {
            Assert.That(d.Severity, Is.EqualTo(Severity.Info));
            Assert.That(Findings(WithSteps(WithFace(), 3, new ProcessStep { Name = "Invoice", People = ["dee"], Functions = ["Finance"] }), "PACE038"), Is.Empty);
        });
    }
}
