using System.Reflection;
using Pace.Localization;
using Pace.Rendering.Layout;
using Pace.Rendering.Site;

namespace Pace.Rendering.Tests;

/// <summary>The PACe pages', the FACe pages' and the site's words are typed views of the one message catalogue: no string of a language lives in the records.</summary>
public sealed class LabelCatalogueTests
{
    [Test]
    public void Every_chart_label_is_the_catalogues_template_of_its_key_in_each_language()
    {
        AssertViewOfCatalogue(Labels.English, Labels.Dutch, "Chart", atLeast: 80);
        Assert.That(Labels.Dutch.NoOwner, Is.EqualTo(DutchMessages.ChartNoOwner));
        Assert.That(Labels.English.Face, Is.EqualTo(FaceLabels.English));
        Assert.That(Labels.Dutch.Face, Is.EqualTo(FaceLabels.Dutch));
    }

    [Test]
    public void Every_FACe_label_is_the_catalogues_template_of_its_key_in_each_language()
    {
        AssertViewOfCatalogue(FaceLabels.English, FaceLabels.Dutch, "Face", atLeast: 10);
        Assert.That(FaceLabels.Dutch.OpenSeat, Is.EqualTo(DutchMessages.FaceOpenSeat));
    }

    [Test]
    public void Every_site_label_is_the_catalogues_template_of_its_key_in_each_language() =>
        AssertViewOfCatalogue(SiteLabels.English, SiteLabels.Dutch, "Site", atLeast: 20, nameof(SiteLabels.Code));

    [Test]
    public void The_month_names_of_the_chart_and_of_the_periods_in_words_are_the_catalogues()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Labels.English.MonthNames, Is.EqualTo(MonthNames.Full(ChartLanguage.English)));
            Assert.That(Labels.Dutch.MonthNames[9], Is.EqualTo(DutchMessages.MonthOctober));
            Assert.That(Labels.Dutch.Date(new DateOnly(2026, 11, 1)), Is.EqualTo("1 " + DutchMessages.MonthNovember + " 2026"));
            Assert.That(PeriodFormat.Words(Period.Month(2026, 10), ChartLanguage.Dutch), Is.EqualTo(DutchMessages.MonthOctober + " 2026"));
            Assert.That(PeriodFormat.Date(new DateOnly(2026, 1, 31), ChartLanguage.English), Is.EqualTo("31 " + EnglishMessages.MonthJanuary + " 2026"));
            Assert.That(PeriodFormat.Brief(Period.Month(2026, 3), ChartLanguage.Dutch), Is.EqualTo(DutchMessages.MonthMarchBrief));
            Assert.That(PeriodFormat.Brief(Period.Day(new DateOnly(2026, 12, 24)), ChartLanguage.English), Is.EqualTo("24 " + EnglishMessages.MonthDecemberBrief));
        });
    }

    [Test]
    public void The_chart_labels_fill_their_placeholders_by_name_in_any_order()
    {
        Assert.Multiple(() =>
        {
            Assert.That(NamedTemplate.Fill(Labels.Dutch.PageOf, [new("pages", 5), new("page", 2)]), Is.EqualTo("Pagina 2 van 5"));
            Assert.That(NamedTemplate.Fill(Labels.English.WeeksIn, [new("period", "Q4 2026"), new("count", 14)]), Is.EqualTo("14 weeks in Q4 2026"));
            Assert.That(
                NamedTemplate.Fill(Labels.English.CourseOf, [new("last", "9"), new("first", "1"), new("count", 6), new("last-period", "W41"), new("first-period", "W36")]),
                Is.EqualTo("Course of 6 actuals, W36 to W41: first 1, last 9"));
            Assert.That(Labels.Count(1, Labels.Dutch.ErrorsOne, Labels.Dutch.ErrorsMany), Is.EqualTo("1 fout"));
            Assert.That(Labels.Count(2, Labels.English.WarningsOne, Labels.English.WarningsMany), Is.EqualTo("2 warnings"));
            Assert.That(NamedTemplate.Names(Labels.Dutch.GapMany), Is.EqualTo(new[] { "first", "last" }));
        });
    }

    [Test]
    public void The_continued_FACe_page_names_its_functions_by_placeholder()
    {
        MessageArgument[] range = [new("first", 13), new("last", 20), new("count", 20)];
        Assert.That(NamedTemplate.Fill(FaceLabels.Dutch.MoreFunctions, range), Is.EqualTo("functies 13–20 van 20"));
        Assert.That(NamedTemplate.Fill(FaceLabels.English.MoreFunctions, range), Is.EqualTo("functions 13–20 of 20"));
    }

    /// <summary>Every string property of a view, in English and Dutch, is the catalogue's template of the prefix plus its name.</summary>
    private static void AssertViewOfCatalogue<T>(T english, T dutch, string prefix, int atLeast, params string[] notWords)
    {
        var properties = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType == typeof(string) && !notWords.Contains(p.Name, StringComparer.Ordinal)).ToList();
        Assert.That(properties, Has.Count.GreaterThan(atLeast));
        foreach (var property in properties)
        {
            Assert.That(property.GetValue(english), Is.EqualTo(MessageTable.Get(ChartLanguage.English, prefix + property.Name)), property.Name);
            Assert.That(property.GetValue(dutch), Is.EqualTo(MessageTable.Get(ChartLanguage.Dutch, prefix + property.Name)), property.Name);
        }
    }
}
