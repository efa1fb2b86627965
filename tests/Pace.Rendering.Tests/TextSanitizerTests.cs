using Pace.Rendering.Layout;

namespace Pace.Rendering.Tests;

public sealed class TextSanitizerTests
{
    [Test]
    public void Dutch_and_euro_pass_unchanged() =>
        Assert.That(TextSanitizer.Clean("Één café, ĳs en € 25.000 → ≥ ≤"), Is.EqualTo("Één café, ĳs en € 25.000 → ≥ ≤"));

    [Test]
    public void Control_characters_are_stripped_and_breaks_become_spaces() =>
        Assert.That(TextSanitizer.Clean("Order\u0007 intake\r\n\tweekly\u200B\u202E"), Is.EqualTo("Order intake weekly"));

    [Test]
    public void Decomposed_accents_are_composed() =>
        Assert.That(TextSanitizer.Clean("Cafe\u0301"), Is.EqualTo("Café"));

    [Test]
    public void Characters_the_font_lacks_become_one_visible_mark_each()
    {
        var mark = TextSanitizer.Replacement;
        Assert.Multiple(() =>
        {
            Assert.That(Fonts.Covers(mark), Is.True, "the mark itself must be drawable");
            Assert.That(TextSanitizer.Clean("Go \U0001F680!"), Is.EqualTo($"Go {mark}!"), "an emoji (two UTF-16 units) is one mark");
            Assert.That(TextSanitizer.Clean("\u05E9\u05DC\u05D5\u05DD"), Is.EqualTo(new string(mark, 4)), "Hebrew letters");
            Assert.That(TextSanitizer.Clean("\u0645\u0631\u062D\u0628\u0627 team"), Is.EqualTo(new string(mark, 5) + " team"), "Arabic letters");
        });
    }

    [Test]
    public void Null_and_blank_become_empty()
    {
        Assert.That(TextSanitizer.Clean(null), Is.Empty);
        Assert.That(TextSanitizer.Clean(" \r\n "), Is.Empty);
    }
}
