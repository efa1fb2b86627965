using Pace.Rendering.Text;

namespace Pace.Rendering.Tests;

/// <summary>The Unicode Bidirectional Algorithm as far as chart text needs it (UAX #9 without explicit embeddings).</summary>
public sealed class BidiTests
{
    [Test]
    public void Latin_text_is_all_level_zero() =>
        Assert.That(Bidi.Levels("Order intake 2026, € 25.000"), Is.All.EqualTo(0));

    [Test]
    public void Hebrew_in_a_Latin_line_is_level_one_and_its_digits_stay_left_to_right()
    {
        // "abc " L, "אבג" R, " " between R and EN resolves to R, "12" EN after R: level 2.
        var levels = Bidi.Levels("abc \u05D0\u05D1\u05D2 12");
        Assert.That(levels, Is.EqualTo(new byte[] { 0, 0, 0, 0, 1, 1, 1, 1, 2, 2 }));
    }

    [Test]
    public void An_Arabic_paragraph_is_right_to_left_with_European_digits_as_numbers()
    {
        // The first strong letter is Arabic, so the paragraph level is 1; Arabic digits after Arabic letters are AN (level 2).
        var levels = Bidi.Levels("\u0645\u0631 \u0661\u0662 ab");
        Assert.That(levels, Is.EqualTo(new byte[] { 1, 1, 1, 2, 2, 1, 2, 2 }));
    }

    [Test]
    public void Visual_order_reverses_runs_from_the_highest_level_down()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Bidi.VisualOrder(new byte[] { 0, 1, 1, 1, 0 }), Is.EqualTo(new[] { 0, 3, 2, 1, 4 }));
            Assert.That(Bidi.VisualOrder(new byte[] { 1, 1, 2, 2, 1 }), Is.EqualTo(new[] { 4, 2, 3, 1, 0 }), "numbers inside right-to-left text read left to right");
        });
    }

    [Test]
    public void Classes_come_from_the_unicode_table()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Bidi.ClassOf('a'), Is.EqualTo(BidiClass.L));
            Assert.That(Bidi.ClassOf('\u05D0'), Is.EqualTo(BidiClass.R));
            Assert.That(Bidi.ClassOf('\u0627'), Is.EqualTo(BidiClass.AL));
            Assert.That(Bidi.ClassOf('5'), Is.EqualTo(BidiClass.EN));
            Assert.That(Bidi.ClassOf('\u0663'), Is.EqualTo(BidiClass.AN));
            Assert.That(Bidi.ClassOf('\u20AC'), Is.EqualTo(BidiClass.ET));
            Assert.That(Bidi.ClassOf('\u0301'), Is.EqualTo(BidiClass.NSM));
            Assert.That(Bidi.ClassOf(0x1E900), Is.EqualTo(BidiClass.R), "Adlam, beyond the BMP");
        });
    }
}
