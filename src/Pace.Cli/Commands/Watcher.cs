using Pace.Cli.Output.Escaping;

namespace Pace.Cli.Commands;

/// <summary>
/// <c>pace render --watch</c>: renders once, then again after each save of the chart or of a configuration file it was
/// checked with (debounced, since editors write a file in several steps), until cancelled. A save that does not render
/// — errors in the chart, an unwritable output, even a bug in Pace — prints why and keeps the last good output; the
/// watch goes on.
/// </summary>
internal static class Watcher
{
    /// <summary>How long the files must be quiet before rendering again.</summary>
    public static TimeSpan Debounce { get; set; } = TimeSpan.FromMilliseconds(300);

    public static int Run(RenderJob first, Action<RenderJob> run, Session session, CancellationToken cancel)
    {
        var job = first;
        using var changed = new SemaphoreSlim(0);
        var watchers = new Dictionary<string, FileSystemWatcher>(StringComparer.Ordinal);
        try
        {
            // The chart is watched before the first render, so a save while it runs is not missed; the configuration
            // files it is checked with are known once it was.
            Watch(watchers, [job.Input], changed);
            RenderOnce(job, run, session);
            Watch(watchers, job.ConfigurationFiles, changed);
            session.Error.WriteLine($"Watching {LineText.Path(job.Input)}; press Ctrl+C to stop.");
            while (true)
            {
                changed.Wait(cancel);
                // Debounce: wait until no further change arrives for a while.
                while (changed.Wait(Debounce, cancel))
                {
                }

                job = new RenderJob(job.Chart, job.Output);
                RenderOnce(job, run, session);
                // A configuration file the chart now uses is watched too (one it no longer uses still is: harmless).
                Watch(watchers, job.ConfigurationFiles, changed);
            }
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            return ExitCodes.Clean;
        }
        finally
        {
            foreach (var watcher in watchers.Values)
            {
                watcher.Dispose();
            }
        }
    }

    private static void Watch(Dictionary<string, FileSystemWatcher> watchers, IEnumerable<string> files, SemaphoreSlim changed)
    {
        foreach (var full in files.Select(Path.GetFullPath))
        {
            if (watchers.ContainsKey(full) || Path.GetDirectoryName(full) is not { } folder || !Directory.Exists(folder))
            {
                continue;
            }

            var watcher = new FileSystemWatcher(folder, Path.GetFileName(full))
            {
                NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size | NotifyFilters.CreationTime,
            };
            watcher.Changed += (_, _) => changed.Release();
            watcher.Created += (_, _) => changed.Release();
            watcher.Renamed += (_, _) => changed.Release();
            watcher.EnableRaisingEvents = true;
            watchers.Add(full, watcher);
        }
    }

    private static void RenderOnce(RenderJob job, Action<RenderJob> run, Session session)
    {
        job.Attempt(run, session);
        // The messages say why a render failed; then one line says what became of the output.
        session.Error.Write(job.Messages.ToString());
        session.Out.WriteLine(job.Outcome == RenderOutcome.Rendered ? $"{LineText.Path(job.Input)} → {LineText.Path(job.Output)}"
            : File.Exists(job.Output) ? $"{LineText.Path(job.Input)}: not rendered; {LineText.Path(job.Output)} keeps the last good chart"
            : $"{LineText.Path(job.Input)}: not rendered; {LineText.Path(job.Output)} is written once the chart renders");
    }
}
