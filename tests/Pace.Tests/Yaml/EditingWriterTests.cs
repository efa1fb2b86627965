using System.Text;
using Pace.Tests.Robustness;
using Pace.Validation;
using Pace.Yaml;

namespace Pace.Tests.Yaml;

/// <summary>
/// Writing a chart that was read from a file changes only what was edited: over every example that loads, writing it
/// unchanged gives the same bytes, and each kind of edit changes just its lines — and reads back as the edit.
/// </summary>
public sealed class EditingWriterTests
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static IEnumerable<string> LoadingExamples() =>
        Outcome.ExampleFiles().Where(f => ChartReader.ReadFile(f).Succeeded);

    /// <summary>The processes an edit can name: those whose name no other process has.</summary>
    private static IEnumerable<CoreProcess> Named(Chart chart) =>
        chart.Processes.Where(p => p.Name is not null && chart.Processes.Count(q => q.Name == p.Name) == 1);

    /// <summary>The KPIs of a process an edit can name.</summary>
    private static IEnumerable<Kpi> Named(CoreProcess process) =>
        process.Kpis.Where(k => k.Name is not null && process.Kpis.Count(q => q.Name == k.Name) == 1);

    private static Chart Read(string text) => ChartReader.Read(text, "chart.pace.yaml").Chart ?? throw new AssertionException("does not load:\n" + text);

    /// <summary>Writes the edit and checks that it reads back equal to it.</summary>
    private static string WriteAndReadBack(Chart edited)
    {
        var written = ChartWriter.Write(edited);
        var again = ChartReader.Read(written, "written.pace.yaml");
        Assert.That(again.Diagnostics, Is.Empty, written);
        Assert.That(again.Chart, Is.EqualTo(edited), "reads back as the edit:\n" + written);
        return written;
    }

    /// <summary>The lines of <paramref name="after"/> that are not in <paramref name="before"/>, and the other way round (a line diff).</summary>
    private static (List<string> Removed, List<string> Added) Diff(string before, string after)
    {
        var a = before.Split('\n');
        var b = after.Split('\n');
        var head = 0;
        while (head < a.Length && head < b.Length && a[head] == b[head])
        {
            head++;
        }

        var tail = 0;
        while (tail < a.Length - head && tail < b.Length - head && a[^(tail + 1)] == b[^(tail + 1)])
        {
            tail++;
        }

        return ([.. a[head..^tail]], [.. b[head..^tail]]);
    }

    [TestCaseSource(nameof(LoadingExamples))]
    public void Unchanged_the_file_is_written_back_byte_for_byte(string file)
    {
        var chart = ChartReader.ReadFile(file).Chart!;
        Assert.That(Utf8.GetBytes(ChartWriter.Write(chart)), Is.EqualTo(File.ReadAllBytes(file)));
    }

    [TestCaseSource(nameof(LoadingExamples))]
    public void Setting_one_target_changes_that_value_and_nothing_else(string file)
    {
        var text = File.ReadAllText(file);
        var chart = Read(text);
        var process = Named(chart).FirstOrDefault(p => Named(p).Any(k => k.Target is not null)) ?? Named(chart).First(p => Named(p).Any());
        var kpi = Named(process).FirstOrDefault(k => k.Target is not null) ?? Named(process).First();
        var target = (kpi.Target ?? 0) + 1234.5m;

        var written = WriteAndReadBack(chart.WithKpiTarget(process.Name!, kpi.Name!, target));

        var (removed, added) = Diff(text, written);
        if (kpi.Target is { } old)
        {
            Assert.That(removed, Has.Count.EqualTo(1), written);
            Assert.That(added, Is.EqualTo(new[] { removed[0].Replace($"target: {old}", $"target: {target}", StringComparison.Ordinal) }));
        }
        else
        {
            // A KPI without a target gets the key: one line more in a block, or its one-line mapping with the key in it.
            Assert.That(added, Has.Count.EqualTo(1));
            Assert.That(added[0], Does.Contain($"target: {target}"));
            Assert.That(removed, Has.Count.LessThanOrEqualTo(1));
        }
    }

    [TestCaseSource(nameof(LoadingExamples))]
    public void Adding_an_actual_adds_one_line_that_reads_back_as_the_edit(string file)
    {
        var text = File.ReadAllText(file);
        var chart = Read(text);
        var process = Named(chart).FirstOrDefault(p => Named(p).Any(k => k.Actuals.Count > 0)) ?? Named(chart).First(p => Named(p).Any());
        var kpi = Named(process).FirstOrDefault(k => k.Actuals.Count > 0) ?? Named(process).First();
        var period = kpi.Actuals.Count > 0 ? Period.Containing(kpi.Actuals[^1].Period.Length, kpi.Actuals[^1].Period.End) : Period.Week(2026, 44);

        var written = WriteAndReadBack(chart.WithActual(process.Name!, kpi.Name!, period, 47.5m));

        var (removed, added) = Diff(text, written);
        if (kpi.Actuals.Count > 0)
        {
            Assert.That(removed, Is.Empty);
            Assert.That(added, Is.EqualTo(new[] { $"{new string(' ', kpi.Actuals[^1].Source!.StartColumn - 1)}{period}: 47.5" }));
        }
        else
        {
            // The KPI gets the key: lines of their own in a block, or in its one-line mapping.
            Assert.That(added.Last(), Does.EndWith($"{period}: 47.5").Or.Contain($"actuals: {{{period}: 47.5}}"));
            Assert.That(removed, Has.Count.LessThanOrEqualTo(1));
        }
    }

    [TestCaseSource(nameof(LoadingExamples))]
    public void Renaming_a_person_changes_their_id_and_the_owners_that_name_them(string file)
    {
        var text = File.ReadAllText(file);
        var chart = Read(text);
        var id = chart.People?.FirstOrDefault(p => chart.Processes.Any(q => q.Owners.Contains(p.Id!)))?.Id ?? chart.Processes.First(p => p.Owner is not null).Owner!;

        var written = WriteAndReadBack(chart.WithPersonRenamed(id, "renamed"));

        var (removed, added) = Diff(text, written);
        Assert.That(removed.Count, Is.EqualTo(added.Count));
        var changed = removed.Zip(added).Where(p => p.First != p.Second).ToList();
        Assert.That(changed, Is.Not.Empty);
        Assert.That(changed.Select(p => p.First.Replace(id, "renamed", StringComparison.Ordinal)), Is.EqualTo(changed.Select(p => p.Second)));
    }

    [TestCaseSource(nameof(LoadingExamples))]
    public void Adding_a_process_appends_its_lines(string file)
    {
        var text = File.ReadAllText(file);
        var chart = Read(text);
        var process = new ChartBuilder("x").Process("Van klacht naar oplossing", "Ann", p => p
            .Input("Klachten").Steps("Registreren", "Oplossen")
            .Kpi("Opgelost binnen 24 uur", 90, "%", Cadence.Week)
            .Kpi("Klanttevredenheid", 8, null, Cadence.Month)
            .Kpi("Kosten per klacht", 40, "EUR", Cadence.Month)).Build().Processes[0];

        var written = WriteAndReadBack(chart.WithProcessAdded(process));

        Assert.That(written, Does.StartWith(text.TrimEnd('\n')), "everything before stays as it was");
    }

    [TestCaseSource(nameof(LoadingExamples))]
    public void Suppressions_still_apply_after_an_edit_that_moves_lines(string file)
    {
        // The example with a "# pace-disable-next-line" above every line that has a rule's finding (PACE121, a rule
        // setting that names no rule, is no rule's finding and cannot be suppressed).
        var plain = File.ReadAllText(file);
        var lines = plain.Split('\n').ToList();
        foreach (var group in ChartValidator.Default.Validate(Read(plain)).Where(d => d.Span is not null && RuleCode.TryParse(d.Code, out var code) && ChartValidator.Default.Find(code) is not null).GroupBy(d => d.Span!.StartLine).OrderByDescending(g => g.Key))
        {
            var line = lines[group.Key - 1];
            var indent = line.Length - line.TrimStart().Length;
            lines.Insert(group.Key - 1, $"{new string(' ', indent)}# pace-disable-next-line {string.Join(", ", group.Select(d => d.Code).Distinct())}");
        }

        var text = string.Join('\n', lines);
        var chart = Read(text);
        var kpiAt = Named(chart).SelectMany(p => Named(p).Select(k => (Process: p, Kpi: k))).First(x => x.Kpi.Target is not null || x.Kpi.Actuals.Count == 0);
        var cadence = kpiAt.Kpi.Cadence ?? Cadence.Week;

        // An actual before the others changes no finding. A KPI's first actual is its latest: reported on time (for the
        // period holding the day before the chart's date), so that it is not stale (PACE023).
        var earliest = kpiAt.Kpi.Actuals.Count > 0 || chart.Date is not { } date
            ? Period.Containing(cadence, new DateOnly(2020, 1, 6))
            : Period.Containing(cadence, date.AddDays(-1));
        var edited = chart.WithActual(kpiAt.Process.Name!, kpiAt.Kpi.Name!, earliest, kpiAt.Kpi.Target ?? 1);

        var written = WriteAndReadBack(edited);

        Assert.That(SuppressionReader.Read(written), Has.Count.EqualTo(SuppressionReader.Read(text).Count));
        // Validated as read back: the edit in memory still has the positions of the text before it.
        Assert.That(FindingsOf(written, Read(written)), Is.EqualTo(FindingsOf(text, chart)), "the same findings, suppressed the same way");
        Assert.That(FindingsOf(text, chart).Where(f => f.Code == "PACE021"), Is.Empty, "every suppression is used");
    }

    private static List<(string Code, Severity Severity, string Path, string Message)> FindingsOf(string text, Chart chart) =>
        [.. ChartValidator.Default.Validate(chart, new ValidationOptions { Suppressions = SuppressionReader.Read(text) })
            .Select(d => (d.Code, d.Severity, d.Path, d.Message))
            .Order()];
}
