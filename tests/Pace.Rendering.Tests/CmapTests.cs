using Pace.Rendering.Layout;
using Pace.Rendering.Text;
using SkiaSharp;

namespace Pace.Rendering.Tests;

/// <summary>The cmap reader (a start-up shortcut, see <see cref="Cmap"/>) gives exactly what Skia gives, character by character.</summary>
public sealed class CmapTests
{
    private static Typeface Lato(bool bold) => FontStack.Bundled().Primary(bold ? FontFace.Bold : FontFace.Regular);

    [TestCase(false)]
    [TestCase(true)]
    public void The_embedded_faces_map_every_bmp_character_as_skia_does(bool bold)
    {
        using var data = SKData.CreateCopy(Lato(bold).Data);
        using var typeface = SKTypeface.FromData(data);
        using var font = new SKFont(typeface, typeface.UnitsPerEm);
        var chars = new char[0x10000];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = char.IsSurrogate((char)i) ? '\0' : (char)i;
        }

        var bySkia = font.GetGlyphs(new string(chars));
        var byCmap = Cmap.ReadBmp(typeface.GetTableData(0x636D6170u));

        Assert.That(byCmap, Is.Not.Null);
        var differing = Enumerable.Range(0, 0x10000).Where(c => byCmap![c] != bySkia[c]).Take(5).Select(c => $"U+{c:X4}: {byCmap![c]} vs {bySkia[c]}");
        Assert.That(differing, Is.Empty);
        Assert.That(bySkia.Count(g => g != 0), Is.GreaterThan(2000), "Lato maps Latin, Greek and Cyrillic: over 2,000 characters");
    }

    [TestCase(false)]
    [TestCase(true)]
    public void The_metrics_read_from_the_font_tables_are_skias(bool bold)
    {
        using var data = SKData.CreateCopy(Lato(bold).Data);
        using var typeface = SKTypeface.FromData(data);
        using var font = new SKFont(typeface, typeface.UnitsPerEm);
        var metrics = Lato(bold).Metrics;
        Assert.Multiple(() =>
        {
            Assert.That(metrics.UnitsPerEm, Is.EqualTo(typeface.UnitsPerEm));
            Assert.That(Fonts.Ascent(10), Is.EqualTo(-font.Metrics.Ascent / typeface.UnitsPerEm * 10).Within(1e-4), "the baseline sits where Skia put it");
            Assert.That(metrics.XMin, Is.EqualTo(font.Metrics.XMin).Within(0.5));
            Assert.That(metrics.XMax, Is.EqualTo(font.Metrics.XMax).Within(0.5));
            Assert.That(metrics.CapHeight, Is.EqualTo(font.Metrics.CapHeight).Within(0.5));
            Assert.That(Lato(bold).Name, Is.EqualTo(typeface.FamilyName + (bold ? "-Bold" : "-Regular")));
        });
    }

    [Test]
    public void A_table_without_a_format_4_subtable_gives_null()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Cmap.ReadBmp([]), Is.Null);
            Assert.That(Cmap.ReadBmp([0, 0, 0, 1, 0, 3, 0, 1, 0, 0, 0, 12, 0, 12, 0, 0]), Is.Null, "a (3,1) record pointing at format 12");
            Assert.That(Cmap.ReadBmp([0, 0, 0, 1, 0, 3, 0, 1, 0, 0, 0, 200]), Is.Null, "an offset past the end");
        });
    }
}
