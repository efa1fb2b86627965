using Pace.Configuration;
using Pace.Localization;
using Pace.Tests.Files;
using Pace.Tests.Localization;

namespace Pace.Tests.Configuration;

/// <summary>
/// A translation file that <c>pace.config.yaml</c> names under <c>translations:</c>: it adds its language to the run,
/// or corrects Pace's Dutch; every mistake in it is a located load error that refuses the configuration; the first
/// translation of a language a run meets is used and a different one later is a PACE122 warning naming both files.
/// </summary>
public sealed class TranslationFileTests
{
    private TempFolder _folder = null!;

    [SetUp]
    public void CreateRepository()
    {
        _folder = new TempFolder();
        Directory.CreateDirectory(_folder["repo/.git"]);
    }

    [TearDown]
    public void RemoveRepository()
    {
        Languages.RemoveAll();
        _folder.Dispose();
    }

    private string Chart(string folder = "repo/charts", string language = "de") =>
        _folder.Write(folder + "/c.pace.yaml", AddedLanguageTests.Chart.Replace("language: de", "language: " + language, StringComparison.Ordinal));

    private string Config(string translation, string folder = "repo/charts", string name = "de.yaml")
    {
        _folder.Write(folder + "/" + name, translation);
        return _folder.Write(folder + "/pace.config.yaml", $"translations: [{name}]\n");
    }

    [Test]
    public void A_translation_the_configuration_names_adds_its_language()
    {
        Config(German.File);
        var check = new ChartChecker().CheckFile(Chart());
        Assert.Multiple(() =>
        {
            Assert.That(check.Language, Is.EqualTo(German.Language));
            Assert.That(check.Diagnostics.Single(d => d.Code == "PACE002").Message, Is.EqualTo(Named.Format(German.NoOwnerFinding, ("process", "From stock to site"))));
            Assert.That(check.Diagnostics.Single(d => d.Code == "PACE003").Message, Is.EqualTo(Named.Format(EnglishMessages.PACE003, ("process", "From delivery to working installation"), ("count", 2))));
            Assert.That(check.Configuration?.Translations, Is.EqualTo(new[] { "de.yaml" }));
            Assert.That(Languages.Name(German.Language), Is.EqualTo("Deutsch"));
            Assert.That(QuantityFormat.Quantity(12.5m, "%", German.Language), Is.EqualTo("12,5 %"));
            Assert.That(QuantityFormat.Quantity(25000m, "EUR", German.Language), Is.EqualTo("€25.000"));
        });
    }

    [Test]
    public void A_configuration_s_language_nobody_added_is_one_warning_at_its_language_line()
    {
        var config = _folder.Write("repo/charts/pace.config.yaml", "root: true\nlanguage: de\n");
        _folder.Write("repo/charts/c.pace.yaml", AddedLanguageTests.Chart.Replace("language: de\n", string.Empty, StringComparison.Ordinal));
        var check = new ChartChecker().CheckFile(_folder["repo/charts/c.pace.yaml"]);
        var unknown = check.Diagnostics.Single(d => d.Code == "PACE122");
        Assert.Multiple(() =>
        {
            Assert.That((unknown.Span?.File, unknown.Span?.StartLine, unknown.Span?.StartColumn), Is.EqualTo((config, 2, 11)));
            Assert.That(unknown.Message, Is.EqualTo(Named.Format(EnglishMessages.PACE122, ("language", "de"))));
            Assert.That(check.Language, Is.EqualTo(ChartLanguage.English));
        });
    }

