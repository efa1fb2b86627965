using Pace.Localization;

namespace Pace.Tests.Localization;

/// <summary>
/// A third language added from code (<see cref="Languages.Add"/>): its words in the findings, the month names and the
/// numbers, English (or the base it names) for what it leaves out; a language nobody added is one located PACE122
/// warning and English, never an exception; a refused definition changes nothing; removing it leaves Pace as it was.
/// </summary>
public sealed class AddedLanguageTests
{
    // Nobody owns the second process (PACE002), the third has two KPIs (PACE003).
    internal const string Chart = """
        pace: 1
        organization: Half Done Ltd.
        language: de
        processes:
          - name: From quote to order
            owner: Marieke
            kpis: [{name: Order intake}, {name: Quotes sent}, {name: Cost of sales}]
          - name: From stock to site
            kpis: [{name: Complete deliveries}, {name: On time}, {name: Cost per line}]
          - name: From delivery to working installation
            owner: Yusuf
            kpis: [{name: Right first time}, {name: Scheduled within 5 days}]
          - name: From call to customer who stays
            owner: Anouk
            kpis: [{name: Renewals}, {name: First-visit fixes}, {name: Service cost}]

        """;

    [TearDown]
    public void RemoveLanguages() => Languages.RemoveAll();

    [Test]
    public void A_language_added_from_code_gives_its_words_and_English_for_the_rest()
    {
        Languages.Add(German.Definition);
        var check = new ChartChecker().CheckText(Chart, "c.pace.yaml");
        Assert.Multiple(() =>
        {
            Assert.That(check.Language, Is.EqualTo(German.Language));
            Assert.That(check.Diagnostics.Single(d => d.Code == "PACE002").Message, Is.EqualTo(Named.Format(German.NoOwnerFinding, ("process", "From stock to site"))));
            Assert.That(check.Diagnostics.Single(d => d.Code == "PACE003").Message, Is.EqualTo(Named.Format(EnglishMessages.PACE003, ("process", "From delivery to working installation"), ("count", 2))));
            Assert.That(check.Diagnostics.Select(d => d.Code), Has.No.Member("PACE122"));
            Assert.That(MonthNames.Full(German.Language)[9], Is.EqualTo(German.October));
            Assert.That(MonthNames.Full(German.Language)[0], Is.EqualTo(EnglishMessages.MonthJanuary), "a month it leaves out is English's");
            Assert.That(PeriodFormat.Date(new DateOnly(2026, 10, 31), German.Language), Is.EqualTo("31. Oktober 2026"));
            Assert.That(QuantityFormat.Quantity(25000m, "EUR", German.Language), Is.EqualTo("€25.000"));
            Assert.That(QuantityFormat.Quantity(12.5m, "%", German.Language), Is.EqualTo("12,5 %"));
            Assert.That(Languages.Known, Is.EqualTo(new[] { ChartLanguage.English, ChartLanguage.Dutch, German.Language }));
            Assert.That(MessageCatalog.Languages, Does.Contain(German.Language));
            Assert.That(Languages.Name(German.Language), Is.EqualTo("Deutsch"));
        });
    }

    [Test]
    public void A_language_based_on_Dutch_takes_the_Dutch_words_and_numbers_it_leaves_out()
    {
        Languages.Add(German.Definition with { Base = ChartLanguage.Dutch, Numbers = null });
        Assert.Multiple(() =>
        {
            Assert.That(MessageCatalog.Template(German.Language, "PACE003"), Is.EqualTo(DutchMessages.PACE003));
            Assert.That(MessageCatalog.Template(German.Language, "ChartNoOwner"), Is.EqualTo(German.NoOwner));
            Assert.That(QuantityFormat.Quantity(25000m, "EUR", German.Language), Is.EqualTo("€ 25.000"));
        });
    }

