using System.Globalization;
using Pace.Cli.Commands;
using Pace.Cli.Input;
using Pace.Rendering;

namespace Pace.Cli.Tests;

/// <summary>
/// A chart that validates always renders, and one chart that fails for any reason is that chart's error: the other
/// charts of a batch are still written and reported (exit 2 at the end), and a watch keeps the last good output.
/// </summary>
public class RenderFailureTests
{
    /// <summary>A valid chart whose first KPI's only actual is decimal's minimum against a target of 100.</summary>
    private const string ExtremeChart = """
        pace: 1
        organization: Extreme B.V.
        processes:
          - name: Van lead naar deal
            owner: Anna
            kpis:
              - {name: Omzet, unit: EUR, target: 100, cadence: week, timing: leading, focus: output, nature: hard, actuals: {2026-W44: -79228162514264337593543950335}}
              - {name: Marge, target: 0.0000000000000000000000000001, cadence: quarter, timing: lagging, focus: output, nature: hard, actuals: {2026-Q3: 0.0000000000000000000000000001}}
              - {name: Offertes, target: 6, cadence: week, timing: leading, focus: input, nature: hard}
          - {name: Werkende oplossingen, owner: Bram, kpis: [{name: a, target: 1, unit: x, cadence: week, timing: leading, focus: output}, {name: b, target: 1, unit: x, cadence: week}, {name: c, target: 1, unit: x, cadence: week}]}
          - {name: Klant tevreden houden, owner: Carla, kpis: [{name: a, target: 1, unit: x, cadence: week, timing: leading, focus: output}, {name: b, target: 1, unit: x, cadence: week}, {name: c, target: 1, unit: x, cadence: week}]}
          - {name: Van order naar factuur, owner: Dirk, kpis: [{name: a, target: 1, unit: x, cadence: week, timing: leading, focus: output}, {name: b, target: 1, unit: x, cadence: week}, {name: c, target: 1, unit: x, cadence: week}]}
        """;

    [Test]
    public void The_chart_with_decimals_extremes_renders_first_in_a_batch_of_fifty_one()
    {
        var dir = PaceTool.TempFolder();
        var outDir = Path.Combine(dir, "out");
        File.WriteAllText(Path.Combine(dir, "00-extreme.pace.yaml"), ExtremeChart);
        var example = File.ReadAllText(PaceTool.Example("technical-wholesaler.pace.yaml"));
        for (var i = 1; i <= 50; i++)
        {
            File.WriteAllText(Path.Combine(dir, i.ToString("D2", CultureInfo.InvariantCulture) + ".pace.yaml"), example);
        }

        var (exit, output, error) = PaceTool.Run("render", Path.Combine(dir, "*.pace.yaml"), "--out-dir", outDir);
        Assert.Multiple(() =>
        {
            Assert.That(error, Does.Not.Contain("unexpected error"));
            Assert.That(exit, Is.EqualTo(0), error);
            Assert.That(output, Does.EndWith("51 of 51 charts rendered.\n"));
            Assert.That(Directory.GetFiles(outDir, "*.pdf"), Has.Length.EqualTo(51));
        });
    }