    [Test]
    public void A_team_check_may_word_its_message_in_a_language_the_same_file_translates_and_in_no_other()
    {
        const string German = "'{name}' enthält '{word}'.";
        _folder.Write("repo/charts/de.yaml", Tests.German.File);
        _folder.Write("repo/charts/pace.config.yaml", $"translations: [de.yaml]\nchecks:\n  - code: ACME001\n    forbidden-words: [cost]\n    message: {{de: \"{German}\"}}\n");
        var check = new ChartChecker().CheckFile(Chart());
        Assert.That(check.Diagnostics.First(d => d.Code == "ACME001").Message, Is.EqualTo(Named.Format(German, ("name", "Cost of sales"), ("word", "cost"))));

        var config = _folder.Write("repo/charts/pace.config.yaml", $"checks:\n  - code: ACME001\n    forbidden-words: [cost]\n    message: {{de: \"{German}\"}}\n");
        var refused = Assert.Throws<ConfigurationException>(() => new ChartChecker().CheckFile(Chart()))!;
        var unknown = refused.Diagnostics.Single();
        Assert.That((unknown.Code, unknown.Span?.File, unknown.Span?.StartLine, unknown.Span?.StartColumn), Is.EqualTo(("PACE101", config, 4, 15)));
    }

    [Test]
    public void A_translation_for_Dutch_corrects_a_word_of_Pace_s_Dutch()
    {
        const string Correction = "'{process}' heeft niemand die eindverantwoordelijk is.";
        Config($"language: nl\nmessages:\n  PACE002None: \"{Correction}\"\n", name: "nl.yaml");
        var check = new ChartChecker().CheckFile(Chart(language: "nl"));
        Assert.Multiple(() =>
        {
            Assert.That(check.Diagnostics.Single(d => d.Code == "PACE002").Message, Is.EqualTo(Named.Format(Correction, ("process", "From stock to site"))));
            Assert.That(check.Diagnostics.Single(d => d.Code == "PACE003").Message, Is.EqualTo(Named.Format(DutchMessages.PACE003, ("process", "From delivery to working installation"), ("count", 2))));
        });
    }

    // Each mistake at its place in the translation file (line, column), with its code.
    [TestCase("language: de\nmessages:\n  ChartNoSuchWord: x\n", "PACE101", 3, 3)]
    [TestCase("language: de\nmessages:\n  ChartPageOf: 'Seite {page} von {total}'\n", "PACE122", 3, 16)]
    [TestCase("language: de\nmessages:\n  ChartNoOwner: \"Kein\\u001b[31m Verantwortlicher\"\n", "PACE122", 3, 17)]
    [TestCase("language: de\nmessages:\n  ChartNoOwner: \"Kein\\u2028Verantwortlicher\"\n", "PACE122", 3, 17)]
    [TestCase("language: de\nmessages:\n  ChartNoOwner: \"Kein \\u202Ereh\"\n", "PACE122", 3, 17)]
    [TestCase("language: de\nmessages:\n  ChartNoOwner: [a, b]\n", "PACE102", 3, 17)]
    [TestCase("language: de\nmessages: [a]\n", "PACE102", 2, 11)]
    [TestCase("language: d3\n", "PACE104", 1, 11)]
    [TestCase("language: de\nbase: fr\n", "PACE104", 2, 7)]
    [TestCase("language: de\nname: ''\n", "PACE122", 2, 7)]
    [TestCase("language: de\nnumbers: {decimal: ',', group: ','}\n", "PACE122", 2, 20)]
    [TestCase("language: de\nnumbers: {decimal: x}\n", "PACE122", 2, 20)]
    [TestCase("language: de\nkleur: blauw\n", "PACE101", 2, 1)]
    [TestCase("name: Deutsch\n", "PACE107", 1, 1)]
    [TestCase("language: de\nmessages: {ChartNoOwner: [unclosed\n", "PACE100", 2, 0)]
    public void A_mistake_in_a_translation_is_a_located_error_that_refuses_the_configuration(string translation, string code, int line, int column)
    {
        Config(translation);
        var refused = Assert.Throws<ConfigurationException>(() => new ChartChecker().CheckFile(Chart()))!;
        var finding = refused.Diagnostics[0];
        Assert.Multiple(() =>
        {
            Assert.That(finding.Code, Is.EqualTo(code), () => string.Join("\n", refused.Diagnostics));
            Assert.That(finding.Severity, Is.EqualTo(Severity.Error));
            Assert.That(finding.Span?.File, Is.EqualTo(_folder["repo/charts/de.yaml"]));
            Assert.That(finding.Span?.StartLine, Is.EqualTo(line));
            if (column > 0)
            {
                Assert.That(finding.Span?.StartColumn, Is.EqualTo(column));
            }

            Assert.That(finding.Message, Does.Not.Contain("\u001b"), "the file's text is never echoed raw");
            Assert.That(Languages.IsKnown(German.Language), Is.False, "nothing of a refused translation is used");
        });
    }

