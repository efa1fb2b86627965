using Pace.Cli.Output.Escaping;

namespace Pace.Cli.Commands;

/// <summary>
/// <c>pace render --watch</c>: renders once, then again after each save (debounced, since editors write a file in
/// several steps), until cancelled. A save with errors prints them and keeps the last good output.
/// </summary>
internal static class Watcher
{
    /// <summary>How long the file must be quiet before rendering again.</summary>
    public static TimeSpan Debounce { get; set; } = TimeSpan.FromMilliseconds(300);

    public static int Run(RenderJob first, Action<RenderJob> run, Session console, CancellationToken cancel)
    {
        var job = first;
        RenderOnce(job, run, console);
        var full = Path.GetFullPath(job.Input);
        using var changed = new SemaphoreSlim(0);
        using var watcher = new FileSystemWatcher(Path.GetDirectoryName(full)!, Path.GetFileName(full))
        {
            NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size | NotifyFilters.CreationTime,
        };
        watcher.Changed += (_, _) => changed.Release();
        watcher.Created += (_, _) => changed.Release();
        watcher.Renamed += (_, _) => changed.Release();
        watcher.EnableRaisingEvents = true;
        console.Error.WriteLine($"Watching {LineText.Path(job.Input)}; press Ctrl+C to stop.");
        try
        {
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
        catch (OperationCanceledException)
        {
            return ExitCodes.Clean;
        }
    }

    private static void RenderOnce(RenderJob job, Action<RenderJob> run, Session console)
    {
        run(job);
        console.Error.Write(job.Messages.ToString());
        console.Out.WriteLine(job.Outcome == RenderOutcome.Rendered
            ? $"{LineText.Path(job.Input)} → {LineText.Path(job.Output)}"
            : $"{LineText.Path(job.Input)}: not rendered; {LineText.Path(job.Output)} keeps the last good chart");
    }
}