    [Test]
    public void A_language_nobody_added_is_one_warning_at_the_language_line_and_the_chart_is_in_English()
    {
        var check = new ChartChecker().CheckText(Chart, "c.pace.yaml");
        var unknown = check.Diagnostics.Where(d => d.Code == "PACE122").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(check.Language, Is.EqualTo(ChartLanguage.English));
            Assert.That(unknown, Has.Count.EqualTo(1));
            Assert.That(unknown[0].Severity, Is.EqualTo(Severity.Warning));
            Assert.That(unknown[0].Message, Is.EqualTo(Named.Format(EnglishMessages.PACE122, ("language", "de"))));
            Assert.That((unknown[0].Span?.File, unknown[0].Span?.StartLine, unknown[0].Span?.StartColumn), Is.EqualTo(("c.pace.yaml", 3, 11)));
            Assert.That(check.Diagnostics.Single(d => d.Code == "PACE002").Message, Is.EqualTo(Named.Format(EnglishMessages.PACE002None, ("process", "From stock to site"))));
        });

        // Asked for by the run (--lang), it has no place in the chart.
        var run = new ChartChecker(new CheckOptions { Language = ChartLanguage.Parse("fr-CA") }).CheckText(Chart.Replace("language: de", "language: nl", StringComparison.Ordinal), "c.pace.yaml");
        var asked = run.Diagnostics.Single(d => d.Code == "PACE122");
        Assert.That((asked.Span, asked.Message, run.Language), Is.EqualTo(((SourceSpan?)null, Named.Format(EnglishMessages.PACE122, ("language", "fr-CA")), ChartLanguage.English)));
    }

    [Test]
    public void Removing_a_language_leaves_Pace_as_it_was()
    {
        Languages.Add(German.Definition);
        Assert.That(Languages.Remove(German.Language), Is.True);
        Assert.Multiple(() =>
        {
            Assert.That(Languages.IsKnown(German.Language), Is.False);
            Assert.That(Languages.Known, Is.EqualTo(Languages.BuiltIn));
            Assert.That(MessageCatalog.Template(German.Language, "ChartNoOwner"), Is.EqualTo(EnglishMessages.ChartNoOwner), "a language not known speaks English");
            Assert.That(MonthNames.Full(German.Language)[9], Is.EqualTo(EnglishMessages.MonthOctober));
            Assert.That(QuantityFormat.Quantity(25000m, "EUR", German.Language), Is.EqualTo("€25,000"));
            Assert.That(Languages.Remove(German.Language), Is.False);
        });
    }

    [Test]
    public void A_correction_to_Dutch_wins_over_Pace_s_word_and_leaves_the_others()
    {
        Languages.Add(new LanguageDefinition(ChartLanguage.Dutch, "Nederlands", new Dictionary<string, string> { ["ChartNoOwner"] = "Niemand eindverantwoordelijk" }));
        Assert.Multiple(() =>
        {
            Assert.That(MessageCatalog.Template(ChartLanguage.Dutch, "ChartNoOwner"), Is.EqualTo("Niemand eindverantwoordelijk"));
            Assert.That(MessageCatalog.Template(ChartLanguage.Dutch, "ChartNoTarget"), Is.EqualTo(DutchMessages.ChartNoTarget));
            Assert.That(QuantityFormat.Quantity(25000m, "EUR", ChartLanguage.Dutch), Is.EqualTo("€ 25.000"));
        });
    }

    [TestCase("ChartNoSuchWord", "x", "'ChartNoSuchWord' is no key")]
    [TestCase("bad<ESC>key", "x", "The key is no key")]
    [TestCase("ChartPageOf", "Seite {page} von {total}", "names {total}, which is not one of its placeholders ({page}, {pages})")]
    [TestCase("ChartNoOwner", "Kein<ESC>[31m Verantwortlicher", "holds a control character")]
    public void A_definition_with_a_template_Override_would_refuse_is_refused_and_changes_nothing(string key, string template, string expected)
    {
        // <ESC> stands for the escape character: one in a test case's name keeps the test runner from running it.
        (key, template) = (key.Replace("<ESC>", "\u001b", StringComparison.Ordinal), template.Replace("<ESC>", "\u001b", StringComparison.Ordinal));
        var definition = German.Definition with { Messages = new Dictionary<string, string>(German.Messages) { [key] = template } };
        Assert.That(() => Languages.Add(definition), Throws.ArgumentException.With.Message.Contains(expected).And.Message.Not.Contains("\u001b"));
        Assert.That(Languages.IsKnown(German.Language), Is.False);
    }

    [Test]
    public void A_base_other_than_English_or_Dutch_and_a_name_that_is_no_plain_text_are_refused()
    {
        Assert.That(() => Languages.Add(German.Definition with { Base = ChartLanguage.Parse("fr") }), Throws.ArgumentException.With.Message.Contains("base"));
        Assert.That(() => Languages.Add(German.Definition with { Name = " " }), Throws.ArgumentException.With.Message.Contains("name"));
        Assert.That(() => Languages.Add(German.Definition with { Name = "Deutsch\n" }), Throws.ArgumentException.With.Message.Contains("name"));
        Assert.That(() => new NumberStyle(",", ","), Throws.ArgumentException);
        Assert.That(() => new NumberStyle("1", "."), Throws.ArgumentException);
        Assert.That(Languages.IsKnown(German.Language), Is.False);
    }

    [Test]
    public void The_caller_s_dictionary_is_copied_when_the_language_is_added()
    {
        var messages = new Dictionary<string, string>(German.Messages);
        Languages.Add(German.Definition with { Messages = messages });
        messages["ChartNoOwner"] = "changed afterwards";
        Assert.That(MessageCatalog.Template(German.Language, "ChartNoOwner"), Is.EqualTo(German.NoOwner));
    }
}
