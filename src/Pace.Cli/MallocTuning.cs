using System.Runtime.InteropServices;

namespace Pace.Cli;

/// <summary>
/// Keeps freed native memory in the process instead of handing it back to the kernel after every chart.
/// </summary>
/// <remarks>
/// Why: a render allocates and frees about a megabyte of native memory per chart (zlib state; Skia's buffers). glibc's malloc
/// returns the freed top of its heap to the kernel each time (trimming above 128 KB), so the next chart faults
/// the same pages back in, zero-filled: measured ~266 page faults per acme PDF when Skia wrote PDFs, and its painter
/// 18 → 10 ms a call with a 128 MB trim threshold (bench/Pace.Benchmarks --loop pdf, docs/performance.md). A command-line
/// process is short-lived, so holding the memory until exit costs nothing. Only the pace command does this;
/// the libraries never change their host's allocator (docs/performance.md tells apps how to).
/// </remarks>
internal static partial class MallocTuning
{
    /// <summary>glibc's <c>M_TRIM_THRESHOLD</c> parameter of <c>mallopt</c>.</summary>
    private const int TrimThreshold = -1;

    /// <summary>glibc's <c>M_MMAP_THRESHOLD</c> parameter of <c>mallopt</c>.</summary>
    private const int MmapThreshold = -3;

    /// <summary>How much free memory at the top of the heap glibc may keep: 128 MB.</summary>
    private const int KeepBytes = 128 * 1024 * 1024;

    /// <summary>
    /// Blocks below 32 MB (glibc's maximum) come from the heap, not from a fresh mapping of their own. Setting the trim
    /// threshold switches off glibc's adaptive mapping threshold, which would otherwise have done this: without it,
    /// every zlib stream's ~300 KB of state was mapped, page-faulted in, zeroed and unmapped again (measured on a
    /// 1,000-chart batch: 11.3 → 8.6 s, kernel time 6.1 → 2.4 s).
    /// </summary>
    private const int MapAbove = 32 * 1024 * 1024;

    /// <summary>Raises glibc's trim and mapping thresholds; false where there is no glibc (Windows, macOS, musl without mallopt).</summary>
    public static bool Apply()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return Mallopt(TrimThreshold, KeepBytes) == 1 && Mallopt(MmapThreshold, MapAbove) == 1;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "mallopt")]
    private static partial int Mallopt(int parameter, int value);
}
