using System.Diagnostics;
using System.Globalization;
using System.Text;
using Pace.Rendering;
using Pace.Rendering.Painters;
using Pace.Rendering.Tests;
using Pace.Validation;

namespace Pace.Benchmarks;

/// <summary>
/// `--cancel-latency N`: how long a check and a render take to stop once cancelled, stage by stage, N times each: from
/// the moment the token is cancelled to the <see cref="OperationCanceledException"/> reaching the caller. The input is
/// the largest chart the default limits let in (about 100,000 YAML nodes: 950 processes, three KPIs with six actuals
/// each), cancelled at varying points (5 to 50 ms) into the stage; reads and writes wait on a stream that never
/// completes. The target is 50 ms at every stage (the tests allow 500 ms: CancellationTests).
/// </summary>
internal static class CancelLatency
{
    private const int Processes = 950;

    public static int Run(int rounds)
    {
        var text = BigChart.Yaml(Processes, 6);
        var yaml = Encoding.UTF8.GetBytes(text);
        var check = ChartChecker.Default.CheckText(text);
        var chart = check.Chart ?? throw new InvalidOperationException("the chart does not load");
        var document = ChartRenderer.Lay(check, RenderOptions.Default, CancellationToken.None);
        var small = ChartChecker.Default.CheckText(Examples.Text("8-acme"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"chart: {yaml.Length:N0} bytes of YAML, {chart.Processes.Count} processes, {document.Pages.Count} pages"));

        Report("read (a read that never completes)", rounds, (cancel, _) =>
        {
            var stream = new BlockedStream();
            var work = ChartChecker.Default.CheckAsync(stream, null, cancel.Token);
            stream.Started.Wait();
            cancel.Cancel();
            return work;
        });
        Report("load", rounds, (cancel, delay) =>
            ChartChecker.Default.CheckAsync(new FeedStream(yaml, () => cancel.CancelAfter(delay)), null, cancel.Token));
        Report("validate", rounds, (cancel, delay) => Task.Run(() =>
        {
            cancel.CancelAfter(delay);
            ChartValidator.Default.Validate(chart, null, cancel.Token);
        }));
        Report("layout", rounds, (cancel, delay) => Task.Run(() =>
        {
            cancel.CancelAfter(delay);
            ChartRenderer.Lay(check, RenderOptions.Default, cancel.Token);
        }));
        Report("paint (PDF)", rounds, (cancel, delay) => Task.Run(() =>
        {
            cancel.CancelAfter(delay);
            PdfPainter.Write(document, Stream.Null, cancel.Token);
        }));
        Report("write (a write that never completes)", rounds, (cancel, _) =>
        {
            var stream = new BlockedStream();
            var work = ChartRenderer.RenderAsync(small, stream, null, cancel.Token);
            stream.Started.Wait();
            cancel.Cancel();
            return work;
        });
        return 0;
    }

    /// <summary>Runs a stage N times, each cancelled after a different delay, and prints the latencies.</summary>
    private static void Report(string stage, int rounds, Func<CancellationTokenSource, int, Task> start)
    {
        var latencies = new List<double>();
        var finished = 0;
        for (var round = 0; round < rounds; round++)
        {
            using var cancel = new CancellationTokenSource();
            var clock = Stopwatch.StartNew();
            long cancelledAt = -1;
            using var registration = cancel.Token.Register(() => Interlocked.Exchange(ref cancelledAt, clock.ElapsedTicks));
            try
            {
                start(cancel, 5 + (45 * round / Math.Max(1, rounds - 1))).GetAwaiter().GetResult();
                finished++;
            }
            catch (OperationCanceledException)
            {
                latencies.Add(Stopwatch.GetElapsedTime(0, clock.ElapsedTicks - Interlocked.Read(ref cancelledAt)).TotalMilliseconds);
            }
        }

        latencies.Sort();
        Console.WriteLine(latencies.Count == 0
            ? $"{stage}: never cancelled ({finished} finished first)"
            : string.Create(CultureInfo.InvariantCulture, $"{stage}: median {latencies[latencies.Count / 2]:F1} ms, 90th {latencies[(int)(latencies.Count * 0.9)]:F1} ms, max {latencies[^1]:F1} ms ({latencies.Count} cancelled, {finished} finished first)"));
    }
}
