using Pace.Localization;
using Pace.Rendering.Layout;
using Pace.Rendering.Site;
using Pace.Tests;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace Pace.Rendering.Tests;

/// <summary>
/// A language added from code, or by a translation file that <c>pace.config.yaml</c> names, reaches the printed
/// chart: its labels, its month names, its numbers and the PDF's /Lang; a correction to Dutch through a translation
/// file reaches the page too. The registry is process-wide, so every test removes what it added.
/// </summary>
public sealed class AddedLanguagePdfTests
{
    private string _folder = null!;

    [SetUp]
    public void CreateFolder()
    {
        _folder = Path.Combine(Path.GetTempPath(), "pace-lang-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path.Combine(_folder, ".git"));
    }

    [TearDown]
    public void RemoveLanguagesAndFolder()
    {
        Languages.RemoveAll();
        Directory.Delete(_folder, recursive: true);
    }

    private static Chart Chart(ChartLanguage language) =>
        TestCharts.Example("invalid/missing-owner-and-kpi") with { Language = language, Date = new DateOnly(2026, 10, 31) };

    private static (string Words, string? Lang) Read(CheckResult check)
    {
        using var pdf = PdfDocument.Open(ChartRenderer.RenderPages(check)[0]);
        var words = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        var lang = pdf.Structure.Catalog.CatalogDictionary.TryGet(NameToken.Create("Lang"), out var token) && token is StringToken s ? s.Data : null;
        return (words, lang);
    }

    private CheckResult CheckedFromFile(Chart chart, string translation)
    {
        File.WriteAllText(Path.Combine(_folder, "words.yaml"), translation);
        File.WriteAllText(Path.Combine(_folder, "pace.config.yaml"), "translations: [words.yaml]\n");
        var path = Path.Combine(_folder, "c.pace.yaml");
        File.WriteAllText(path, Pace.Yaml.ChartWriter.Write(chart));
        return new ChartChecker().CheckFile(path);
    }

    [Test]
    public void A_language_added_from_code_prints_its_labels_month_and_language()
    {
        Languages.Add(German.Definition);
        var (words, lang) = Read(TestCharts.Checked(Chart(German.Language)));
        Assert.Multiple(() =>
        {
            Assert.That(words, Does.Contain("Verantwortlicher"), "ChartNoOwner");
            Assert.That(words, Does.Contain("31. " + German.October + " 2026"), "the date, with the month");
            Assert.That(words, Does.Contain("Seite 1 von"), "ChartPageOf");
            Assert.That(words, Does.Not.Contain(EnglishMessages.ChartNoOwner));
            Assert.That(lang, Is.EqualTo("de"));
        });
    }

    [Test]
    public void The_views_of_an_added_language_hold_its_words_and_the_base_s_for_the_rest_until_it_is_removed()
    {
        Languages.Add(German.Definition);
        Assert.Multiple(() =>
        {
            Assert.That(Labels.For(German.Language).NoOwner, Is.EqualTo(German.NoOwner));
            Assert.That(Labels.For(German.Language).NoTarget, Is.EqualTo(German.NoTarget));
            Assert.That(Labels.For(German.Language).MonthNames[9], Is.EqualTo(German.October));
            Assert.That(Labels.For(German.Language).Date(new DateOnly(2026, 10, 31)), Is.EqualTo("31. Oktober 2026"));
            Assert.That(Labels.For(German.Language).Language, Is.EqualTo(German.Language));
            Assert.That(FaceLabels.For(German.Language).OpenSeat, Is.EqualTo(EnglishMessages.FaceOpenSeat), "a key it leaves out is English's");
            Assert.That(SiteLabels.For(German.Language).Code, Is.EqualTo("de"));
            Assert.That(SiteLabels.For(German.Language).Chart.NoOwner, Is.EqualTo(German.NoOwner));
        });

        Languages.RemoveAll();
        Assert.That(Labels.For(German.Language), Is.SameAs(Labels.English), "a language nobody added has English's view, and no view of its own is kept");
    }

    [Test]
    public void A_language_a_translation_file_adds_prints_its_labels_and_month()
    {
        var (words, lang) = Read(CheckedFromFile(Chart(German.Language), German.File));
        Assert.Multiple(() =>
        {
            Assert.That(words, Does.Contain("Verantwortlicher"));
            Assert.That(words, Does.Contain("31. " + German.October + " 2026"));
            Assert.That(lang, Is.EqualTo("de"));
        });
    }

    [Test]
    public void A_correction_to_Dutch_through_a_translation_file_reaches_the_page()
    {
        var (words, lang) = Read(CheckedFromFile(Chart(ChartLanguage.Dutch), "language: nl\nmessages:\n  ChartNoOwner: Niemand-aanspreekbaar\n"));
        Assert.Multiple(() =>
        {
            Assert.That(words, Does.Contain("Niemand-aanspreekbaar"));
            Assert.That(words, Does.Contain(DutchMessages.MonthOctober), "the rest of Pace's Dutch stays");
            Assert.That(lang, Is.EqualTo("nl"));
        });
    }

    [Test]
    public void Without_the_translation_the_chart_prints_in_English()
    {
        var check = TestCharts.Checked(Chart(German.Language));
        var (words, lang) = Read(check);
        Assert.Multiple(() =>
        {
            Assert.That(check.Diagnostics.Count(d => d.Code == "PACE122"), Is.EqualTo(1));
            Assert.That(words, Does.Contain(EnglishMessages.MonthOctober));
            Assert.That(words, Does.Not.Contain(German.October));
            Assert.That(lang, Is.EqualTo("en"));
        });
    }
}