    [TestCase(0)]
    [TestCase(50)]
    public void A_chart_that_fails_unexpectedly_is_its_own_error_and_the_other_fifty_are_written(int failing)
    {
        var (jobs, outDir) = Batch(51);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var session = new Session(stdout, stderr);
        var exit = RenderCommand.RenderAll(jobs, job =>
        {
            // Stands in for a bug in Pace: an exception that is no user error, from inside one chart's render.
            if (job == jobs[failing])
            {
                throw new InvalidOperationException("a bug stood in by the test");
            }

            job.Run(ChartChecker.Default, OutputFormat.Pdf, null, PageSelection.All, force: false, session);
        }, session);

        var failed = jobs[failing];
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.Failure));
            Assert.That(stderr.ToString(), Is.EqualTo($"pace: {failed.Input}: unexpected error: a bug stood in by the test (run with --verbose for details, and please report it)" + Environment.NewLine));
            Assert.That(Directory.GetFiles(outDir).Select(Path.GetFileName).Order(StringComparer.Ordinal), Is.EqualTo(jobs.Where(j => j != failed).Select(j => Path.GetFileName(j.Output)).Order(StringComparer.Ordinal)));
            var lines = stdout.ToString().ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.That(lines, Has.Length.EqualTo(51), "one line for each written chart, and the count");
            Assert.That(lines.Count(l => l.StartsWith(failed.Input + " →", StringComparison.Ordinal)), Is.Zero, "the failed chart is not reported as written");
            Assert.That(lines[^1], Is.EqualTo("50 of 51 charts rendered."));
        });
    }

    [Test]
    public void An_unexpected_error_in_a_batch_is_escaped_like_any_other_message_with_its_trace_only_when_verbose()
    {
        var job = new RenderJob(new ChartInput("c.pace.yaml", FromStandardInput: false), "c.pdf");
        job.Attempt(_ => throw new InvalidOperationException("bad\n::error::forged"), new Session(TextWriter.Null, TextWriter.Null, verbose: true));
        var lines = job.Messages.ToString().ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Multiple(() =>
        {
            Assert.That(lines[0], Is.EqualTo("pace: c.pace.yaml: unexpected error: bad\\u000A::error::forged (run with --verbose for details, and please report it)"));
            Assert.That(lines, Has.Length.EqualTo(2), "the trace on one line, its line breaks escaped");
            Assert.That(lines[1], Does.StartWith("System.InvalidOperationException: bad\\u000A::error::forged"));
            Assert.That(job.Outcome, Is.EqualTo(RenderOutcome.Failed));
        });
    }

    [Test]
    public void An_output_that_cannot_be_written_fails_that_chart_and_the_others_are_written()
    {
        var dir = PaceTool.TempFolder();
        var outDir = Path.Combine(dir, "out");
        Directory.CreateDirectory(Path.Combine(outDir, "b.pdf"));
        foreach (var name in new[] { "a", "b", "c" })
        {
            File.Copy(PaceTool.Example("technical-wholesaler.pace.yaml"), Path.Combine(dir, name + ".pace.yaml"));
        }

        var (exit, output, error) = PaceTool.Run("render", Path.Combine(dir, "a.pace.yaml"), Path.Combine(dir, "b.pace.yaml"), Path.Combine(dir, "c.pace.yaml"), "--out-dir", outDir);
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.Failure));
            Assert.That(error, Does.Contain(Path.Combine(outDir, "b.pdf") + " is a folder"));
            Assert.That(File.Exists(Path.Combine(outDir, "a.pdf")) && File.Exists(Path.Combine(outDir, "c.pdf")), Is.True);
            Assert.That(output, Does.EndWith("2 of 3 charts rendered.\n"));
        });
    }

    [Test]
    public async Task Watch_says_why_a_save_did_not_render_keeps_the_last_good_output_and_renders_the_fix()
    {
        var dir = PaceTool.TempFolder();
        var chart = Path.Combine(dir, "c.pace.yaml");
        var pdf = Path.Combine(dir, "c.pdf");
        var text = await File.ReadAllTextAsync(PaceTool.Example("technical-wholesaler.pace.yaml"));
        await File.WriteAllTextAsync(chart, text);
        var stdout = new SynchronizedWriter();
        var stderr = new SynchronizedWriter();
        var session = new Session(stdout, stderr);
        var crash = false;
        using var cancel = new CancellationTokenSource();
        var watch = Task.Run(() => Watcher.Run(new RenderJob(new ChartInput(chart, FromStandardInput: false), pdf), job =>
        {
            if (Volatile.Read(ref crash))
            {
                throw new InvalidOperationException("a bug stood in by the test");
            }

            job.Run(ChartChecker.Default, OutputFormat.Pdf, null, PageSelection.All, force: false, session);
        }, session, cancel.Token));
        await Eventually.True(() => stdout.Text.Contains(chart + " → " + pdf, StringComparison.Ordinal), "the first render");
        var good = await File.ReadAllBytesAsync(pdf);
        var kept = chart + ": not rendered; " + pdf + " keeps the last good chart";

        // Broken: the load error and the refusal say why; the PDF stays as it was.
        await File.WriteAllTextAsync(chart, "pace: 1\norganization: [broken\n");
        await Eventually.True(() => stdout.Text.Contains(kept, StringComparison.Ordinal), "the refusal");
        Assert.That(stderr.Text, Does.Contain("error PACE100:").And.Contain(chart + " could not be read as a chart; nothing rendered"));
        Assert.That(await File.ReadAllBytesAsync(pdf), Is.EqualTo(good));

        // A bug while rendering a good chart: reported, and the watch goes on.
        Volatile.Write(ref crash, true);
        await File.WriteAllTextAsync(chart, text);
        await Eventually.True(() => stderr.Text.Contains("unexpected error: a bug stood in by the test", StringComparison.Ordinal), "the bug's message");
        await Eventually.True(() => stdout.Text.Split(kept).Length == 3, "the second refusal");
        Assert.That(await File.ReadAllBytesAsync(pdf), Is.EqualTo(good));

        // Fixed: a new PDF.
        Volatile.Write(ref crash, false);
        await File.WriteAllTextAsync(chart, text.Replace("Van Dijk Installatietechniek", "Van Dijk Techniek", StringComparison.Ordinal));
        await Eventually.True(() => !File.ReadAllBytes(pdf).SequenceEqual(good), "the new PDF");
        Assert.That(watch.IsCompleted, Is.False, "the watch goes on");

        await cancel.CancelAsync();
        Assert.That(await watch.WaitAsync(TimeSpan.FromSeconds(10)), Is.EqualTo(ExitCodes.Clean));
    }

    [Test]
    public async Task Watch_of_a_chart_that_never_rendered_says_the_output_is_written_once_it_does()
    {
        var dir = PaceTool.TempFolder();
        var chart = Path.Combine(dir, "c.pace.yaml");
        var pdf = Path.Combine(dir, "c.pdf");
        await File.WriteAllTextAsync(chart, "pace: 1\norganization: [broken\n");
        var stdout = new SynchronizedWriter();
        var session = new Session(stdout, TextWriter.Null);
        using var cancel = new CancellationTokenSource();
        var watch = Task.Run(() => Watcher.Run(new RenderJob(new ChartInput(chart, FromStandardInput: false), pdf), job => job.Run(ChartChecker.Default, OutputFormat.Pdf, null, PageSelection.All, force: false, session), session, cancel.Token));
        await Eventually.True(() => stdout.Text.Length > 0);
        Assert.That(stdout.Text, Is.EqualTo(chart + ": not rendered; " + pdf + " is written once the chart renders" + Environment.NewLine));
        Assert.That(File.Exists(pdf), Is.False);
        await cancel.CancelAsync();
        Assert.That(await watch.WaitAsync(TimeSpan.FromSeconds(10)), Is.EqualTo(ExitCodes.Clean));
    }

    private static (List<RenderJob> Jobs, string OutDir) Batch(int count)
    {
        var dir = PaceTool.TempFolder();
        var outDir = Path.Combine(dir, "out");
        Directory.CreateDirectory(outDir);
        var jobs = new List<RenderJob>();
        for (var i = 0; i < count; i++)
        {
            var name = i.ToString("D2", CultureInfo.InvariantCulture);
            var input = Path.Combine(dir, name + ".pace.yaml");
            File.Copy(PaceTool.Example("technical-wholesaler.pace.yaml"), input);
            jobs.Add(new RenderJob(new ChartInput(input, FromStandardInput: false), Path.Combine(outDir, name + ".pdf")));
        }

        return (jobs, outDir);
    }
}
