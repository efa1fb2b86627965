using System.Text.RegularExpressions;
using System.Xml.Linq;
using Pace.Rendering.Layout;
using Pace.Rendering.Text;

namespace Pace.Rendering.Tests;

/// <summary>The SVG Pace writes itself: well-formed, sized in millimetres, fonts inside, labelled status marks.</summary>
public sealed partial class SvgOutputTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static XDocument Page(int number, string example = "acme-software")
    {
        var options = new RenderOptions { Format = OutputFormat.Svg, Pages = PageSelection.Page(number) };
        return XDocument.Parse(System.Text.Encoding.UTF8.GetString(ChartRenderer.RenderPages(TestCharts.Checked(TestCharts.Example(example)), options)[0]));
    }

    [Test]
    public void The_page_has_its_printed_size_a_viewbox_a_title_and_a_description()
    {
        var root = Page(1).Root!;
        Assert.Multiple(() =>
        {
            Assert.That(root.Attribute("width")?.Value, Is.EqualTo("297mm"), "841.89 pt");
            Assert.That(root.Attribute("height")?.Value, Is.EqualTo("210.002mm"), "595.28 pt");
            Assert.That(root.Attribute("viewBox")?.Value, Is.EqualTo("0 0 841.89 595.28"));
            Assert.That(root.Element(Svg + "title")?.Value, Is.EqualTo("Procesverantwoordelijkheid 2027 – Acme Software B.V."));
            Assert.That(root.Element(Svg + "desc")?.Value, Does.EndWith("(1/8)"));
        });
    }

    [Test]
    public void The_logo_travels_inside_as_the_pixels_the_check_decoded_with_their_alpha()
    {
        var folder = Directory.CreateTempSubdirectory("pace-svg-logo-").FullName;
        try
        {
            using (var bitmap = new SkiaSharp.SKBitmap(40, 20))
            {
                bitmap.Erase(new SkiaSharp.SKColor(0xFF, 0x45, 0x00, 0x80));
                using var data = bitmap.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100);
                File.WriteAllBytes(Path.Combine(folder, "logo.png"), data.ToArray());
            }

            var chart = Path.Combine(folder, "chart.pace.yaml");
            File.WriteAllText(chart, File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "examples", "technical-wholesaler.pace.yaml")) + "theme:\n  logo: logo.png\n");
            var check = new ChartChecker().CheckFile(chart);
            var svg = XDocument.Parse(System.Text.Encoding.UTF8.GetString(ChartRenderer.RenderPages(check, new RenderOptions { Format = OutputFormat.Svg })[0]));
            var href = svg.Descendants(Svg + "image").Single().Attribute("href")!.Value;
            var png = Convert.FromBase64String(href["data:image/png;base64,".Length..]);
            Assert.Multiple(() =>
            {
                Assert.That(href, Does.StartWith("data:image/png;base64,"));
                Assert.That(System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), Is.EqualTo(check.Logo!.Width));
                Assert.That(System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)), Is.EqualTo(check.Logo.Height));
                Assert.That(png[25], Is.EqualTo(6), "colour type RGBA: the logo's transparency is kept");
                using var decoded = SkiaSharp.SKBitmap.Decode(png);
                Assert.That(decoded.GetPixel(0, 0).Alpha, Is.EqualTo(0x80));
            });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void Fonts_travel_inside_as_data_uris_and_bold_is_700()
    {
        var document = Page(1);
        var style = document.Descendants(Svg + "style").Single().Value;
        var texts = document.Descendants(Svg + "text").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(FontFaces().Matches(style), Has.Count.EqualTo(2), "Lato Regular and Bold, nothing from the machine");
            Assert.That(texts.Select(t => t.Attribute("font-weight")?.Value).Distinct().Order(), Is.EqualTo(new[] { "400", "700" }));
            Assert.That(texts.Single(t => t.Value == "Acme Software B.V.").Attribute("font-weight")?.Value, Is.EqualTo("700"));
            Assert.That(texts.Select(t => t.Attribute("font-family")?.Value), Has.All.StartWith("pace-"));
        });
    }

    [Test]
    public void Every_number_list_is_numbers_separated_by_single_spaces()
    {
        var document = Page(1);
        var lists = document.Descendants(Svg + "text").Select(t => t.Attribute("x")!.Value).ToList();
        Assert.That(lists.Where(l => !NumberList().IsMatch(l)), Is.Empty);
    }

    [Test]
    public void Each_character_sits_at_the_x_the_layout_measured()
    {
        var chart = TestCharts.Example("acme-software");
        var layout = ChartRenderer.Lay(chart, RenderOptions.Default with { Format = OutputFormat.Svg }, CancellationToken.None).Pages[0];
        var element = layout.Texts.First(t => t.Text == "Acme Software B.V.");
        var text = Page(1).Descendants(Svg + "text").Single(t => t.Value == "Acme Software B.V.");
        var xs = text.Attribute("x")!.Value.Split(' ').Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(xs, Has.Count.EqualTo(element.Text.Length));
            Assert.That(xs[0], Is.EqualTo(element.X).Within(0.001));
            Assert.That(xs[^1] - xs[0], Is.EqualTo(element.Bounds.Width - Layout.Fonts.Measure(".", element.Face, element.Size)).Within(0.01));
        });
    }

    [Test]
    public void Status_marks_say_what_they_mean()
    {
        var labels = Page(1).Descendants().Where(e => e.Attribute("role")?.Value == "img").Select(e => e.Attribute("aria-label")?.Value).ToList();
        Assert.That(labels.Distinct().Order(), Is.EqualTo(new[] { Labels.Dutch.WithinTolerance, Labels.Dutch.OnTarget, Labels.Dutch.OffTarget, Labels.Dutch.Stale, Labels.Dutch.Super }.Order()));
    }

    [GeneratedRegex(@"@font-face\{font-family:""pace-\d+-[A-Za-z0-9-]+"";font-weight:100 900;src:url\(data:font/ttf;base64,[A-Za-z0-9+/=]+\) format\(""truetype""\)\}")]
    private static partial Regex FontFaces();

    [GeneratedRegex(@"^-?\d+(\.\d{1,3})?( -?\d+(\.\d{1,3})?)*$")]
    private static partial Regex NumberList();
}
