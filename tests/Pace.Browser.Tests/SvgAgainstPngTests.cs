using Microsoft.Playwright;
using SkiaSharp;

namespace Pace.Browser.Tests;

/// <summary>
/// The chart as a reader's browser draws it against the chart as Pace rasterises it: each chart's SVG download, opened in
/// Chromium at the PNG download's size, is screenshotted and compared with that PNG pixel by pixel. Both are painted
/// from the same laid-out page, so they must agree but for how two rasterisers smooth edges and text.
/// </summary>
/// <remarks>
/// Why a tolerance and not equality: Chromium and Pace both draw with Skia, but Chromium rasterises text through
/// FreeType with its own hinting and gamma, and rounds a few shapes' edges to other pixels; the page's paper, boxes and
/// colours are the same. So the mean absolute difference per channel (0–255, over every pixel) must stay at or below
/// <see cref="MeanBound"/> — a missing word, a box in another colour or a shifted column pushes it above that — and few
/// pixels may differ by more than a quarter of the range (<see cref="FarBound"/>): edges, not areas.
/// </remarks>
[TestFixture]
public sealed class SvgAgainstPngTests
{
    /// <summary>The most the mean absolute difference per channel may be, of 255.</summary>
    private const double MeanBound = 3.0;

    /// <summary>The largest share of pixels that may differ by more than 64 in a channel.</summary>
    private const double FarBound = 0.03;

    private static IEnumerable<string> Folders => ["acme-software", "technical-wholesaler", "brightleaf-foods"];

    [TestCaseSource(nameof(Folders))]
    public async Task The_SVG_download_in_the_browser_looks_like_the_PNG_download(string folder)
    {
        BrowserSite.RequireBrowser();
        using var expected = SKBitmap.Decode(BrowserSite.Files[$"{folder}/{folder}.png"]);
        var (width, height) = (expected.Width, expected.Height);
        var page = await BrowserSite.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        await page.GotoAsync(BrowserSite.Url($"{folder}/{folder}.svg"));

        // The SVG is sized in millimetres; drawn at the PNG's size in pixels instead, its viewBox scales it the same way.
        await page.EvaluateAsync("([w, h]) => { const s = document.documentElement; s.setAttribute('width', w); s.setAttribute('height', h); s.style.display = 'block'; }", new[] { width, height });
        await page.EvaluateAsync("() => document.fonts ? document.fonts.ready.then(() => true) : true");
        var shot = await page.ScreenshotAsync(new PageScreenshotOptions { Clip = new Clip { X = 0, Y = 0, Width = width, Height = height } });
        await page.CloseAsync();
        using var actual = SKBitmap.Decode(shot);
        Assert.That((actual.Width, actual.Height), Is.EqualTo((width, height)), "the screenshot has the PNG's size");

        var (mean, far) = Compare(expected, actual);
        var file = Path.Combine(TestContext.CurrentContext.WorkDirectory, "screenshots", $"svg-{folder}.png");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllBytesAsync(file, shot);
        TestContext.Out.WriteLine($"{folder}: mean absolute difference {mean:F3} of 255 per channel, {far:P2} of pixels differ by more than 64");
        Assert.That(mean, Is.LessThanOrEqualTo(MeanBound), $"{folder}: mean absolute difference per channel");
        Assert.That(far, Is.LessThanOrEqualTo(FarBound), $"{folder}: share of pixels far apart");
    }

    /// <summary>The mean absolute difference per channel, and the share of pixels with a channel more than 64 apart.</summary>
    private static (double Mean, double Far) Compare(SKBitmap expected, SKBitmap actual)
    {
        long sum = 0;
        long far = 0;
        for (var y = 0; y < expected.Height; y++)
        {
            for (var x = 0; x < expected.Width; x++)
            {
                var (e, a) = (expected.GetPixel(x, y), actual.GetPixel(x, y));
                int dr = Math.Abs(e.Red - a.Red), dg = Math.Abs(e.Green - a.Green), db = Math.Abs(e.Blue - a.Blue);
                sum += dr + dg + db;
                far += Math.Max(dr, Math.Max(dg, db)) > 64 ? 1 : 0;
            }
        }

        double pixels = (long)expected.Width * expected.Height;
        return (sum / (3 * pixels), far / pixels);
    }
}
