using BenchmarkDotNet.Attributes;
using Pace.Rendering;
using Pace.Validation;
using Pace.Yaml;

namespace Pace.Benchmarks;

/// <summary>
/// What an app pays per chart: YAML text in, validated, rendered to bytes in memory. The performance targets
/// (docs/performance.md) are on the 8-process chart: PDF ≤ 5 ms, PNG ≤ 20 ms.
/// </summary>
[MemoryDiagnoser]
public class EndToEndBenchmarks
{
    private string _yaml = string.Empty;

    /// <summary>The example chart.</summary>
    [ParamsSource(nameof(Charts))]
    public string Chart { get; set; } = string.Empty;

    /// <summary>The example charts.</summary>
    public static IEnumerable<string> Charts => Examples.All;

    /// <summary>Reads the example's text once; the benchmarks parse it every time.</summary>
    [GlobalSetup]
    public void Setup() => _yaml = Examples.Text(Chart);

    /// <summary>Load + validate + render the whole PDF.</summary>
    [Benchmark]
    public long Pdf() => Run(OutputFormat.Pdf);

    /// <summary>Load + validate + render page 1 as PNG (150 dpi).</summary>
    [Benchmark]
    public long Png() => Run(OutputFormat.Png);

    /// <summary>Load + validate + render page 1 as SVG.</summary>
    [Benchmark]
    public long Svg() => Run(OutputFormat.Svg);

    /// <summary>No configuration lookup: the benchmark measures the chart, not the folders above it.</summary>
    private static readonly ChartChecker Checker = new(new CheckOptions { DiscoverConfiguration = false });

    private long Run(OutputFormat format)
    {
        // The pipeline every front end uses: read, load, validate, settle the language; then lay out and paint.
        var check = Checker.CheckText(_yaml, "chart.pace.yaml");
        if (!check.Loaded)
        {
            throw new InvalidOperationException($"{Chart} does not load.");
        }

        using var output = new MemoryStream();
        ChartRenderer.Render(check, output, RenderOptions.Default with { Format = format });
        return output.Length;
    }
}
