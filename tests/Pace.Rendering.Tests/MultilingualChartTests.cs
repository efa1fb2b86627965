using System.Globalization;
using System.Text;
using Pace.Localization;
using Pace.Rendering.Layout;
using Pace.Rendering.Rules;
using Pace.Rendering.Text;
using Pace.Tests;
using Pace.Validation;
using Pace.Yaml;
using UglyToad.PdfPig;

namespace Pace.Rendering.Tests;

/// <summary>
/// A chart in many scripts (Multilingual/multilingual.pace.yaml): Latin with every diacritic family, Greek and Cyrillic in
/// the bundled fonts, Arabic and Japanese in fonts the chart names, and a Georgian outcome no font has.
/// </summary>
public sealed class MultilingualChartTests
{
    private static string ChartPath => Path.Combine(TestContext.CurrentContext.TestDirectory, "Multilingual", "multilingual.pace.yaml");

    private static Chart Load()
    {
        var result = ChartReader.ReadFile(ChartPath);
        Assert.That(result.Chart, Is.Not.Null, () => string.Join("\n", result.Diagnostics));
        return result.Chart!;
    }

    [Test]
    public void The_bundled_fonts_draw_Latin_Greek_and_Cyrillic_with_currency_signs()
    {
        var fonts = FontStack.Bundled();
        var text = "șțȘȚ əƏ ẞß ĳ Łł ıİğş ₽₺₹€ ΑαΩωάΐ БбЖжЯяЁёЂђҐґЄєЇї Ӑӑ";
        var missing = text.EnumerateRunes().Where(r => !fonts.Covers(r.Value)).Select(r => r.ToString());
        Assert.That(missing, Is.Empty);
    }

    [Test]
    public void Lato_draws_every_character_up_to_latin_extended_b_as_the_rules_shortcut_assumes()
    {
        var lato = FontStack.Bundled().Primary(FontFace.Regular);
        var bold = FontStack.Bundled().Primary(FontFace.Bold);
        var lacking = Enumerable.Range(0x20, 0x250 - 0x20).Where(c => c is < 0x7F or >= 0xA0).Where(c => !lato.Has(c) || !bold.Has(c));
        Assert.That(lacking.Select(c => $"U+{c:X4}"), Is.Empty);
    }

    [Test]
    public void Every_string_of_the_chart_comes_back_out_of_the_pdf_with_pdftotext()
    {
        var chart = Load();
        var output = PdfOutputTests.PdfToText(ChartRenderer.RenderPages(TestCharts.Checked(chart))[0]);

        // pdftotext marks right-to-left lines with embedding controls; lines of one cell wrap where the layout wrapped.
        var extracted = Collapse(new string([.. output.Where(c => c is not ('\u202A' or '\u202B' or '\u202C' or '\u202D' or '\u202E'))]));
        var strings = ChartTexts.Of(chart).Select(t => Collapse(TextSanitizer.Clean(t.Text))).ToList();
        Assert.That(strings, Has.Count.GreaterThan(40));
        Assert.That(strings.Where(s => !extracted.Contains(s, StringComparison.Ordinal)), Is.Empty, extracted);
    }

    [Test]
    public void The_document_information_keeps_the_text_as_written()
    {
        var chart = Load();
        using var pdf = PdfDocument.Open(ChartRenderer.RenderPages(chart)[0]);
        Assert.Multiple(() =>
        {
            Assert.That(pdf.Information.Title, Is.EqualTo("Zażółć gęślą jaźń · İstanbul şubesi"));
            Assert.That(pdf.Information.Author, Is.EqualTo("Één IJzerhandel — Creșterea în țară"));
        });
    }

