using System.Reflection;
using Pace.Localization;
using Pace.Rendering.Layout;

namespace Pace.Rendering.Tests;

/// <summary>The FACe pages' words are a typed view of the one message catalogue: no string of a language lives in the record.</summary>
public sealed class FaceLabelsCatalogueTests
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
    public void The_continued_FACe_page_names_its_functions_by_placeholder()
    {
        MessageArgument[] range = [new("first", 13), new("last", 20), new("count", 20)];
        Assert.That(NamedTemplate.Fill(FaceLabels.Dutch.MoreFunctions, range), Is.EqualTo("functies 13–20 van 20"));
        Assert.That(NamedTemplate.Fill(FaceLabels.English.MoreFunctions, range), Is.EqualTo("functions 13–20 of 20"));
    }
}
