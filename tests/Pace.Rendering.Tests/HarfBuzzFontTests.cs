using Pace.Rendering.Text;

namespace Pace.Rendering.Tests;

/// <summary>HarfBuzz reads a font's tables when it first needs them, long after the font was loaded: the bytes must stay put.</summary>
public sealed class HarfBuzzFontTests
{
    private const string Arabic = "رضا العملاء";

    [Test]
    public void A_named_font_shapes_the_same_after_garbage_collections_as_right_after_loading()
    {
        var bytes = File.ReadAllBytes(Path.Combine(TestContext.CurrentContext.TestDirectory, "Multilingual", "fonts", "NotoSansArabic-Regular.ttf"));
        var early = new HarfBuzzFont(bytes);

        // Collect, compact and fill the freed memory, so that anything HarfBuzz was given from the managed heap moves or is overwritten.
        for (var round = 0; round < 4; round++)
        {
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            var junk = Enumerable.Range(0, 400).Select(_ => new byte[bytes.Length]).ToList();
            junk.ForEach(a => Array.Fill(a, (byte)0xFF));
            GC.KeepAlive(junk);
        }

        var after = early.Shape(Arabic, 0, Arabic.Length, rightToLeft: true);
        var fresh = new HarfBuzzFont(bytes).Shape(Arabic, 0, Arabic.Length, rightToLeft: true);
        Assert.Multiple(() =>
        {
            Assert.That(fresh, Has.Length.LessThan(Arabic.Length), "shaped: لا is one glyph");
            Assert.That(after, Is.EqualTo(fresh));
        });
    }
}
