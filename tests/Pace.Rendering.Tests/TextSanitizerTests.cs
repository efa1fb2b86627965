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
    public void Romanian_comma_below_and_other_combining_marks_are_composed_where_Unicode_composes_them()
    {
        Assert.Multiple(() =>
        {
            Assert.That(TextSanitizer.Clean("s\u0326i t\u0326ara S\u0326 T\u0326"), Is.EqualTo("și țara Ș Ț"), "Romanian comma below");
            Assert.That(TextSanitizer.Clean("e\u0323\u0302"), Is.EqualTo("\u1EC7"), "two marks in canonical order: ệ");
            Assert.That(TextSanitizer.Clean("e\u0302\u0323"), Is.EqualTo("\u1EC7"), "two marks out of canonical order are reordered first");
            Assert.That(TextSanitizer.Clean("x\u0323\u0301"), Is.EqualTo("x\u0323\u0301"), "no precomposed letter: the marks stay, never dropped");
        });
    }

    [Test]
    public void Characters_no_font_has_are_kept_not_replaced()
    {
        Assert.Multiple(() =>
        {
            Assert.That(TextSanitizer.Clean("Go \U0001F680!"), Is.EqualTo("Go \U0001F680!"), "an emoji stays in the text; the renderer draws a box and PACE022 reports it");
            Assert.That(TextSanitizer.Clean("\u05E9\u05DC\u05D5\u05DD"), Is.EqualTo("\u05E9\u05DC\u05D5\u05DD"), "Hebrew letters");
            Assert.That(TextSanitizer.Clean("\u0645\u0631\u062D\u0628\u0627 team"), Is.EqualTo("\u0645\u0631\u062D\u0628\u0627 team"), "Arabic letters");
            Assert.That(TextSanitizer.Clean("\u0645\u200C\u0631"), Is.EqualTo("\u0645\u200C\u0631"), "a zero-width non-joiner stays for shaping");
        });
    }

    [Test]
    public void Null_and_blank_become_empty()
    {
        Assert.That(TextSanitizer.Clean(null), Is.Empty);
        Assert.That(TextSanitizer.Clean(" \r\n "), Is.Empty);
    }

    [Test]
    public void Plain_ascii_with_single_spaces_is_returned_as_it_is()
    {
        const string text = "Van lead naar deal (Q4) - 80 % #1";
        Assert.That(TextSanitizer.Clean(text), Is.SameAs(text), "no copy for text that is clean already");
    }

    [TestCase(" Order intake", "Order intake")]
    [TestCase("Order intake ", "Order intake")]
    [TestCase("Order  intake", "Order intake")]
    [TestCase("Order\tintake", "Order intake")]
    [TestCase("Order\u007Fintake", "Orderintake")]
    public void Ascii_with_extra_or_odd_spaces_is_still_cleaned(string text, string expected) =>
        Assert.That(TextSanitizer.Clean(text), Is.EqualTo(expected));
}