    [Test]
    public void An_unknown_placeholder_and_a_control_character_are_said_in_Pace_s_words()
    {
        Config("language: de\nmessages:\n  ChartPageOf: 'Seite {page} von {total}'\n  ChartNoOwner: \"a\\tb\"\n");
        var refused = Assert.Throws<ConfigurationException>(() => new ChartChecker().CheckFile(Chart()))!;
        Assert.That(refused.Diagnostics.Select(d => d.Message), Is.EquivalentTo(new[]
        {
            Named.Format(EnglishMessages.PACE122Placeholder, ("key", "ChartPageOf"), ("placeholder", "total"), ("placeholders", "{page}, {pages}")),
            Named.Format(EnglishMessages.PACE122Control, ("key", "ChartNoOwner")),
        }));
    }

    [TestCase("missing.yaml", "PACE122Missing")]
    [TestCase("../../outside.yaml", "PACE122Outside")]
    [TestCase("folder", "PACE122NotRegular")]
    [TestCase("big.yaml", "PACE122TooLarge")]
    public void A_translation_file_that_cannot_be_used_is_an_error_at_its_name_in_the_configuration(string name, string key)
    {
        _folder.Write("outside.yaml", German.File);
        Directory.CreateDirectory(_folder["repo/charts/folder"]);
        _folder.Write("repo/charts/big.yaml", "# " + new string('x', (int)TranslationReader.MaxBytes) + "\n");
        var config = _folder.Write("repo/charts/pace.config.yaml", $"translations: [{name}]\n");
        var refused = Assert.Throws<ConfigurationException>(() => new ChartChecker().CheckFile(Chart()))!;
        var finding = refused.Diagnostics.Single();
        Assert.Multiple(() =>
        {
            Assert.That((finding.Code, finding.Span?.File, finding.Span?.StartLine, finding.Span?.StartColumn), Is.EqualTo(("PACE122", config, 1, 16)));
            Assert.That(finding.MessageTemplate, Is.EqualTo(MessageTable.Get(ChartLanguage.English, key)));
        });
    }

    [Test]
    public void A_configuration_names_at_most_16_translations_and_a_file_named_twice_is_read_once()
    {
        _folder.Write("repo/charts/de.yaml", German.File);
        var twice = _folder.Write("repo/charts/pace.config.yaml", "translations: [de.yaml, ./de.yaml, de.yaml]\n");
        var check = new ChartChecker().CheckFile(Chart());
        Assert.Multiple(() =>
        {
            Assert.That(check.Language, Is.EqualTo(German.Language));
            Assert.That(check.Diagnostics.Select(d => d.Code), Has.No.Member("PACE122"), twice);
        });

        Languages.RemoveAll();
        var many = _folder.Write("repo/charts/pace.config.yaml", "translations: [" + string.Join(", ", Enumerable.Repeat("de.yaml", 10_000)) + "]\n");
        var refused = Assert.Throws<ConfigurationException>(() => new ChartChecker().CheckFile(Chart()))!;
        var finding = refused.Diagnostics.Single();
        Assert.Multiple(() =>
        {
            Assert.That(finding.MessageTemplate, Is.EqualTo(EnglishMessages.PACE122TooMany));
            Assert.That(finding.Message, Is.EqualTo(Named.Format(EnglishMessages.PACE122TooMany, ("limit", TranslationReader.MaxFiles), ("count", 10_000))));
            Assert.That((finding.Span?.File, finding.Span?.StartLine, finding.Span?.StartColumn), Is.EqualTo((many, 1, 16 + (TranslationReader.MaxFiles * "de.yaml, ".Length))), "at the first name past the limit");
        });
    }

