using Pace.Rendering.Layout;
using Pace.Rendering.Text;
using Pace.Yaml;

namespace Pace.Rendering.Tests;

/// <summary>
/// A paragraph that runs right to left (its first letter Arabic or Hebrew) is set flush right in a box that is aligned
/// at the start of the line, every line of it; a left-to-right paragraph stays flush left, even with an Arabic word in it.
/// </summary>
public sealed class RightToLeftAlignmentTests
{
    private const float Tolerance = 0.01f;

    private static readonly Rgb Black = new(0, 0, 0);

    private static readonly Rect Box = new(40, 10, 200, 60);

    private static FittedText Fit(string text, Align align = Align.Left) =>
        TextFitter.Fit(text, Box, new TextStyle(FontFace.Regular, 9, Black, Align: align));

    [TestCase("خدمة العملاء")]
    [TestCase("שירות לקוחות")]
    [TestCase("2026: خدمة العملاء (EMEA)")]
    public void A_right_to_left_line_is_flush_right(string text)
    {
        var line = Fit(text).Lines.Single();

        Assert.Multiple(() =>
        {
            Assert.That(line.Bounds.Right, Is.EqualTo(Box.Right).Within(Tolerance));
            Assert.That(line.X, Is.GreaterThan(Box.X + 10), "not at the left edge");
            Assert.That(line.Bounds.Width, Is.EqualTo(Fonts.Measure(text, FontFace.Regular, 9)).Within(Tolerance), "the same width as before, only moved");
        });
    }

    [Test]
    public void Every_line_of_a_wrapped_right_to_left_paragraph_is_flush_right_even_one_that_starts_with_latin()
    {
        var fitted = Fit("مؤشر الأداء الرئيسي للمبيعات في منطقة الشرق الأوسط KPI Sales Region EMEA North");

        Assert.Multiple(() =>
        {
            Assert.That(fitted.Lines, Has.Count.GreaterThan(1));
            Assert.That(fitted.Lines.Select(l => l.Bounds.Right), Has.All.EqualTo(Box.Right).Within(Tolerance));
        });
    }

    [TestCase("Customer service")]
    [TestCase("Customer service خدمة العملاء")]
    [TestCase("2026 Q1")]
    public void A_left_to_right_line_stays_flush_left(string text)
    {
        Assert.That(Fit(text).Lines.Single().X, Is.EqualTo(Box.X));
    }

    [Test]
    public void Centred_text_stays_centred_in_either_direction()
    {
        var line = Fit("خدمة العملاء", Align.Center).Lines.Single();

        Assert.That(line.X - Box.X, Is.EqualTo(Box.Right - line.Bounds.Right).Within(Tolerance));
    }

    [Test]
    public void On_the_multilingual_chart_no_right_to_left_line_starts_at_the_left_of_a_wider_cell()
    {
        var chart = ChartReader.ReadFile(Path.Combine(TestContext.CurrentContext.TestDirectory, "Multilingual", "multilingual.pace.yaml")).Chart!;
        var texts = ChartRenderer.Lay(new ChartChecker().Check(chart), RenderOptions.Default, CancellationToken.None).Pages.SelectMany(p => p.Texts).ToList();
        var rightToLeft = texts.Where(t => Bidi.IsRightToLeftParagraph(t.Text)).ToList();
        var flushLeft = rightToLeft.Where(t => Math.Abs(t.X - t.Cell.X) < Tolerance && t.Bounds.Right < t.Cell.Right - 1).Select(t => t.Text);

        Assert.Multiple(() =>
        {
            Assert.That(rightToLeft, Is.Not.Empty, "the chart has Arabic lines");
            Assert.That(flushLeft, Is.Empty);
        });
    }
}
