using System.Globalization;
using Pace.Validation;

namespace Pace.Tests.Rules;

/// <summary>
/// Test charts for PACE007–PACE021, written with object initializers: <see cref="Clean"/> passes every rule, and
/// tests change one thing with <see cref="WithProcess"/> or <see cref="WithKpi"/>.
/// </summary>
internal static class RuleCharts
{
    /// <summary>Four flows, a roster, one owner each, three KPIs covering better/faster/cheaper, one leading and fast.</summary>
    public static Chart Clean() => new()
    {
        FormatVersion = 1,
        Organization = "Acme",
        People =
        [
            new Person { Id = "ann", Name = "Ann Smit", Role = "Director of Happy Customers" },
            new Person { Id = "bob", Name = "Bob Visser" },
            new Person { Id = "cas", Name = "Cas de Boer" },
            new Person { Id = "dee", Name = "Dee Jansen" },
        ],
        Processes =
        [
            Process("From lead to deal", "ann"),
            Process("From order to delivery", "bob"),
            Process("From delivery to working installation", "cas"),
            Process("From invoice to payment", "dee"),
        ],
    };

    public static CoreProcess Process(string name, string owner) => new()
    {
        Name = name,
        Owners = [owner],
        Kpis =
        [
            new Kpi
            {
                Name = "Signed contract value", Unit = "EUR", Target = 300_000, Cadence = Cadence.Quarter, Timing = Timing.Lagging,
                Focus = Focus.Output, Nature = Nature.Hard, Level = KpiLevel.Team, Dimension = Dimension.Better,
            },
            new Kpi
            {
                Name = "Pipeline value", Unit = "EUR", Target = 900_000, Cadence = Cadence.Week, Timing = Timing.Leading,
                Focus = Focus.Output, Nature = Nature.Hard, Level = KpiLevel.Team, Dimension = Dimension.Faster,
            },
            new Kpi
            {
                Name = "Cost per deal", Unit = "EUR", Target = 150, Better = Direction.Lower, Cadence = Cadence.Month,
                Timing = Timing.Lagging, Focus = Focus.Input, Nature = Nature.Hard, Level = KpiLevel.Team, Dimension = Dimension.Cheaper,
            },
        ],
    };

    public static Chart WithProcess(this Chart chart, int index, Func<CoreProcess, CoreProcess> change) =>
        chart with { Processes = [.. chart.Processes.Select((p, i) => i == index ? change(p) : p)] };

    public static Chart WithKpi(this Chart chart, int process, int kpi, Func<Kpi, Kpi> change) =>
        chart.WithProcess(process, p => p with { Kpis = [.. p.Kpis.Select((k, i) => i == kpi ? change(k) : k)] });

    public static Chart WithEveryKpi(this Chart chart, Func<Kpi, Kpi> change) =>
        chart with { Processes = [.. chart.Processes.Select(p => p with { Kpis = [.. p.Kpis.Select(change)] })] };

    public static Chart OwnedBy(this Chart chart, int process, string owner) => chart.WithProcess(process, p => p with { Owners = [owner] });

    /// <summary>Weekly actuals from 2026-W30 on, oldest first.</summary>
    public static IReadOnlyList<Actual> Weekly(params decimal[] values) =>
        [.. values.Select((v, i) => new Actual(Period.Week(2026, 30 + i), v))];

    public static IReadOnlyList<Diagnostic> Findings(Chart chart, string code, ChartLanguage language = default, ValidationOptions? options = null) =>
        [.. ChartValidator.Default.Validate(chart, (options ?? new ValidationOptions()) with { Language = language }).Where(d => d.Code == code)];

    /// <summary>Asserts that the chart has exactly one finding of the code, with the message made from the English and Dutch templates.</summary>
    public static Diagnostic AssertSingle(Chart chart, string code, string english, string dutch, params (string Name, object? Value)[] args)
    {
        var found = Findings(chart, code);
        Assert.That(found, Has.Count.EqualTo(1), string.Join("\n", found));
        var d = found[0];
        Assert.Multiple(() =>
        {
            Assert.That(d.Message, Is.EqualTo(Named.Format(english, args)));
            Assert.That(d.MessageIn(ChartLanguage.Dutch), Is.EqualTo(Named.Format(dutch, args)));
            Assert.That(Findings(chart, code, ChartLanguage.Dutch).Single().Message, Is.EqualTo(Named.Format(dutch, args)));
        });
        return d;
    }
}
