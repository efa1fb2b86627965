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

    private long Run(OutputFormat format)
    {
        var chart = ChartReader.Read(_yaml, "chart.pace.yaml").Chart
            ?? throw new InvalidOperationException($"{Chart} does not load.");
        var findings = ChartValidator.Default.Validate(chart);
        using var output = new MemoryStream();
        ChartRenderer.Render(chart, output, RenderOptions.Default with { Format = format, Findings = findings });
        return output.Length;
    }
}