    [Test]
    public void A_language_another_folder_s_translation_added_is_not_known_to_a_chart_without_one()
    {
        // Folder a brings German; folder b's chart names German without a translation of its own. Whichever is checked
        // first, b is in English with the PACE122 warning: its words do not depend on the charts that share the run.
        Config(German.File, folder: "repo/a");
        var b = Chart("repo/b");
        foreach (var order in new[] { new[] { "repo/a", "repo/b" }, ["repo/b", "repo/a"] })
        {
            var checker = new ChartChecker();
            var checks = order.Select(folder => folder == "repo/b" ? checker.CheckFile(b) : checker.CheckFile(Chart("repo/a"))).ToList();
            var inB = checks[Array.IndexOf(order, "repo/b")];
            var inA = checks[Array.IndexOf(order, "repo/a")];
            Assert.Multiple(() =>
            {
                Assert.That(inA.Language, Is.EqualTo(German.Language), string.Join(" then ", order));
                Assert.That(inB.Language, Is.EqualTo(ChartLanguage.English), string.Join(" then ", order));
                Assert.That(inB.Diagnostics.Single(d => d.Code == "PACE122").MessageTemplate, Is.EqualTo(EnglishMessages.PACE122));
            });
            Languages.RemoveAll();
        }
    }

    [Test]
    public void A_link_out_of_the_configuration_s_folder_is_not_followed()
    {
        _folder.Write("repo/elsewhere/de.yaml", German.File);
        var chart = Chart();
        File.CreateSymbolicLink(_folder["repo/charts/de.yaml"], _folder["repo/elsewhere/de.yaml"]);
        _folder.Write("repo/charts/pace.config.yaml", "translations: [de.yaml]\n");
        var refused = Assert.Throws<ConfigurationException>(() => new ChartChecker().CheckFile(chart))!;
        Assert.That(refused.Diagnostics.Single().MessageTemplate, Is.EqualTo(EnglishMessages.PACE122Outside));
    }

    [Test]
    public void A_second_translation_of_a_language_with_other_words_is_a_warning_naming_both_and_the_first_is_used()
    {
        var first = Config(German.File, folder: "repo/a").Replace("pace.config.yaml", "de.yaml", StringComparison.Ordinal);
        var second = Config(German.File.Replace("Kein Verantwortlicher", "Niemand verantwortlich", StringComparison.Ordinal), folder: "repo/b").Replace("pace.config.yaml", "de.yaml", StringComparison.Ordinal);
        Config(German.File, folder: "repo/c");
        var checker = new ChartChecker();
        var a = checker.CheckFile(Chart("repo/a"));
        var b = checker.CheckFile(Chart("repo/b"));
        var c = checker.CheckFile(Chart("repo/c"));
        var conflict = b.Diagnostics.Single(d => d.Code == "PACE122");
        Assert.Multiple(() =>
        {
            Assert.That(a.Diagnostics.Select(d => d.Code), Has.No.Member("PACE122"));
            Assert.That(c.Diagnostics.Select(d => d.Code), Has.No.Member("PACE122"), "the same words again are no conflict");
            Assert.That(conflict.Severity, Is.EqualTo(Severity.Warning));
            Assert.That(conflict.Message, Is.EqualTo(Named.Format(EnglishMessages.PACE122Conflict, ("file", second), ("language", "de"), ("other", first))));
            Assert.That(conflict.Span?.File, Is.EqualTo(second));
            Assert.That(MessageCatalog.Template(German.Language, "ChartNoOwner"), Is.EqualTo(German.NoOwner), "the first one met is used");
        });
    }

    [Test]
    public void A_translation_a_nearer_configuration_names_replaces_a_further_one_s()
    {
        _folder.Write("repo/de.yaml", German.File);
        _folder.Write("repo/pace.config.yaml", "translations: [de.yaml]\n");
        Config(German.File.Replace("Kein Verantwortlicher", "Niemand verantwortlich", StringComparison.Ordinal));
        var check = new ChartChecker().CheckFile(Chart());
        Assert.Multiple(() =>
        {
            Assert.That(check.Diagnostics.Select(d => d.Code), Has.No.Member("PACE122"));
            Assert.That(MessageCatalog.Template(German.Language, "ChartNoOwner"), Is.EqualTo("Niemand verantwortlich"));
        });
    }
}
