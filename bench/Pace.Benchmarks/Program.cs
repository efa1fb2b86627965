using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Pace.Benchmarks;
using Pace.Rendering.Text;
using Pace.Rendering;
using Pace.Validation;
using Pace.Yaml;

// `--first-call`: what the first chart costs in a fresh process (JIT, font loading), stage by stage; the
// part of a cold `pace render` that is Pace's own. `--loop STAGE CHART N`: one stage N times, for a profiler (Loop.cs).
// `--cancel-latency N`: how soon each stage stops once cancelled (CancelLatency.cs). `--deflate-levels N`: the PDF's
// size and CPU time at each zlib level (DeflateLevels.cs).
// Anything else goes to BenchmarkDotNet, e.g. `--filter * --job short`.
if (args is ["--first-call", ..])
{
    return FirstCall.Run(args.Length > 1 ? args[1] : "8-acme");
}

if (args is ["--cancel-latency", var rounds])
{
    return CancelLatency.Run(int.Parse(rounds, CultureInfo.InvariantCulture));
}

if (args is ["--deflate-levels", var calls])
{
    return DeflateLevels.Run(int.Parse(calls, CultureInfo.InvariantCulture));
}

if (args is ["--loop", var stage, var chart, var count])
{
    return Loop.Run(stage, chart, int.Parse(count, CultureInfo.InvariantCulture));
}

// BenchmarkDotNet builds a boilerplate project per job; on a busy 2-core machine that takes longer than its default 2 minutes.
var config = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(15));
BenchmarkSwitcher.FromAssembly(typeof(Examples).Assembly).Run(args, config);
return 0;

/// <summary>Times each stage on its first and second call in this process.</summary>
internal static class FirstCall
{
    public static int Run(string example)
    {
        var sinceStart = DateTime.Now - Process.GetCurrentProcess().StartTime;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"process start to Main: {sinceStart.TotalMilliseconds,8:F1} ms"));
        var yaml = Examples.Text(example);
        for (var round = 1; round <= 2; round++)
        {
            var clock = Stopwatch.StartNew();
            var chart = ChartReader.Read(yaml, "chart.pace.yaml").Chart ?? throw new InvalidOperationException("does not load");
            var load = clock.Elapsed;
            var findings = ChartValidator.Default.Validate(chart);
            var validate = clock.Elapsed;
            // Reads the embedded faces' tables; no Skia. The PNG painter below is the first to touch SkiaSharp: its stage includes
            // loading libSkiaSharp and the faces into Skia (and, with SkiaSharp 3.x, a scan of /usr/share/fonts).
            _ = Pace.Rendering.Layout.Fonts.Measure("Pace", Pace.Rendering.Text.FontFace.Regular, 10);
            var fonts = clock.Elapsed;
            var options = RenderOptions.Default;
            var document = ChartRenderer.Lay(chart, chart.Language ?? Pace.ChartLanguage.English, findings, options, CancellationToken.None);
            var layout = clock.Elapsed;
            using (var pdf = new MemoryStream())
            {
                Pace.Rendering.Painters.PdfPainter.Write(document, pdf, CancellationToken.None);
            }

            var draw = clock.Elapsed;
            var png = Pace.Rendering.Painters.PngPainter.Encode(document.Pages[0], options.PngDpi).Length;
            var drawPng = clock.Elapsed;
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"call {round} ({example}): load {Ms(load)}  validate {Ms(validate - load)}  skia+fonts {Ms(fonts - validate)}  layout {Ms(layout - fonts)}  pdf {Ms(draw - layout)}  png {Ms(drawPng - draw)} ({png} bytes)"));
        }

        return 0;
    }

    private static string Ms(TimeSpan t) => t.TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture) + " ms";
}
