using Pace.Localization;
using Pace.Rendering.Layout;
using Pace.Rendering.Site;
using Pace.Tests;

namespace Pace.Rendering.Tests;

/// <summary>
/// An app replaces one of Pace's words through the public <see cref="MessageCatalog"/>: the finding and the printed
/// page both say it, in the language named only, until it is restored.
/// </summary>
public sealed class MessageCatalogTests
{
    private const string NoOwner = "Niemand eindverantwoordelijk";
    private const string NoOwnerFinding = "'{process}' heeft geen eindverantwoordelijke; wijs er één aan.";

    [TearDown]
    public void Restore() => MessageCatalog.RestoreAll();

    [Test]
    public void A_replaced_word_reaches_the_finding_and_the_page_in_its_language_only()
    {
        var chart = TestCharts.Example("invalid/missing-owner-and-kpi") with { Language = ChartLanguage.Dutch };
        MessageCatalog.Override(ChartLanguage.Dutch, "ChartNoOwner", NoOwner);
        MessageCatalog.Override(ChartLanguage.Dutch, "PACE002None", NoOwnerFinding);

        var finding = TestCharts.Checked(chart).Diagnostics.Single(d => d.Code == "PACE002");
        var words = ChartRenderer.Lay(chart, RenderOptions.Default, CancellationToken.None).Pages.SelectMany(p => p.Texts).Select(t => t.Text).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(finding.Message, Is.EqualTo(Named.Format(NoOwnerFinding, ("process", "From stock to site"))));
            Assert.That(words, Does.Contain(NoOwner).And.Not.Contain(DutchMessages.ChartNoOwner));
            Assert.That(SiteLabels.Dutch.Chart.NoOwner, Is.EqualTo(NoOwner));
            Assert.That(MessageCatalog.Template(ChartLanguage.Dutch, "ChartNoOwner"), Is.EqualTo(NoOwner));
            Assert.That(Labels.English.NoOwner, Is.EqualTo(EnglishMessages.ChartNoOwner), "English keeps its word");
            Assert.That(TestCharts.Checked(chart, ChartLanguage.English).Diagnostics.Single(d => d.Code == "PACE002").Message, Does.Not.Contain("eindverantwoordelijke"));
        });

        MessageCatalog.Restore(ChartLanguage.Dutch, "ChartNoOwner");
        Assert.That(Labels.Dutch.NoOwner, Is.EqualTo(DutchMessages.ChartNoOwner));
        Assert.That(MessageCatalog.Template(ChartLanguage.Dutch, "PACE002None"), Is.EqualTo(NoOwnerFinding), "restoring one key leaves the others");
    }

    [Test]
    public void A_replaced_month_name_reaches_the_periods_in_words_and_the_chart()
    {
        MessageCatalog.Override(ChartLanguage.English, "MonthOctober", "Oct.");
        Assert.That(PeriodFormat.Words(Period.Month(2026, 10), ChartLanguage.English), Is.EqualTo("Oct. 2026"));
        Assert.That(Labels.English.Date(new DateOnly(2026, 10, 31)), Is.EqualTo("31 Oct. 2026"));
        MessageCatalog.RestoreAll();
        Assert.That(PeriodFormat.Words(Period.Month(2026, 10), ChartLanguage.English), Is.EqualTo(EnglishMessages.MonthOctober + " 2026"));
    }

    [Test]
    public void The_words_of_a_period_are_the_catalogues_and_a_replacement_reaches_them()
    {
        Assert.Multiple(() =>
        {
            Assert.That(PeriodFormat.Words(Period.Week(2026, 43), ChartLanguage.Dutch), Is.EqualTo(Named.Format(DutchMessages.PeriodWeek, ("week", 43), ("year", 2026))));
            Assert.That(PeriodFormat.In(Period.Day(new DateOnly(2026, 10, 31)), ChartLanguage.Dutch), Is.EqualTo(Named.Format(DutchMessages.PeriodOnDay, ("period", "31 oktober 2026"))));
            Assert.That(PeriodFormat.Brief(Period.Quarter(2026, 4), ChartLanguage.English), Is.EqualTo(Named.Format(EnglishMessages.PeriodBriefQuarter, ("quarter", 4))));
        });

        MessageCatalog.Override(ChartLanguage.English, "PeriodWeek", "wk {week}/{year}");
        Assert.That(PeriodFormat.Words(Period.Week(2026, 43), ChartLanguage.English), Is.EqualTo("wk 43/2026"));
    }

    [Test]
    public void A_replacement_for_no_key_or_with_a_placeholder_the_key_has_not_is_refused()
    {
        Assert.That(() => MessageCatalog.Override(ChartLanguage.Dutch, "ChartNoSuchWord", "x"), Throws.ArgumentException.With.Message.StartsWith("'ChartNoSuchWord' is no key"));
        Assert.That(() => MessageCatalog.Override(ChartLanguage.Dutch, "bad\nkey", "x"), Throws.ArgumentException.With.Message.StartsWith("The key is no key"));
        Assert.That(() => MessageCatalog.Override(ChartLanguage.English, "ChartPageOf", "Page {page} of {total}"), Throws.ArgumentException.With.Message.Contains("{total}").And.Message.Contains("{page}, {pages}"));
        Assert.That(MessageCatalog.Template(ChartLanguage.English, "ChartPageOf"), Is.EqualTo(EnglishMessages.ChartPageOf), "a refused replacement changes nothing");
        Assert.That(MessageCatalog.Keys, Does.Contain("PACE001").And.Contain("ChartNoOwner").And.Contain("MonthOctober"));
    }
}
