using Microsoft.Playwright;
using SkiaSharp;

namespace Pace.Browser.Tests;

/// <summary>
/// The chart as a reader's browser draws it against the chart as Pace rasterises it: each chart's SVG download, opened in
/// Chromium at the PNG download's size, is screenshotted and compared with that PNG pixel by pixel. Both are painted
/// from the same laid-out page, so they must agree but for how two rasterisers smooth edges and text.
/// </summary>
/// <remarks>
/// Why a tolerance and not equality: Chromium and Pace both draw with Skia, but Chromium rasterises the embedded fonts
/// through FreeType with its own hinting and gamma, so its text is a little heavier and its glyph edges fall on other
/// pixels; paper, boxes, marks and colours are the same. Pixel by pixel that is a mean absolute difference of 2.6–4.3
/// of 255 per channel, all of it at the edges of text. Both pictures are therefore compared after scaling them down
/// to blocks of <see cref="Block"/> × <see cref="Block"/> pixels (averaged), where the edges mostly average out: the
/// mean difference per channel must stay at or below <see cref="MeanBound"/> and few blocks may be more than 32 of 255
/// apart (<see cref="FarBound"/>). A shifted column, a box in another colour, a missing row or a page drawn at another
/// scale moves thousands of blocks and fails; a single missing word (a few dozen blocks) does not — the words are
/// checked as text by the SVG and site tests.
/// </remarks>
[TestFixture]
public sealed class SvgAgainstPngTests
{
    /// <summary>The side of the square of pixels averaged into one before comparing.</summary>
    private const int Block = 4;

    /// <summary>The most the mean absolute difference per channel may be after scaling, of 255.</summary>
    private const double MeanBound = 3.0;

    /// <summary>The largest share of blocks that may be more than 32 of 255 apart in a channel.</summary>
    private const double FarBound = 0.02;

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
        TestContext.Out.WriteLine($"{folder}: in blocks of {Block} × {Block} pixels, mean absolute difference {mean:F3} of 255 per channel, {far:P2} of blocks more than 32 apart");
        Assert.That(mean, Is.LessThanOrEqualTo(MeanBound), $"{folder}: mean absolute difference per channel");
        Assert.That(far, Is.LessThanOrEqualTo(FarBound), $"{folder}: share of blocks far apart");
    }

    [Test]
    public void The_comparison_tells_two_charts_apart()
    {
        // The control: two charts of the same size and style differ by more than the bounds allow, so they can fail.
        using var acme = SKBitmap.Decode(BrowserSite.Files["acme-software/acme-software.png"]);
        using var wholesaler = SKBitmap.Decode(BrowserSite.Files["technical-wholesaler/technical-wholesaler.png"]);
        Assert.That((acme.Width, acme.Height), Is.EqualTo((wholesaler.Width, wholesaler.Height)));
        var (mean, far) = Compare(acme, wholesaler);
        TestContext.Out.WriteLine($"acme against wholesaler: mean {mean:F3}, {far:P2} of blocks far apart");
        Assert.That(mean > MeanBound || far > FarBound, Is.True);
    }

    /// <summary>
    /// Both pictures scaled down to blocks of <see cref="Block"/> pixels square (the mean of each channel): the mean
    /// absolute difference per channel, and the share of blocks with a channel more than 32 apart.
    /// </summary>
    private static (double Mean, double Far) Compare(SKBitmap expected, SKBitmap actual)
    {
        int across = expected.Width / Block, down = expected.Height / Block;
        double sum = 0;
        long far = 0;
        for (var by = 0; by < down; by++)
        {
            for (var bx = 0; bx < across; bx++)
            {
                var (e, a) = (Average(expected, bx, by), Average(actual, bx, by));
                double dr = Math.Abs(e.R - a.R), dg = Math.Abs(e.G - a.G), db = Math.Abs(e.B - a.B);
                sum += dr + dg + db;
                far += Math.Max(dr, Math.Max(dg, db)) > 32 ? 1 : 0;
            }
        }

        double blocks = (long)across * down;
        return (sum / (3 * blocks), far / blocks);
    }

    private static (double R, double G, double B) Average(SKBitmap bitmap, int bx, int by)
    {
        double r = 0, g = 0, b = 0;
        for (var y = by * Block; y < (by + 1) * Block; y++)
        {
            for (var x = bx * Block; x < (bx + 1) * Block; x++)
            {
                var pixel = bitmap.GetPixel(x, y);
                (r, g, b) = (r + pixel.Red, g + pixel.Green, b + pixel.Blue);
            }
        }

        const double n = Block * Block;
        return (r / n, g / n, b / n);
    }
}
