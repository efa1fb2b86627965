namespace Pace.Cli.Commands;

/// <summary>
/// A one-line progress counter on a terminal (rewritten in place on standard error). Redirected output and CI get
/// none: their logs get the plain per-chart lines instead.
/// </summary>
internal sealed class Progress(Session session, int total)
{
    private readonly Lock _gate = new();

    public void Report(int done)
    {
        if (!session.Interactive || total < 2)
        {
            return;
        }

        lock (_gate)
        {
            session.Error.Write($"\rRendering {done}/{total}…");
        }
    }

    public void Finish()
    {
        if (session.Interactive && total >= 2)
        {
            session.Error.Write("\r\u001b[2K");
        }
    }
}
