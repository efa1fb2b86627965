using System.Security.Cryptography;
using System.Text;
using Pace.Rendering.Rules;
using UglyToad.PdfPig.Tokens;

namespace Pace.Rendering.Tests.Conformance;

/// <summary>
/// What comes back out of the PDF is what the chart says: every string extracts as written (pdftotext, and PdfPig's
/// letters), characters that share a glyph keep their own meaning, and the embedded fonts are named and summed so that
/// tools which merge or check PDFs keep them apart.
/// </summary>
public sealed class TextExtractionTests
{
    private static IEnumerable<string> Examples => TestCharts.Examples;

    /// <summary>
    /// The chart's printed strings as written in the YAML: names, roles, titles, journey, flows, steps, KPI names. Units are
    /// left out: the chart prints them formatted (EUR as €), not as written.
    /// </summary>
    private static List<string> Strings(Chart chart) =>
        [.. ChartTexts.Of(chart).Where(t => !t.Path.EndsWith(".unit", StringComparison.Ordinal)).Select(t => t.Text)];

    [TestCaseSource(nameof(Examples))]
    public void Every_string_of_the_chart_is_laid_out_whole_but_steps_that_find_no_room(string example)
    {
        var chart = TestCharts.Example(example);
        var drawn = Drawn(chart);
        var strings = Strings(chart);
        Assert.That(strings, Has.Count.GreaterThan(40));
        Assert.That(strings.Where(s => !drawn.Contains(Squeeze(s), StringComparison.Ordinal)), Is.SubsetOf(chart.Processes.SelectMany(p => p.Steps).Select(s => s.Name)), "only steps give way, when a row has no room for them (acme's sixth process)");
    }

    [TestCaseSource(nameof(Examples))]
    public void Every_string_of_the_chart_extracts_exactly_with_pdftotext(string example)
    {
        var chart = TestCharts.Example(example);
        var text = Squeeze(PdfOutputTests.PdfToText(ChartRenderer.RenderPages(chart)[0]));
        var drawn = Drawn(chart);

        // Only white space is normalised (removed): the layout wraps long names, between words or, for a word wider than
        // its cell, inside it.
        var expected = Strings(chart).Where(s => drawn.Contains(Squeeze(s), StringComparison.Ordinal)).ToList();
        Assert.That(expected, Has.Count.GreaterThan(40));
        Assert.That(expected.Where(s => !text.Contains(Squeeze(s), StringComparison.Ordinal)), Is.Empty);
    }

    [TestCaseSource(nameof(Examples))]
    public void Every_string_of_the_chart_extracts_exactly_with_pdfpig(string example)
    {
        var chart = TestCharts.Example(example);
        using var pdf = new PdfObjects(ChartRenderer.RenderPages(chart)[0]);
        var letters = Squeeze(string.Concat(pdf.Document.GetPages().SelectMany(p => p.Letters).Select(l => l.Value)));
        var drawn = Drawn(chart);
        var expected = Strings(chart).Where(s => drawn.Contains(Squeeze(s), StringComparison.Ordinal)).ToList();
        Assert.That(expected.Where(s => !letters.Contains(Squeeze(s), StringComparison.Ordinal)), Is.Empty);
    }