    [Test]
    public void The_character_no_font_has_is_a_warning_located_at_its_field()
    {
        var chart = Load();
        var findings = ChartValidator.Default.With(new GlyphCoverageRule()).Validate(chart);
        var found = findings.Where(d => d.Code == "PACE022").ToList();
        Assert.That(found, Has.Count.EqualTo(1), () => string.Join("\n", findings));
        var georgian = "მ (U+10DB), ო (U+10DD), ხ (U+10EE), ა (U+10D0), რ (U+10E0), ე (U+10D4), ბ (U+10D1), ლ (U+10DA), ი (U+10D8)";
        Assert.Multiple(() =>
        {
            Assert.That(found[0].Severity, Is.EqualTo(Severity.Warning));
            Assert.That(found[0].Path, Is.EqualTo("processes[3].outcome"));
            Assert.That((found[0].Span?.StartLine, found[0].Span?.StartColumn), Is.EqualTo((46, 14)));
            Assert.That(found[0].Message, Is.EqualTo(Named.Format(EnglishMessages.PACE022, ("text", "processes[3].outcome"), ("characters", georgian))));
        });
    }

    [Test]
    public void A_render_that_validates_by_itself_shows_the_warning_on_the_findings_page()
    {
        var document = ChartRenderer.Lay(Load(), RenderOptions.Default, CancellationToken.None);
        var words = document.Pages.SelectMany(p => p.Texts).Select(t => t.Text).ToList();
        Assert.That(words, Does.Contain("PACE022"));
    }

    [Test]
    public void Arabic_is_shaped_right_to_left_and_Japanese_drawn_in_the_named_fonts()
    {
        var document = ChartRenderer.Lay(Load(), RenderOptions.Default, CancellationToken.None);
        var texts = document.Pages[0].Texts.ToList();
        var arabic = texts.First(t => t.Text == "رضا العملاء");
        var japanese = texts.First(t => t.Text == "顧客満足度");
        var run = arabic.Glyphs.Runs.Single(r => r.Font.Name.StartsWith("NotoSansArabic", StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That(run.RightToLeft, Is.True);
            Assert.That(run.Clusters[0], Is.GreaterThan(run.Clusters[^1]), "visual order: the last letter is drawn first, on the left");

            // Contextual forms and the lam-alef ligature are glyphs no character maps to directly.
            var nominal = arabic.Text.Where(c => c != ' ').Select(c => run.Font.Glyph(c)).ToHashSet();
            Assert.That(run.Glyphs.Count(g => !nominal.Contains(g)), Is.GreaterThanOrEqualTo(4));
            Assert.That(run.Glyphs, Has.Length.LessThan(arabic.Text.Length), "لا is one glyph");
            Assert.That(japanese.Glyphs.Runs.Select(r => r.Font.Name), Is.EqualTo(new[] { "NotoSansJP-Regular" }));
            Assert.That(japanese.Glyphs.Missing, Is.Empty);
        });
    }

    [Test]
    public void A_wrapped_right_to_left_name_breaks_in_reading_order_and_each_line_runs_right_to_left()
    {
        var document = ChartRenderer.Lay(Load(), RenderOptions.Default, CancellationToken.None);
        const string name = "رضا العملاء ومتوسط الطلب";
        var lines = document.Pages[0].Texts
            .Where(t => t.Text.Length >= 5 && name.Contains(t.Text, StringComparison.Ordinal) && t.Text != "رضا العملاء")
            .OrderBy(t => t.Baseline)
            .ToList();
        Assert.Multiple(() =>
        {
            Assert.That(lines.Select(t => t.Text), Is.EqualTo(new[] { "رضا العملاء ومتوسط", "الطلب" }), "the first words on the first line");
            var first = lines[0].Glyphs.Runs.Single(r => r.RightToLeft);
            Assert.That(first.Clusters, Is.Ordered.Descending, "the first word is drawn last, on the right");
        });
    }

    [Test]
    public void Only_the_georgian_letters_are_drawn_as_boxes()
    {
        var document = ChartRenderer.Lay(Load(), RenderOptions.Default, CancellationToken.None);
        var missing = document.Pages.SelectMany(p => p.Texts).SelectMany(t => t.Glyphs.Missing).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(missing, Is.Not.Empty);
            Assert.That(missing.Where(c => c is < '\u10A0' or > '\u10FF'), Is.Empty);
        });
    }

    private static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var part in text.Split((char[])[' ', '\n', '\r', '\t', '\f'], StringSplitOptions.RemoveEmptyEntries))
        {
            sb.Append(sb.Length > 0 ? " " : string.Empty).Append(part);
        }

        return sb.ToString();
    }
}
