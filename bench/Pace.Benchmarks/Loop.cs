using System.Diagnostics;
using System.Globalization;
using Pace.Rendering;
using Pace.Rendering.Layout;
using Pace.Rendering.Painters;
using Pace.Validation;
using Pace.Yaml;

namespace Pace.Benchmarks;

/// <summary>
/// `--loop STAGE CHART N`: runs one stage N times in this process, for a sampling profiler to attach to
/// (`DOTNET_PerfMapEnabled=1 perf record -g dotnet Pace.Benchmarks.dll --loop pdf 8-acme 2000`) or callgrind.
/// Prints the mean per call as a rough guide; BenchmarkDotNet gives the numbers to publish.
/// </summary>
internal static class Loop
{
    /// <summary>The front door as the benchmarks use it: no configuration lookup above the example.</summary>
    private static readonly ChartChecker Checker = new(new CheckOptions { DiscoverConfiguration = false });

    public static int Run(string stage, string example, int count)
    {
        if (stage == "split")
        {
            return Split(example, count);
        }

        var yaml = Examples.Text(example);
        var chart = ChartReader.Read(yaml, Examples.PathOf(example)).Chart ?? throw new InvalidOperationException($"{example} does not load.");
        var findings = ChartValidator.Default.Validate(chart);
        var options = RenderOptions.Default;
        var language = chart.Language ?? ChartLanguage.English;
        var document = ChartRenderer.Lay(chart, language, findings, options, CancellationToken.None);
        var pdf = new PdfStages(document);
        Action step = stage switch
        {
            "load" => () => ChartReader.Read(yaml, "chart.pace.yaml"),
            "check" => () => Checker.CheckText(yaml, "chart.pace.yaml"),
            "validate" => () => ChartValidator.Default.Validate(chart),
            "layout" => () => ChartRenderer.Lay(chart, language, findings, options, CancellationToken.None),
            "pdf" => () => PdfPainter.Write(document, Stream.Null, CancellationToken.None),
            "pdf-content" => () => pdf.Content(),
            "pdf-deflate" => () => pdf.Deflate(),
            "pdf-fonts" => () => pdf.Fonts(),
            "pdf-structure" => () => pdf.Structure(),
            "png" => () => PngPainter.Encode(document.Pages[0], options.PngDpi),
            "svg" => () => SvgPainter.Encode(document.Pages[0], document.Info, 1, document.Pages.Count),
            "all-pdf" => () => ChartRenderer.Render(ChartChecker.Default.CheckText(yaml), Stream.Null, options),
            "all-pdf-async" => () => ChartRenderer.RenderAsync(ChartChecker.Default.CheckText(yaml), Stream.Null, options).GetAwaiter().GetResult(),
            _ => throw new ArgumentException($"unknown stage {stage}: load, check, validate, layout, pdf, pdf-content, pdf-deflate, pdf-fonts, pdf-structure, png, svg, all-pdf or all-pdf-async"),
        };
        step();
        // CPU time and bytes allocated as well as wall time: on a shared machine wall time mostly measures the queue for a core.
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            step();
        }

        var wall = clock.Elapsed.TotalMilliseconds / count;
        var cpuPerCall = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / count;
        var kilobytes = (GC.GetAllocatedBytesForCurrentThread() - allocated) / 1024.0 / count;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{stage} {example}: {wall:F3} ms a call, {cpuPerCall:F3} ms CPU, {kilobytes:F0} KB allocated ({count} calls)"));
        return 0;
    }

    /// <summary>
    /// `--loop split CHART N`: the front door's three steps timed apart in one loop — check (read, load, validate),
    /// lay out, paint the PDF — so what the painter leaves to other cores shows as wall time saved on the caller's thread.
    /// </summary>
    private static int Split(string example, int count)
    {
        var yaml = Examples.Text(example);
        var checker = Checker;
        double check = 0, layout = 0, paint = 0;
        for (var i = -count / 4; i < count; i++)
        {
            // The first quarter warms up (tiered JIT), uncounted.
            var start = Stopwatch.GetTimestamp();
            var result = checker.CheckText(yaml, "chart.pace.yaml");
            var checkedAt = Stopwatch.GetTimestamp();
            var document = ChartRenderer.Lay(result, RenderOptions.Default, CancellationToken.None);
            var laidAt = Stopwatch.GetTimestamp();
            using var output = new MemoryStream();
            PdfPainter.Write(document, output, CancellationToken.None);
            var paintedAt = Stopwatch.GetTimestamp();
            if (i >= 0)
            {
                check += Stopwatch.GetElapsedTime(start, checkedAt).TotalMilliseconds;
                layout += Stopwatch.GetElapsedTime(checkedAt, laidAt).TotalMilliseconds;
                paint += Stopwatch.GetElapsedTime(laidAt, paintedAt).TotalMilliseconds;
            }
        }

        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"split {example}: check {check / count:F3} ms, layout {layout / count:F3} ms, PDF {paint / count:F3} ms, whole {(check + layout + paint) / count:F3} ms ({count} calls)"));
        return 0;
    }
}
