using BenchmarkDotNet.Attributes;
using Pace.Rendering;
using Pace.Rendering.Layout;
using Pace.Rendering.Painters;
using Pace.Validation;
using Pace.Yaml;

namespace Pace.Benchmarks;

/// <summary>
/// Each stage of turning a chart into a drawing, on its own: every benchmark starts from the previous stage's
/// output, prepared once in <see cref="Setup"/>. Text in and bytes out stay in memory: no disk.
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private string _yaml = string.Empty;
    private Chart _chart = null!;
    private Findings _findings = null!;
    private RenderOptions _options = null!;
    private LayoutDocument _document = null!;
    private PdfStages _pdf = null!;

    /// <summary>The example chart.</summary>
    [ParamsSource(nameof(Charts))]
    public string Chart { get; set; } = string.Empty;

    /// <summary>The example charts.</summary>
    public static IEnumerable<string> Charts => Examples.All;

    /// <summary>Reads the chart and runs every stage once, so each benchmark has its input.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _yaml = Examples.Text(Chart);
        _chart = ChartReader.Read(_yaml, Examples.PathOf(Chart)).Chart
            ?? throw new InvalidOperationException($"{Chart} does not load.");
        _findings = ChartValidator.Default.Validate(_chart);
        _options = RenderOptions.Default;
        _document = ChartRenderer.Lay(_chart, _chart.Language ?? ChartLanguage.English, _findings, _options, CancellationToken.None);
        _pdf = new PdfStages(_document);
    }

    /// <summary>YAML text to a chart model (parse, tree with positions, mapping).</summary>
    [Benchmark]
    public Chart? Load() => ChartReader.Read(_yaml, "chart.pace.yaml").Chart;

    /// <summary>Every built-in rule over the loaded chart.</summary>
    [Benchmark]
    public Findings Validate() => ChartValidator.Default.Validate(_chart);

    /// <summary>Layout of every page (text fitting, shapes), with the findings already known.</summary>
    [Benchmark]
    public int Layout() => ChartRenderer.Lay(_chart, _chart.Language ?? ChartLanguage.English, _findings, _options, CancellationToken.None).Pages.Count;

    /// <summary>The laid-out document painted as a PDF (all pages, subset fonts embedded).</summary>
    [Benchmark]
    public long DrawPdf()
    {
        using var output = new MemoryStream();
        PdfPainter.Write(_document, output, CancellationToken.None);
        return output.Length;
    }

    /// <summary>The PDF's part 1: every page's operators and marked content, not deflated.</summary>
    [Benchmark]
    public long PdfContent() => _pdf.Content();

    /// <summary>The PDF's part 2: every page's operators deflated into the file.</summary>
    [Benchmark]
    public long PdfDeflate() => _pdf.Deflate();

    /// <summary>The PDF's part 3: the fonts subset, measured and mapped to Unicode, deflated.</summary>
    [Benchmark]
    public long PdfFonts() => _pdf.Fonts();

    /// <summary>The PDF's part 4: the structure tree and parent tree.</summary>
    [Benchmark]
    public long PdfStructure() => _pdf.Structure();

    /// <summary>The first page painted as PNG at the default 150 dpi.</summary>
    [Benchmark]
    public int DrawPng() => PngPainter.Encode(_document.Pages[0], RenderOptions.Default.PngDpi).Length;

    /// <summary>The first page painted as SVG.</summary>
    [Benchmark]
    public int DrawSvg() => SvgPainter.Encode(_document.Pages[0], _document.Info, 1, _document.Pages.Count).Length;
}