    [Test]
    public void Characters_that_share_a_glyph_each_extract_as_the_character_written()
    {
        // Lato draws '-', U+00AD and U+2010 with one glyph. Before, the first of them drawn gave the glyph its meaning
        // for the whole document: with "On‐Time" (U+2010) in the title, the regular "On-Time" elsewhere extracted with
        // U+2010 too, and a search for "On-Time" found nothing.
        var chart = TestCharts.Example("technical-wholesaler") with { Title = "On\u2010Time 2027" };
        chart = chart with { Processes = [.. chart.Processes.Select((p, i) => i == 0 ? p with { Name = "On-Time delivery", Input = "On-Time orders" } : p)] };
        var text = PdfOutputTests.PdfToText(ChartRenderer.RenderPages(chart)[0]);
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("On\u2010Time 2027"));
            Assert.That(text, Does.Contain("On-Time orders"), "the same face as the title (regular)");
            Assert.That(text, Does.Contain("On-Time delivery"), "on the people page, regular too");
            Assert.That(text, Does.Not.Contain("On\u2010Time d").And.Not.Contain("On\u2010Time o"));
        });
    }

    [Test]
    public void Two_charts_merged_with_qpdf_keep_their_fonts_apart()
    {
        var folder = Directory.CreateTempSubdirectory("pace-merge-").FullName;
        try
        {
            var a = Path.Combine(folder, "a.pdf");
            var b = Path.Combine(folder, "b.pdf");
            var merged = Path.Combine(folder, "merged.pdf");
            File.WriteAllBytes(a, ChartRenderer.RenderPages(TestCharts.Example("acme-software"))[0]);
            File.WriteAllBytes(b, ChartRenderer.RenderPages(TestCharts.Example("technical-wholesaler"))[0]);
            var (code, output) = PdfOutputTests.Run("qpdf", "--empty", "--pages", a, b, "--", merged);
            Assert.That(code, Is.Zero, output);

            // ISO 32000-1 §9.6.4: one subset name, one font. Every name must stand for a single font program, and the
            // two charts' subsets of the same face (different glyph sets) must carry different names.
            using var pdf = new PdfObjects(File.ReadAllBytes(merged));
            var fonts = pdf.All().Select(o => o.Token).OfType<DictionaryToken>()
                .Where(d => pdf.Name(d, "Type") == "FontDescriptor")
                .Select(d => (Name: pdf.Name(d, "FontName")!, Program: Convert.ToHexString(SHA256.HashData(PdfObjects.Data(pdf.Get<StreamToken>(d, "FontFile2")!)))))
                .ToList();
            Assert.Multiple(() =>
            {
                Assert.That(fonts.Count(f => f.Name.EndsWith("+Lato-Regular", StringComparison.Ordinal)), Is.EqualTo(2), "each chart's own Lato subset");
                foreach (var same in fonts.GroupBy(f => f.Name))
                {
                    Assert.That(same.Select(f => f.Program).Distinct(), Has.Exactly(1).Items, $"{same.Key} names one font program");
                }

                Assert.That(fonts.Select(f => f.Name), Is.All.Match("^[A-Z]{6}\\+"), "a subset tag of six capital letters");
            });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [TestCaseSource(nameof(Examples))]
    public void Embedded_fonts_have_their_checksums_recomputed(string example)
    {
        using var pdf = new PdfObjects(ChartRenderer.RenderPages(TestCharts.Example(example))[0]);
        var programs = pdf.All().Select(o => o.Token).OfType<DictionaryToken>()
            .Where(d => pdf.Name(d, "Type") == "FontDescriptor")
            .Select(d => new FontProgram(PdfObjects.Data(pdf.Get<StreamToken>(d, "FontFile2")!)))
            .ToList();
        Assert.Multiple(() =>
        {
            Assert.That(programs, Is.Not.Empty);
            foreach (var program in programs)
            {
                Assert.That(program.WrongTableChecksums(), Is.Empty, "table directory checksums");
                Assert.That(program.FileChecksumIsRight, Is.True, "head.checkSumAdjustment");
            }
        });
    }

    [Test]
    public void The_subset_tag_follows_the_glyphs_and_the_output_stays_reproducible()
    {
        static List<string> Names(byte[] bytes)
        {
            using var pdf = new PdfObjects(bytes);
            return [.. pdf.All().Select(o => o.Token).OfType<DictionaryToken>().Where(d => pdf.Name(d, "Type") == "FontDescriptor").Select(d => pdf.Name(d, "FontName")!)];
        }

        var chart = TestCharts.Example("technical-wholesaler");
        var first = Names(ChartRenderer.RenderPages(chart)[0]);
        var again = Names(ChartRenderer.RenderPages(chart)[0]);
        var other = Names(ChartRenderer.RenderPages(chart with { Title = "Zebra quiz 2027" })[0]);
        Assert.Multiple(() =>
        {
            Assert.That(again, Is.EqualTo(first));
            Assert.That(other.Single(n => n.EndsWith("+Lato-Regular", StringComparison.Ordinal)), Is.Not.EqualTo(first.Single(n => n.EndsWith("+Lato-Regular", StringComparison.Ordinal))), "more glyphs, another tag");
        });
    }

    /// <summary>Every line the layout placed, in drawing order, white space removed.</summary>
    private static string Drawn(Chart chart) =>
        Squeeze(string.Concat(ChartRenderer.Lay(chart, RenderOptions.Default, CancellationToken.None).Pages.SelectMany(p => p.Texts).Select(t => t.Text)));

    private static string Squeeze(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
