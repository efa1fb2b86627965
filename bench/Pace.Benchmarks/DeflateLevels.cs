using System.Diagnostics;
using System.Globalization;
using Pace.Rendering;
using Pace.Rendering.Painters;
using Pace.Validation;
using Pace.Yaml;

namespace Pace.Benchmarks;

/// <summary>
/// `--deflate-levels N`: the PDF painter at each zlib level 1–9, per example: the file's size and CPU time a call (N
/// calls, after one to warm up), so the level the writer uses is chosen by measurement, size cost in bytes included.
/// CPU time, not wall time: on a shared machine the wall clock mostly measures the wait for a core.
/// </summary>
internal static class DeflateLevels
{
    public static int Run(int count)
    {
        Console.WriteLine("example | level | bytes | CPU ms a call");
        foreach (var example in Examples.All)
        {
            var chart = ChartReader.Read(Examples.Text(example), Examples.PathOf(example)).Chart ?? throw new InvalidOperationException($"{example} does not load.");
            var document = ChartRenderer.Lay(chart, chart.Language ?? ChartLanguage.English, ChartValidator.Default.Validate(chart), RenderOptions.Default, CancellationToken.None);
            for (var level = 1; level <= 9; level++)
            {
                using var output = new MemoryStream();
                PdfPainter.Write(document, output, level, CancellationToken.None);
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                for (var i = 0; i < count; i++)
                {
                    PdfPainter.Write(document, Stream.Null, level, CancellationToken.None);
                }

                var perCall = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / count;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{example} | {level} | {output.Length} | {perCall:F3}"));
            }
        }

        return 0;
    }
}
