using Pace.Rendering.Painters.Pdf;

namespace Pace.Rendering.Tests;

/// <summary>
/// A stream's deflating (PdfDeflation): done once, by whichever thread takes it first; its failure reaches the writer;
/// given up before it started, it is never run but its buffer is still released.
/// </summary>
public sealed class PdfDeflationTests
{
    [Test]
    public void Data_no_thread_started_on_is_deflated_by_the_one_that_asks_for_it_once()
    {
        var runs = 0;
        var released = 0;
        var deflation = PdfDeflation.Start(() => { Interlocked.Increment(ref runs); return [1, 2, 3]; }, background: false, () => released++);
        Assert.Multiple(() =>
        {
            Assert.That(deflation.IsFinished, Is.True);
            Assert.That(deflation.Result(), Is.EqualTo(new byte[] { 1, 2, 3 }));
            deflation.Execute();
            Assert.That(runs, Is.EqualTo(1), "run once, whoever asks");
            Assert.That(released, Is.EqualTo(1));
        });
    }

    [Test]
    public void A_failure_on_a_pool_thread_is_thrown_to_the_writer_that_takes_the_data()
    {
        var deflation = PdfDeflation.Start(() => throw new InvalidDataException("broken"), background: true);
        Assert.That(SpinWait.SpinUntil(() => deflation.IsFinished, TimeSpan.FromSeconds(30)), Is.True, "a pool thread ran it");
        Assert.That(() => deflation.Result(), Throws.InstanceOf<InvalidDataException>().With.Message.EqualTo("broken"));
    }

    [Test]
    public void Given_up_before_it_started_it_never_runs_but_releases_its_buffer()
    {
        var ran = false;
        var released = false;
        var abandoned = PdfDeflation.Unstarted(() => { ran = true; return []; }, () => released = true);
        abandoned.Abandon();
        abandoned.Execute();
        Assert.Multiple(() =>
        {
            Assert.That(ran, Is.False, "a thread that comes later finds it taken");
            Assert.That(released, Is.True);
            Assert.That(abandoned.IsFinished, Is.True, "whoever asks is answered, not kept waiting");
            Assert.That(() => abandoned.Result(), Throws.InstanceOf<ObjectDisposedException>());
        });
    }

    [Test]
    public void A_writer_that_asks_first_deflates_it_itself()
    {
        var thread = 0;
        var deflation = PdfDeflation.Unstarted(() => { thread = Environment.CurrentManagedThreadId; return [7]; });
        Assert.Multiple(() =>
        {
            Assert.That(deflation.IsFinished, Is.False);
            Assert.That(deflation.Result(), Is.EqualTo(new byte[] { 7 }));
            Assert.That(thread, Is.EqualTo(Environment.CurrentManagedThreadId));
        });
    }

    [Test]
    public void A_release_that_fails_is_thrown_to_the_writer_and_keeps_no_one_waiting()
    {
        var deflation = PdfDeflation.Start(() => [1], background: true, () => throw new IOException("release failed"));
        Assert.That(SpinWait.SpinUntil(() => deflation.IsFinished, TimeSpan.FromSeconds(30)), Is.True, "finished, not hanging");
        Assert.That(() => deflation.Result(), Throws.InstanceOf<IOException>().With.Message.EqualTo("release failed"));
    }
}
