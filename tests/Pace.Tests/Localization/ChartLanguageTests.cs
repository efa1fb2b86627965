using Pace.Yaml;

namespace Pace.Tests.Localization;

public class ChartLanguageTests
{
    [TestCase("en", "en")]
    [TestCase("NL", "nl")]
    [TestCase("de", "de")]
    [TestCase("pt-br", "pt-BR")]
    [TestCase("es-419", "es-419")]
    [TestCase("tlhingan", "tlhingan")]
    public void A_well_formed_code_is_read_and_written_in_its_normal_form(string typed, string code)
    {
        Assert.That(ChartLanguage.TryParse(typed, out var language), Is.True);
        Assert.That(language.Code, Is.EqualTo(code));
        Assert.That(language.ToString(), Is.EqualTo(code));
        Assert.That(language, Is.EqualTo(ChartLanguage.Parse(code)));
    }

    [TestCase("")]
    [TestCase("e")]
    [TestCase("english1")]
    [TestCase("toolongcode")]
    [TestCase("de-")]
    [TestCase("de-A")]
    [TestCase("de-ABC")]
    [TestCase("de_AT")]
    [TestCase("de-AT-x")]
    [TestCase("d<ESC>e")]
    [TestCase("dé")]
    public void A_malformed_code_is_refused(string typed)
    {
        typed = typed.Replace("<ESC>", "\u001b", StringComparison.Ordinal); // one in a test case's name keeps the runner from running it

        Assert.That(ChartLanguage.TryParse(typed, out _), Is.False);
        Assert.That(() => ChartLanguage.Parse(typed), Throws.InstanceOf<FormatException>());
    }

    [Test]
    public void The_default_value_is_English_and_equality_goes_by_code()
    {
        Assert.That(default(ChartLanguage), Is.EqualTo(ChartLanguage.English));
        Assert.That(default(ChartLanguage).Code, Is.EqualTo("en"));
        Assert.That(ChartLanguage.Parse("nl") == ChartLanguage.Dutch, Is.True);
        Assert.That(ChartLanguage.Parse("de") != ChartLanguage.Dutch, Is.True);
        Assert.That(ChartLanguage.Parse("DE").GetHashCode(), Is.EqualTo(ChartLanguage.Parse("de").GetHashCode()));
    }

    [Test]
    public void A_chart_may_name_any_well_formed_language_and_a_malformed_one_is_a_located_error()
    {
        var good = ChartReader.Read("pace: 1\norganization: X\nlanguage: de\nprocesses:\n  - name: P\n", "c.pace.yaml");
        Assert.That(good.Chart?.Language, Is.EqualTo(ChartLanguage.Parse("de")));

        var bad = ChartReader.Read("pace: 1\norganization: X\nlanguage: d3\nprocesses:\n  - name: P\n", "c.pace.yaml");
        var finding = bad.Diagnostics.Single(d => d.Code == "PACE104");
        Assert.That((finding.Span?.StartLine, finding.Span?.StartColumn), Is.EqualTo((3, 11)));
    }

    [Test]
    public void A_chart_written_back_keeps_its_language_code()
    {
        var chart = new Chart { FormatVersion = 1, Organization = "X", Language = ChartLanguage.Parse("pt-BR") };
        var text = ChartWriter.Write(chart);
        Assert.That(text, Does.Contain("language: pt-BR\n"));
        Assert.That(ChartReader.Read(text, "c.pace.yaml").Chart?.Language, Is.EqualTo(ChartLanguage.Parse("pt-BR")));
    }
}
