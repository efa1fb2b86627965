using Pace.Comparison;
using Pace.Yaml;

namespace Pace.Tests.Comparison;

/// <summary><c>pace diff</c> on the FACe: seats added, removed and changing hands; people joining, leaving and moving between steps.</summary>
public class FaceChangesTests
{
    private static Chart Acme() => ChartReader.ReadFile(Path.Combine(AppContext.BaseDirectory, "examples", "acme-software.pace.yaml")).Chart!;

    private static Chart WithFunctions(Chart chart, Func<IReadOnlyList<Function>, IEnumerable<Function>> change) => chart with { Functions = [.. change(chart.Functions!)] };

    [Test]
    public void An_unchanged_chart_has_no_changes()
    {
        Assert.That(ChartComparer.Compare(Acme(), Acme()), Is.Empty);
    }

    [Test]
    public void Seats_added_removed_and_changing_hands_are_reported_with_names()
    {
        var before = Acme();
        var after = WithFunctions(before, fs => fs
            .Where(f => f.Name != "Mensen")
            .Select(f => f.Name switch
            {
                "Verkoop" => f with { Owners = ["eva"] },
                "IT" => f with { Vacant = false, Owners = ["joost"] },
                _ => f,
            })
            .Append(new Function { Name = "Partners", Owners = ["sanne"] }));

        var changes = ChartComparer.Compare(before, after);

        Assert.That(changes.Select(c => (c.Kind, c.Function, c.Before, c.After)), Is.EqualTo(new (ChangeKind, string?, string?, string?)[]
        {
            (ChangeKind.FunctionOwnerChanged, "Verkoop", "Bram Jansen", "Eva Bakker"),
            (ChangeKind.FunctionOwnerChanged, "IT", "(vacant)", "Joost Visser"),
            (ChangeKind.FunctionAdded, "Partners", null, "Partners"),
            (ChangeKind.FunctionRemoved, "Mensen", "Mensen", null),
        }));
    }

    [Test]
    public void People_joining_leaving_and_moving_between_steps_are_reported_per_process()
    {
        var before = Acme();
        var after = before.WithProcess("Van lead naar deal", p => p with
        {
            Steps =
            [
                p.Steps[0] with { People = ["sanne"] },                 // Bram leaves Opvolgen…
                p.Steps[1],
                p.Steps[2] with { People = ["bram", "pieter", "eva"] }, // Eva joins Presenteren
                p.Steps[3] with { People = ["bram", "lotte"] },          // Lotte joins Offreren
                p.Steps[4] with { People = ["bram"] },                   // Ruben leaves Afsluiten…
            ],
        }).WithProcess("Factureren en innen", p => p with
        {
            Steps = [p.Steps[0] with { People = ["ruben"] }, p.Steps[1] with { People = ["ruben", "joost"] }, p.Steps[2]], // Joost moves
        });

        var changes = ChartComparer.Compare(before, after).Select(c => $"{c.Kind} {c.Process}: {c.Person} {c.Before} → {c.After}");

        Assert.That(changes, Is.EquivalentTo(new[]
        {
            "StepPersonRemoved Van lead naar deal: Bram Jansen Opvolgen → ",
            "StepPersonAdded Van lead naar deal: Eva Bakker  → Presenteren",
            "StepPersonAdded Van lead naar deal: Lotte Mulder  → Offreren",
            "StepPersonRemoved Van lead naar deal: Ruben de Boer Afsluiten → ",
            "StepPersonMoved Factureren en innen: Joost Visser Factureren → Herinneren",
        }));
    }
}
