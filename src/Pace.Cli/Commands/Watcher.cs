namespace Pace.Cli.Commands;

/// <summary>
/// <c>pace render --watch</c>: renders once, then again after each save (debounced, since editors write a file in
/// several steps), until cancelled. A save that does not render — errors in the chart, an unwritable output, even a
/// bug in Pace — prints why and keeps the last good output; the watch goes on.
/// </summary>
internal static class Watcher
{
    /// <summary>How long the file must be quiet before rendering again.</summary>
    public static TimeSpan Debounce { get; set; } = TimeSpan.FromMilliseconds(300);

    public static int Run(RenderJob first, Action<RenderJob> run, Console console, CancellationToken cancel)
    {
        var job = first;
        var full = Path.GetFullPath(job.Input);
        using var changed = new SemaphoreSlim(0);

        // Watching starts before the first render, so a save while it runs is not missed.
        using var watcher = new FileSystemWatcher(Path.GetDirectoryName(full)!, Path.GetFileName(full))
        {
            NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size | NotifyFilters.CreationTime,
        };
        watcher.Changed += (_, _) => changed.Release();
        watcher.Created += (_, _) => changed.Release();
        watcher.Renamed += (_, _) => changed.Release();
        watcher.EnableRaisingEvents = true;
        try
        {
            RenderOnce(job, run, console);
            console.Error.WriteLine($"Watching {job.Input}; press Ctrl+C to stop.");
            while (true)
            {
                changed.Wait(cancel);
                // Debounce: wait until no further change arrives for a while.
                while (changed.Wait(Debounce, cancel))
                {
                }

                job = new RenderJob(job.Input, job.Output);
                RenderOnce(job, run, console);
            }
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            return ExitCodes.Clean;
        }
    }

    private static void RenderOnce(RenderJob job, Action<RenderJob> run, Console console)
    {
        job.Attempt(run, console);
        // The messages say why a render failed; then one line says what became of the output.
        console.Error.Write(job.Messages.ToString());
        console.Out.WriteLine(job.Outcome == RenderOutcome.Rendered ? $"{job.Input} → {job.Output}"
            : File.Exists(job.Output) ? $"{job.Input}: not rendered; {job.Output} keeps the last good chart"
            : $"{job.Input}: not rendered; {job.Output} is written once the chart renders");
    }
}
