using System.Runtime.ExceptionServices;

namespace Pace.Rendering.Painters.Pdf;

/// <summary>
/// One stream's data being deflated: queued to the thread pool, and taken over by the file writer when the writer needs
/// it before a pool thread started on it. So the writer never sits idle while deflating is left to do — it helps, the
/// way a work-stealing scheduler would — and on two cores a document's deflating is shared out between them instead of
/// queueing behind one (waiting on the pool's tasks cost acme's PDF about 1 ms a call, `--loop pdf`).
/// </summary>
internal sealed class PdfDeflation : IThreadPoolWorkItem
{
    private readonly Func<byte[]>? _work;
    private readonly Action? _release;
    // An object, not a Lock: waiting for another thread to finish needs Monitor.Wait and PulseAll.
    private readonly object _gate = new();
    private int _taken;
    private bool _finished;
    private byte[]? _result;
    private ExceptionDispatchInfo? _error;

    private PdfDeflation(Func<byte[]>? work, Action? release, byte[]? result)
    {
        _work = work;
        _release = release;
        _result = result;
        _finished = work is null;
        _taken = work is null ? 1 : 0;
    }

    /// <summary>Data that needs no deflating (already deflated, or written as it is).</summary>
    public static PdfDeflation Done(byte[] data) => new(null, null, data);

    /// <summary>
    /// Deflating to be done: on the thread pool when <paramref name="background"/>, else at once. <paramref name="release"/>
    /// runs after the work, or instead of it when the writer gives up the stream (<see cref="Abandon"/>).
    /// </summary>
    public static PdfDeflation Start(Func<byte[]> work, bool background, Action? release = null)
    {
        var deflation = Unstarted(work, release);
        if (background)
        {
            ThreadPool.UnsafeQueueUserWorkItem(deflation, preferLocal: false);
        }
        else
        {
            deflation.Execute();
        }

        return deflation;
    }

    /// <summary>Deflating no thread has been given yet: <see cref="Start"/> gives it to one; tests take it as it is.</summary>
    internal static PdfDeflation Unstarted(Func<byte[]> work, Action? release = null) => new(work, release, null);

    /// <summary>Whether the data is ready, so taking it will not wait.</summary>
    public bool IsFinished => Volatile.Read(ref _finished);

    /// <summary>Runs the work, unless another thread took it first (the pool thread, or the writer that needed it).</summary>
    public void Execute()
    {
        if (Interlocked.Exchange(ref _taken, 1) == 0)
        {
            Run();
        }
    }

    /// <summary>The deflated data: done here if no thread started on it yet, else waited for.</summary>
    public byte[] Result()
    {
        Execute();
        lock (_gate)
        {
            while (!_finished)
            {
                Monitor.Wait(_gate);
            }
        }

        _error?.Throw();
        return _result!;
    }

    /// <summary>Gives the stream up (the file failed): the work is not run if it has not started, and is waited for if it has.</summary>
    public void Abandon()
    {
        if (Interlocked.Exchange(ref _taken, 1) == 0)
        {
            // Never run: whoever asks for the data after all is told so, instead of waiting for ever.
            _error = ExceptionDispatchInfo.Capture(new ObjectDisposedException(nameof(PdfDeflation), "The stream was given up before it was deflated."));
            Release();
            lock (_gate)
            {
                Volatile.Write(ref _finished, true);
                Monitor.PulseAll(_gate);
            }

            return;
        }

        lock (_gate)
        {
            while (!_finished)
            {
                Monitor.Wait(_gate);
            }
        }
    }

    /// <summary>Releases the buffer; a failure is kept for the writer (unless the work failed first), never left to end a pool thread or a wait.</summary>
    private void Release()
    {
        try
        {
            _release?.Invoke();
        }
        catch (Exception e)
        {
            _error ??= ExceptionDispatchInfo.Capture(e);
        }
    }

    private void Run()
    {
        try
        {
            _result = _work!();
        }
        catch (Exception e)
        {
            // Rethrown to the writer, on its thread, when it takes the data: a pool thread must not die of it.
            _error = ExceptionDispatchInfo.Capture(e);
        }
        finally
        {
            Release();
            lock (_gate)
            {
                Volatile.Write(ref _finished, true);
                Monitor.PulseAll(_gate);
            }
        }
    }
}
