using System.Reflection;
using Pace.Localization;
using Pace.Rendering.Layout;
using Pace.Rendering.Site;

namespace Pace.Rendering.Tests;

/// <summary>The FACe pages' and the site's words are typed views of the one message catalogue: no string of a language lives in the records.</summary>
public sealed class LabelCatalogueTests
{
    [Test]
    public void Every_FACe_label_is_the_catalogues_template_of_its_key_in_each_language()
    {
        var properties = typeof(FaceLabels).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.PropertyType == typeof(string)).ToList();
        Assert.That(properties, Has.Count.GreaterThan(10));
        foreach (var property in properties)
        {
            Assert.That(property.GetValue(FaceLabels.English), Is.EqualTo(MessageTable.Get(ChartLanguage.English, "Face" + property.Name)), property.Name);
            Assert.That(property.GetValue(FaceLabels.Dutch), Is.EqualTo(MessageTable.Get(ChartLanguage.Dutch, "Face" + property.Name)), property.Name);
        }

        Assert.That(FaceLabels.Dutch.OpenSeat, Is.EqualTo(DutchMessages.FaceOpenSeat));
    }

    [Test]
    public void Every_site_label_is_the_catalogues_template_of_its_key_in_each_language()
    {
        var properties = typeof(SiteLabels).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType == typeof(string) && p.Name != nameof(SiteLabels.Code)).ToList();
        Assert.That(properties, Has.Count.GreaterThan(20));
        foreach (var property in properties)
        {
            Assert.That(property.GetValue(SiteLabels.English), Is.EqualTo(MessageTable.Get(ChartLanguage.English, "Site" + property.Name)), property.Name);
            Assert.That(property.GetValue(SiteLabels.Dutch), Is.EqualTo(MessageTable.Get(ChartLanguage.Dutch, "Site" + property.Name)), property.Name);
        }
    }

    [Test]
    public void The_continued_FACe_page_names_its_functions_by_placeholder()
    {
        MessageArgument[] range = [new("first", 13), new("last", 20), new("count", 20)];
        Assert.That(NamedTemplate.Fill(FaceLabels.Dutch.MoreFunctions, range), Is.EqualTo("functies 13–20 van 20"));
        Assert.That(NamedTemplate.Fill(FaceLabels.English.MoreFunctions, range), Is.EqualTo("functions 13–20 of 20"));
    }
}
