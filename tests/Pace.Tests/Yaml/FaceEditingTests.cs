using Pace.Yaml;

namespace Pace.Tests.Yaml;

/// <summary>
/// Edits of the FACe keep the file: changing a seat's holder, adding a seat or moving a person between steps changes
/// only those lines of acme-software, and renaming a person follows them into seats and steps.
/// </summary>
public sealed class FaceEditingTests
{
    private static string Text() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "examples", "acme-software.pace.yaml"));

    private static Chart Read(string text) => ChartReader.Read(text, "acme-software.pace.yaml").Chart!;

    /// <summary>The lines that differ, position by position (the edits here keep the line count).</summary>
    private static List<string> Changed(string before, string after)
    {
        var a = before.Split('\n');
        var b = after.Split('\n');
        Assert.That(b, Has.Length.EqualTo(a.Length), after);
        return [.. b.Where((line, i) => line != a[i])];
    }

    [Test]
    public void A_seat_changing_hands_changes_one_line()
    {
        var text = Text();
        var edited = Read(text).WithFunction("Verkoop", f => f with { Owners = ["eva"] });
        var written = ChartWriter.Write(edited);
        Assert.Multiple(() =>
        {
            Assert.That(Changed(text, written), Is.EqualTo(new[] { "    owner: eva" }));
            Assert.That(Read(written), Is.EqualTo(edited));
        });
    }

    [Test]
    public void A_person_moving_between_steps_changes_only_those_steps()
    {
        var text = Text();
        var edited = Read(text).WithProcess("Factureren en innen", p => p with
        {
            Steps = [p.Steps[0] with { People = ["ruben"] }, p.Steps[1] with { People = ["ruben", "joost"] }, p.Steps[2]],
        });
        var written = ChartWriter.Write(edited);
        Assert.Multiple(() =>
        {
            Assert.That(Changed(text, written), Has.Count.EqualTo(2), written);
            Assert.That(Changed(text, written), Has.All.Contains("people:"));
            Assert.That(Read(written), Is.EqualTo(edited));
        });
    }

    [Test]
    public void A_seat_added_to_a_PACe_only_chart_gives_it_a_FACe()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "examples", "technical-wholesaler.pace.yaml"));
        var chart = ChartReader.Read(text, "w.pace.yaml").Chart!;
        Assert.That(chart.Functions, Is.Null);
        var edited = chart.WithFunctionAdded(new Function { Name = "Sales", Owners = ["marieke"] });
        var written = ChartWriter.Write(edited);
        Assert.Multiple(() =>
        {
            Assert.That(written, Does.StartWith(text.Split("\nprocesses:")[0].Split("\njourney:")[0]), "everything before the new key stays");
            Assert.That(ChartReader.Read(written, "w.pace.yaml").Chart, Is.EqualTo(edited));
        });
    }

    [Test]
    public void Renaming_a_person_follows_them_into_seats_and_steps()
    {
        var chart = Read(Text()).WithPersonRenamed("bram", "bram.jansen");
        Assert.Multiple(() =>
        {
            Assert.That(chart.Functions!.Count(f => f.Owners.Contains("bram.jansen")), Is.EqualTo(2));
            Assert.That(chart.Processes.SelectMany(p => p.Steps).Count(s => s.People.Contains("bram.jansen")), Is.EqualTo(7));
            Assert.That(chart.Processes.SelectMany(p => p.Steps).Any(s => s.People.Contains("bram")), Is.False);
            Assert.That(Pace.Validation.ChartValidator.Default.Validate(chart).Where(d => d.Code == "PACE033"), Is.Empty, "still on the roster");
        });
    }

    [Test]
    public void An_unknown_function_is_an_argument_error()
    {
        Assert.Throws<ArgumentException>(() => Read(Text()).WithFunction("Inkoop", f => f));
    }
}
