using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Pace.Rendering;

/// <summary>
/// The temporary files <see cref="AtomicFile"/> (<see cref="ChartRenderer.RenderFile(CheckResult, string, RenderOptions?, CancellationToken)"/>, <c>RenderFileAsync</c>)
/// writes before moving them into place, named so anyone can tell them apart — <c>.acme.pdf.pace-tmp-3f9a1c0b7d2e</c>
/// beside <c>acme.pdf</c> — and cleared up: a run killed halfway (<c>kill -9</c>, a power cut) leaves one behind,
/// and the first render into that folder by a later process removes it. Only files of that name are removed, only
/// regular files (a link of that name is left alone, never followed), and only those last written before this
/// process started rendering and at least a minute before, so a render running in another process at the same
/// moment keeps its file.
/// </summary>
internal static class TemporaryFiles
{
    /// <summary>What every temporary file's name holds, between the target's name and the random part.</summary>
    public const string Marker = ".pace-tmp-";

    private static readonly TimeSpan Grace = TimeSpan.FromMinutes(1);

    private static readonly DateTime Started = DateTime.UtcNow;

    private static readonly ConcurrentDictionary<string, bool> Cleared = new(StringComparer.Ordinal);

    /// <summary>A fresh temporary file name beside a target: the target's name hidden, the marker, 12 random hex digits.</summary>
    public static string For(string target) =>
        Path.Combine(Path.GetDirectoryName(target)!, "." + Path.GetFileName(target) + Marker + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6)));

    /// <summary>Removes leftover temporary files from a folder, once per folder per process; failures are ignored (it is housekeeping).</summary>
    public static void ClearLeftovers(string folder)
    {
        if (!Cleared.TryAdd(folder, true))
        {
            return;
        }

        var before = Started - Grace;
        try
        {
            foreach (var file in new DirectoryInfo(folder).EnumerateFiles(".*" + Marker + "*"))
            {
                if (file.LinkTarget is null && file.LastWriteTimeUtc < before && IsOurs(file.Name))
                {
                    TryDelete(file);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // An unreadable folder fails the render itself, with the error that matters.
        }
    }

    /// <summary>Whether a name is exactly ours: a dot, a name, the marker, then 12 lower-case hex digits.</summary>
    private static bool IsOurs(string name)
    {
        var at = name.LastIndexOf(Marker, StringComparison.Ordinal);
        var random = at < 0 ? string.Empty : name[(at + Marker.Length)..];
        return name.StartsWith('.') && at > 1 && random.Length == 12 && random.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'));
    }

    private static void TryDelete(FileInfo file)
    {
        try
        {
            file.Delete();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Someone else's, or in use: left alone.
        }
    }
}
