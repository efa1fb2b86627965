using Pace.Yaml;

namespace Pace.Rendering.Tests;

/// <summary>
/// Apps render from many threads at once: every example, in every format, rendered by eight threads over several
/// rounds, must give exactly the bytes a single-threaded render gives.
/// </summary>
public class ConcurrentRenderTests
{
    private const int Threads = 8;
    private const int Rounds = 4;

    [TestCase(OutputFormat.Pdf)]
    [TestCase(OutputFormat.Png)]
    [TestCase(OutputFormat.Svg)]
    public void Eight_threads_render_byte_identical_output(OutputFormat format)
    {
        var charts = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "examples"), "*.pace.yaml")
            .Order(StringComparer.Ordinal)
            .Select(f => ChartReader.ReadFile(f).Chart!)
            .ToList();
        var options = new RenderOptions { Format = format, PngDpi = 50 };
        var expected = charts.Select(c => Render(c, options)).ToList();

        var mismatches = 0;
        using var start = new Barrier(Threads);
        var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            for (var round = 0; round < Rounds; round++)
            {
                // Each thread walks the charts from a different place, so different charts render side by side.
                for (var n = 0; n < charts.Count; n++)
                {
                    var i = (n + t) % charts.Count;
                    if (!Render(charts[i], options).SequenceEqual(expected[i]))
                    {
                        Interlocked.Increment(ref mismatches);
                    }
                }
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        Assert.That(mismatches, Is.Zero);
    }

    private static byte[] Render(Chart chart, RenderOptions options)
    {
        using var stream = new MemoryStream();
        ChartRenderer.Render(TestCharts.Checked(chart), stream, options);
        return stream.ToArray();
    }
}
