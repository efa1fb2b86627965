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
    public static int Run(string stage, string example, int count)
    {
        var yaml = Examples.Text(example);
        var chart = ChartReader.Read(yaml, Examples.PathOf(example)).Chart ?? throw new InvalidOperationException($"{example} does not load.");
        var findings = ChartValidator.Default.Validate(chart);
        var options = RenderOptions.Default;
        var language = chart.Language ?? ChartLanguage.English;
        var document = ChartRenderer.Lay(chart, language, findings, options, CancellationToken.None);
        Action step = stage switch
        {
            "load" => () => ChartReader.Read(yaml, "chart.pace.yaml"),
            "validate" => () => ChartValidator.Default.Validate(chart),
            "layout" => () => ChartRenderer.Lay(chart, language, findings, options, CancellationToken.None),
            "pdf" => () => PdfPainter.Write(document, Stream.Null, CancellationToken.None),
            "png" => () => PngPainter.Encode(document.Pages[0], options.PngDpi),
            "svg" => () => SvgPainter.Encode(document.Pages[0], document.Info, 1, document.Pages.Count),
            "all-pdf" => () => ChartRenderer.Render(ChartChecker.Default.CheckText(yaml), Stream.Null, options),
            "all-pdf-async" => () => ChartRenderer.RenderAsync(ChartChecker.Default.CheckText(yaml), Stream.Null, options).GetAwaiter().GetResult(),
            _ => throw new ArgumentException($"unknown stage {stage}: load, validate, layout, pdf, png, svg, all-pdf or all-pdf-async"),
        };
        step();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            step();
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{stage} {example}: {clock.Elapsed.TotalMilliseconds / count:F3} ms a call ({count} calls)"));
        return 0;
    }
}
