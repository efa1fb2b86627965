using Pace.Validation;
using Pace.Yaml;

namespace Pace.Tests.Examples;

/// <summary>
/// The three realistic examples against all rules: they load and are free of errors; the findings they do have
/// are the ones they are meant to show. A new finding here means a rule changed or an example did — look at both.
/// </summary>
public class ExampleChartsTests
{
    private static Findings Validate(string name)
    {
        var load = ChartReader.ReadFile(Path.Combine(AppContext.BaseDirectory, "examples", name));
        Assert.That(load.Diagnostics, Is.Empty, string.Join("\n", load.Diagnostics));
        return ChartValidator.Default.Validate(load.Chart!);
    }

    private static string[] Summary(IEnumerable<Diagnostic> found) =>
        [.. found.Select(d => $"{d.Code} {d.Path}")];

    [Test]
    public void Acme_software_shows_falling_kpis_with_red_latest_actuals_a_stale_number_and_its_FACe_seats()
    {
        // 2026-Q4: 110000 is a month into the quarter and ahead of October's 100000 pro rata: no PACE018.
        var found = Validate("acme-software.pace.yaml");
        Assert.That(Summary(found), Is.EquivalentTo(new[]
        {
            "PACE018 processes[1].kpis[1].actuals.2026-W43",   // Salespipeline: 700000 against 900000
            "PACE020 processes[1].kpis[1].actuals",            // … missed since 2026-W39
            "PACE023 processes[1].kpis[2].actuals.2026-W38",   // Aantal offertes: not reported since week 38
            "PACE018 processes[4].kpis[1].actuals.2026-10-31", // Tickets opgelost binnen 8 uur: 61 against 80
            "PACE020 processes[4].kpis[1].actuals",            // … missed every day
            "PACE035 functions[2].owner",                      // Bram holds Algemene leiding and Verkoop
            "PACE031 functions[9].vacant",                     // the IT seat is open
        }), string.Join("\n", found));
    }

    [Test]
    public void Brightleaf_foods_shows_one_person_with_two_processes_and_six_kpis()
    {
        var found = Validate("brightleaf-foods.pace.yaml");
        Assert.That(Summary(found), Is.EquivalentTo(new[] { "PACE011 processes[7].owner" }), string.Join("\n", found));
    }

    [Test]
    public void Technical_wholesaler_is_clean_though_complete_deliveries_slipped_into_amber()
    {
        // Two misses in a row within tolerance: amber on the chart, but neither PACE018 (red) nor PACE020 (three in a row).
        var found = Validate("technical-wholesaler.pace.yaml");
        Assert.That(found, Is.Empty, string.Join("\n", found));
    }
}
