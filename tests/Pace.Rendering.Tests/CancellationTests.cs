using System.Diagnostics;
using System.Text;
using Pace.Rendering.Painters;
using Pace.Validation;

namespace Pace.Rendering.Tests;

/// <summary>
/// Cancellation is honoured at every stage of a check and a render — reading (even a read that never completes),
/// loading, validating, laying out, painting and writing — within a bound. The aim is 50 ms; these tests allow 500 ms,
/// as the machines they run on are shared and loaded, and bench/ measures the real latency (docs/performance.md). Each
/// stage is cancelled while it runs on input large enough that finishing it would take far longer than the bound.
/// </summary>
public class CancellationTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromMilliseconds(500);

    [Test]
    public async Task A_read_that_never_completes_is_cancelled()
    {
        using var cancel = new CancellationTokenSource();
        await using var stream = new BlockedStream();
        await AssertCancelledWithinBound(cancel, () => ChartChecker.Default.CheckAsync(stream, null, cancel.Token), nameof(ChartChecker.CheckAsync), cancelWhen: stream.Started);
    }

    [Test]
    public async Task A_read_of_a_stream_that_ignores_cancellation_is_abandoned()
    {
        using var cancel = new CancellationTokenSource();
        await using var stream = new BlockedStream(honoursCancellation: false);
        await AssertCancelledWithinBound(cancel, () => ChartChecker.Default.CheckAsync(stream, null, cancel.Token), nameof(ChartChecker.CheckAsync), cancelWhen: stream.Started);
    }

    [Test]
    public async Task Loading_is_cancelled_in_the_middle()
    {
        using var cancel = new CancellationTokenSource();
        var yaml = Encoding.UTF8.GetBytes(BigChart.Yaml(5_000, 6));
        await using var stream = new FeedStream(yaml, () => cancel.CancelAfter(150));
        await AssertCancelledWithinBound(cancel, () => BigChart.Checker().CheckAsync(stream, null, cancel.Token), "Pace.Yaml.");
    }

    [Test]
    public async Task Validating_is_cancelled_between_rules()
    {
        using var cancel = new CancellationTokenSource();
        var slow = new SlowRule();
        var checker = new ChartChecker(new CheckOptions { Validator = new ChartValidator([new CancellingRule(cancel), slow]) });
        await using var stream = File.OpenRead(Path.Combine(TestContext.CurrentContext.TestDirectory, "examples", "acme-software.pace.yaml"));
        await AssertCancelledWithinBound(cancel, () => checker.CheckAsync(stream, null, cancel.Token), "ChartValidator.Validate");
        Assert.That(slow.Ran, Is.False, "no rule runs after the cancellation");
    }

    [Test]
    public async Task Laying_out_is_cancelled_in_the_middle()
    {
        var check = BigChart.Checker().Check(BigChart.Chart(3_000, 6));
        using var cancel = new CancellationTokenSource();
        cancel.CancelAfter(100);
        await AssertCancelledWithinBound(cancel, () => Task.Run(() => ChartRenderer.RenderAsync(check, Stream.Null, null, cancel.Token)), "Pace.Rendering.Layout.");
    }

    [Test]
    public async Task Painting_is_cancelled_between_pages()
    {
        var document = ChartRenderer.Lay(BigChart.Checker().Check(BigChart.Chart(1_000, 6)), RenderOptions.Default, CancellationToken.None);
        Assert.That(document.Pages, Has.Count.GreaterThan(500), "enough pages that painting them all takes long");
        using var cancel = new CancellationTokenSource();
        var output = new TripwireStream(after: 64 * 1024, cancel.Cancel);
        await AssertCancelledWithinBound(cancel, () => Task.Run(() => PdfPainter.Write(document, output, cancel.Token)), nameof(PdfPainter));
        Assert.That(output.Length, Is.LessThan(PdfBytesOf(document) / 4), "painting stopped early");
    }

    [Test]
    public async Task A_write_that_never_completes_is_cancelled()
    {
        var check = TestCharts.Checked(TestCharts.Example("acme-software"));
        using var cancel = new CancellationTokenSource();
        await using var stream = new BlockedStream();
        await AssertCancelledWithinBound(cancel, () => ChartRenderer.RenderAsync(check, stream, null, cancel.Token), nameof(PooledBuffer.WriteToAsync), cancelWhen: stream.Started);
    }

    [Test]
    public async Task A_cancelled_file_render_leaves_no_file_and_keeps_the_earlier_one()
    {
        var folder = Directory.CreateTempSubdirectory("pace-cancel-").FullName;
        var path = Path.Combine(folder, "chart.pdf");
        await File.WriteAllTextAsync(path, "earlier");
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();
        Assert.That(async () => await ChartRenderer.RenderFileAsync(TestCharts.Checked(TestCharts.Example("acme-software")), path, null, cancel.Token), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(await File.ReadAllTextAsync(path), Is.EqualTo("earlier"));
        Assert.That(Directory.GetFiles(folder), Is.EqualTo(new[] { path }), "no temporary file left");
    }

    /// <summary>
    /// Starts the work and asserts it ends in cancellation, within the bound of the moment the token was cancelled, at the
    /// stage named (a frame of the exception's trace). The token is cancelled by the work's own trigger, or from here
    /// once <paramref name="cancelWhen"/> completes (a read or write has begun waiting).
    /// </summary>
    private static async Task AssertCancelledWithinBound(CancellationTokenSource cancel, Func<Task> start, string stage, Task? cancelWhen = null)
    {
        var clock = Stopwatch.StartNew();
        long cancelledAt = long.MaxValue;
        await using var registration = cancel.Token.Register(() => Interlocked.Exchange(ref cancelledAt, clock.ElapsedTicks));
        Exception? error = null;
        try
        {
            var work = start();
            if (cancelWhen is not null)
            {
                await cancelWhen.WaitAsync(TimeSpan.FromSeconds(60));
                await cancel.CancelAsync();
            }

            await work.WaitAsync(TimeSpan.FromSeconds(60));
        }
        catch (Exception e)
        {
            error = e;
        }

        var latency = Stopwatch.GetElapsedTime(0, clock.ElapsedTicks - Interlocked.Read(ref cancelledAt));
        Assert.That(error, Is.InstanceOf<OperationCanceledException>(), () => error?.ToString() ?? "the work finished");
        Assert.That(latency, Is.LessThan(Bound), () => "from the cancellation to the exception, which was: " + error);
        Assert.That(error!.ToString(), Does.Contain(stage), "cancelled at the stage under test");
    }

    private static long PdfBytesOf(Rendering.Layout.LayoutDocument document)
    {
        var all = new TripwireStream(long.MaxValue, () => { });
        PdfPainter.Write(document, all, CancellationToken.None);
        return all.Length;
    }

    /// <summary>A rule that cancels the check it runs in.</summary>
    private sealed class CancellingRule(CancellationTokenSource cancel) : Rule
    {
        public override string Code => "TEST001";

        public override Severity DefaultSeverity => Severity.Info;

        public override void Check(RuleContext context) => cancel.Cancel();
    }

    /// <summary>A rule that takes far longer than the bound, so it must not run once the check is cancelled.</summary>
    private sealed class SlowRule : Rule
    {
        public bool Ran { get; private set; }

        public override string Code => "TEST002";

        public override Severity DefaultSeverity => Severity.Info;

        public override void Check(RuleContext context)
        {
            Ran = true;
            Thread.Sleep(2000);
        }
    }
}
