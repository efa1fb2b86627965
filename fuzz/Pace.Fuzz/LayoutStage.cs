using Pace.Rendering;
using Pace.Rendering.Layout;
using Pace.Validation;

namespace Pace.Fuzz;

/// <summary>
/// The layout stage under the fuzzer: every chart that loads is laid out, and every text box must lie inside its cell
/// and every cell inside the page — the renderer's promise that nothing overflows, whatever the text.
/// </summary>
internal static class LayoutStage
{
    public static void Run(Chart chart, Findings findings)
    {
        var document = ChartRenderer.Lay(chart, chart.Language ?? ChartLanguage.English, findings, RenderOptions.Default, CancellationToken.None);
        foreach (var page in document.Pages)
        {
            var bounds = new Rect(0, 0, page.Width, page.Height);
            foreach (var text in page.Elements.OfType<TextElement>())
            {
                FuzzTarget.Check(bounds.Contains(text.Cell), $"a cell leaves the page: {text.Cell}");
                FuzzTarget.Check(text.Cell.Contains(text.Bounds), $"text '{text.Text}' leaves its cell: {text.Bounds} in {text.Cell}");
            }
        }
    }
}
