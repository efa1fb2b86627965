using SkiaSharp;

namespace Pace.Rendering.Tests;

/// <summary>
/// The SVG looks like the PNG in a browser that has no Lato: Chromium headless (Debian's, installed by .ci/run) draws the
/// SVG of every example page at the PNG's size, with a fontconfig whose only font folder holds a small Japanese font
/// (so no installed Lato, nor any other machine font with Latin letters, can stand in for the embedded ones; the
/// machine's rendering settings, conf.d, still apply), and the two pictures are compared after a 3×3 box blur, which
/// forgives the rasterisers' different antialiasing but not a different or missing font.
/// </summary>
/// <remarks>
/// Measured on the acme chart's page 1 at 150 dpi: with the fonts embedded, 1.2 % of pixels differ by more than 32 of 255
/// and the mean difference is 1.9; with the same SVG's fonts removed, 8.1 % and 7.2 (no font draws the text), and 3.4 %
/// and 3.3 when Chromium may fall back to the machine's DejaVu Sans. The bounds sit between: 2 % and 2.5. Without any
/// font folder at all, Chromium draws no text, not even in web fonts.
/// </remarks>
public sealed class SvgInBrowserTests
{
    private const string Chromium = "/usr/bin/chromium";

    [TestCaseSource(typeof(TestCharts), nameof(TestCharts.Examples))]
    public void Chromium_draws_the_svg_as_the_png_looks(string example)
    {
        if (!File.Exists(Chromium))
        {
            EnvironmentLimit.Skip(Limit.NoDebianPackage, "chromium (.ci/run installs it)");
        }

        var chart = TestCharts.Example(example);
        var folder = Directory.CreateTempSubdirectory("pace-svg-").FullName;
        try
        {
            const float dpi = 150;
            var pngs = ChartRenderer.RenderPages(TestCharts.Checked(chart), new RenderOptions { Format = OutputFormat.Png, PngDpi = dpi, Pages = PageSelection.Range(1, 2) });
            var svgs = ChartRenderer.RenderPages(TestCharts.Checked(chart), new RenderOptions { Format = OutputFormat.Svg, Pages = PageSelection.Range(1, 2) });
            for (var i = 0; i < pngs.Count; i++)
            {
                using var expected = SKBitmap.Decode(pngs[i]);
                var svg = Path.Combine(folder, $"page{i + 1}.svg");
                File.WriteAllBytes(svg, svgs[i]);
                var html = Path.Combine(folder, $"page{i + 1}.html");
                File.WriteAllText(html, $"<!doctype html><body style=\"margin:0;background:#fff\"><img src=\"page{i + 1}.svg\" style=\"display:block;width:{expected.Width}px;height:{expected.Height}px\">");
                var shot = Path.Combine(folder, $"page{i + 1}.png");
                var (code, output) = RunWithoutMachineFonts(
                    folder, Chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--hide-scrollbars", "--force-device-scale-factor=1", "--user-data-dir=" + Path.Combine(folder, "profile"),
                    $"--window-size={expected.Width},{expected.Height}", "--screenshot=" + shot, new Uri(html).AbsoluteUri);
                Assert.That(File.Exists(shot), Is.True, $"chromium exited {code}: {output}");
                using var actual = SKBitmap.Decode(shot);
                var (mean, share) = Difference(expected, actual);
                Assert.Multiple(() =>
                {
                    Assert.That(share, Is.LessThan(0.02), $"{example} page {i + 1}: share of pixels differing by more than 32");
                    Assert.That(mean, Is.LessThan(2.5), $"{example} page {i + 1}: mean difference");
                });
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Runs a program with a fontconfig configuration whose one font folder holds the Japanese test font.</summary>
    private static (int Code, string Output) RunWithoutMachineFonts(string folder, string program, params string[] arguments)
    {
        var fonts = Directory.CreateDirectory(Path.Combine(folder, "fonts")).FullName;
        File.Copy(Path.Combine(TestContext.CurrentContext.TestDirectory, "Multilingual", "fonts", "NotoSansJP-Regular.ttf"), Path.Combine(fonts, "NotoSansJP-Regular.ttf"), overwrite: true);
        var config = Path.Combine(folder, "fonts.conf");
        File.WriteAllText(config, $"<?xml version=\"1.0\"?>\n<fontconfig><dir>{fonts}</dir><cachedir>{Path.Combine(folder, "fontcache")}</cachedir>"
            + "<include ignore_missing=\"yes\">/etc/fonts/conf.d</include></fontconfig>\n");
        var start = new System.Diagnostics.ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["FONTCONFIG_FILE"] = config;
        using var process = System.Diagnostics.Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }

    /// <summary>The mean absolute difference in grey (0–255) after a 3×3 box blur, and the share of pixels differing by more than 32.</summary>
    private static (double Mean, double Share) Difference(SKBitmap a, SKBitmap b)
    {
        Assert.That((b.Width, b.Height), Is.EqualTo((a.Width, a.Height)), "the screenshot has the PNG's size");
        var (ga, gb) = (Blurred(a), Blurred(b));
        double sum = 0;
        var over = 0;
        for (var i = 0; i < ga.Length; i++)
        {
            var d = Math.Abs(ga[i] - gb[i]);
            sum += d;
            over += d > 32 ? 1 : 0;
        }

        return (sum / ga.Length, (double)over / ga.Length);
    }

    private static float[] Blurred(SKBitmap bitmap)
    {
        var (w, h) = (bitmap.Width, bitmap.Height);
        var grey = new float[w * h];
        for (var y = 0; y < h; y++)
        {
            for (var x = 0; x < w; x++)
            {
                var c = bitmap.GetPixel(x, y);
                grey[(y * w) + x] = (0.299f * c.Red) + (0.587f * c.Green) + (0.114f * c.Blue);
            }
        }

        var blurred = new float[w * h];
        for (var y = 0; y < h; y++)
        {
            for (var x = 0; x < w; x++)
            {
                float total = 0;
                var n = 0;
                for (var dy = -1; dy <= 1; dy++)
                {
                    for (var dx = -1; dx <= 1; dx++)
                    {
                        var (xx, yy) = (x + dx, y + dy);
                        if (xx >= 0 && yy >= 0 && xx < w && yy < h)
                        {
                            total += grey[(yy * w) + xx];
                            n++;
                        }
                    }
                }

                blurred[(y * w) + x] = total / n;
            }
        }

        return blurred;
    }
}
