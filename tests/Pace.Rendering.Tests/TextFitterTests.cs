using Pace.Rendering.Layout;
using Pace.Rendering.Text;

namespace Pace.Rendering.Tests;

public sealed class TextFitterTests
{
    private static readonly Rgb Black = new(0, 0, 0);

    [Test]
    public void Short_text_keeps_its_size_on_one_line()
    {
        var fitted = TextFitter.Fit("Order intake", new Rect(0, 0, 200, 20), new TextStyle(FontFace.Regular, 10, Black));
        Assert.Multiple(() =>
        {
            Assert.That(fitted.Lines.Select(l => l.Text), Is.EqualTo(new[] { "Order intake" }));
            Assert.That(fitted.Size, Is.EqualTo(10));
            Assert.That(fitted.Truncated, Is.False);
        });
    }

    [Test]
    public void Text_wraps_before_it_shrinks()
    {
        var fitted = TextFitter.Fit("Doorlooptijd aanvraag tot eerste contact", new Rect(0, 0, 90, 30), new TextStyle(FontFace.Bold, 9, Black));
        Assert.Multiple(() =>
        {
            Assert.That(fitted.Size, Is.EqualTo(9));
            Assert.That(fitted.Lines, Has.Count.EqualTo(2));
            Assert.That(string.Join(" ", fitted.Lines.Select(l => l.Text)), Is.EqualTo("Doorlooptijd aanvraag tot eerste contact"));
        });
    }

    [Test]
    public void Text_shrinks_when_wrapping_is_not_enough()
    {
        var fitted = TextFitter.Fit("Doorlooptijd aanvraag tot eerste contact", new Rect(0, 0, 90, 19), new TextStyle(FontFace.Bold, 9, Black));
        Assert.Multiple(() =>
        {
            Assert.That(fitted.Size, Is.LessThan(9).And.GreaterThanOrEqualTo(TextFitter.ReadableMinimum));
            Assert.That(fitted.Truncated, Is.False);
            Assert.That(fitted.Height, Is.LessThanOrEqualTo(19));
        });
    }

    [Test]
    public void Text_that_cannot_fit_is_cut_with_an_ellipsis_at_the_minimum_size()
    {
        var text = string.Join(" ", Enumerable.Repeat("onboarding", 80));
        var box = new Rect(10, 10, 100, 24);
        var fitted = TextFitter.Fit(text, box, new TextStyle(FontFace.Regular, 9, Black));
        Assert.Multiple(() =>
        {
            Assert.That(fitted.Truncated, Is.True);
            Assert.That(fitted.Size, Is.EqualTo(TextFitter.ReadableMinimum));
            Assert.That(fitted.Lines[^1].Text, Does.EndWith("\u2026"));
            Assert.That(fitted.Lines.All(l => box.Contains(l.Bounds)), Is.True);
        });
    }

    [TestCase(1)]
    [TestCase(3)]
    [TestCase(8)]
    [TestCase(30)]
    [TestCase(95)]
    public void Ellipsizing_never_overflows_the_width(int width)
    {
        var random = new Random(width);
        for (var i = 0; i < 200; i++)
        {
            var text = TextSanitizer.Clean(TestCharts.RandomText(random, random.Next(1, 300), exotic: true));
            var cut = TextFitter.Ellipsize(text, width, FontFace.Bold, 8);
            Assert.That(Fonts.Measure(cut, FontFace.Bold, 8), Is.LessThanOrEqualTo(width), $"'{cut}'");
        }
    }

    [Test]
    public void A_word_wider_than_the_box_is_broken_between_characters()
    {
        var lines = TextFitter.Wrap("Werknemerstevredenheidsonderzoeksresultaten", 60, FontFace.Regular, 8);
        Assert.Multiple(() =>
        {
            Assert.That(lines, Has.Count.GreaterThan(1));
            Assert.That(string.Concat(lines), Is.EqualTo("Werknemerstevredenheidsonderzoeksresultaten"));
            Assert.That(lines.All(l => Fonts.Measure(l, FontFace.Regular, 8) <= 60), Is.True);
        });
    }

    [Test]
    public void A_box_lower_than_any_readable_line_stays_empty()
    {
        var fitted = TextFitter.Fit("Too tall", new Rect(0, 0, 100, 2), new TextStyle(FontFace.Regular, 9, Black));
        Assert.That(fitted.Lines, Is.Empty);
    }

    [Test]
    public void Centred_text_in_the_middle_of_its_box()
    {
        var box = new Rect(0, 0, 100, 40);
        var line = TextFitter.Fit("3", box, new TextStyle(FontFace.Bold, 10, Black, Align: Align.Center, Middle: true)).Lines.Single();
        Assert.Multiple(() =>
        {
            Assert.That(line.Bounds.X + (line.Bounds.Width / 2), Is.EqualTo(50).Within(0.01));
            Assert.That(line.Bounds.Y + (line.Bounds.Height / 2), Is.EqualTo(20).Within(0.01));
        });
    }
}
