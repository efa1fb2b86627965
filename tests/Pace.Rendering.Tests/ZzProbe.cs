using System.Diagnostics;
using System.Text;
using Pace.Rendering.Painters;
using Pace.Yaml;

namespace Pace.Rendering.Tests;

public class ZzProbe
{
    [TestCase(500, 6)]
    [TestCase(2000, 6)]
    [TestCase(4000, 2)]
    public void Probe(int processes, int actuals)
    {
        var sb = new StringBuilder("pace: 1\norganization: Big\nprocesses:\n");
        for (var p = 0; p < processes; p++)
        {
            sb.Append("  - name: Process ").Append(p).Append("\n    owner: Owner ").Append(p % 50).Append("\n    kpis:\n");
            for (var k = 0; k < 3; k++)
            {
                sb.Append("      - {name: KPI ").Append(k).Append(", unit: EUR, target: ").Append(1000 + p).Append(", cadence: week, timing: leading, focus: output, nature: hard");
                if (actuals > 0)
                {
                    sb.Append(", actuals: {");
                    for (var a = 1; a <= actuals; a++)
                    {
                        sb.Append(a > 1 ? ", " : "").Append("2026-W").Append(a.ToString("D2")).Append(": ").Append(900 + a + p);
                    }
                    sb.Append('}');
                }
                sb.Append("}\n");
            }
        }
        var yaml = sb.ToString();
        for (var round = 0; round < 2; round++) {
        var clock = Stopwatch.StartNew();
        var load = ChartReader.Read(yaml, "big.pace.yaml", ChartReaderOptions.Default with { MaxNodes = 10_000_000, MaxInputBytes = 100_000_000 });
        var tLoad = clock.Elapsed; clock.Restart();
        var check = ChartChecker.Default.Check(load.Chart!);
        var tValidate = clock.Elapsed; clock.Restart();
        var doc = ChartRenderer.Lay(check, RenderOptions.Default, CancellationToken.None);
        var tLayout = clock.Elapsed; clock.Restart();
        var ms = new MemoryStream();
        PdfPainter.Write(doc, ms, CancellationToken.None);
        var tPdf = clock.Elapsed;
        TestContext.Out.WriteLine($"{processes}x{actuals}: {yaml.Length} bytes, diag {load.Diagnostics.Count}; load {tLoad.TotalMilliseconds:F0} validate {tValidate.TotalMilliseconds:F0} layout {tLayout.TotalMilliseconds:F0} ({doc.Pages.Count} pages) pdf {tPdf.TotalMilliseconds:F0} ({ms.Length} bytes)");
        }
    }
}
