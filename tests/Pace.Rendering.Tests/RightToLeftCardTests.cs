using Pace.Analysis;
using Pace.Rendering.Layout;
using Pace.Validation;

namespace Pace.Rendering.Tests;

/// <summary>
/// A KPI card whose name runs right to left is the mirror image of a left-to-right one: status mark, target line and
/// badge pills start at the card's right edge, as the name's lines do, at the same distances as they do from the left.
/// </summary>
public sealed class RightToLeftCardTests
{
    private const float Tolerance = 0.01f;

    private static readonly Rect Cell = new(40, 10, 140, 60);

    private static Kpi Named(string name) => new()
    {
        Name = name,
        Target = 100,
        Better = Direction.Higher,
        Cadence = Cadence.Week,
        Timing = Timing.Leading,
        Focus = Focus.Input,
        Actuals = [new Actual(Period.Week(2026, 1), 120)],
    };

    private static (CircleElement Mark, TextElement Target, List<Rect> Pills) Card(string name)
    {
        var page = new PageBuilder();
        var kpi = Named(name);
        var ctx = new LayoutContext(new Chart(), Labels.English, Palette.For(null), new Findings([]), false, null, Page.A4);
        KpiCell.Add(page, ctx, kpi, Cell);
        var target = NumberFormatter.Target(kpi, Labels.English);
        return (
            page.OfType<CircleElement>().Single(c => c.Fill == ctx.Palette.Green),
            page.OfType<TextElement>().Single(t => t.Text == target),
            [.. page.OfType<BoxElement>().Where(b => b.Bounds.Height < Cell.Height / 4 && Math.Abs(b.Radius - (b.Bounds.Height / 2)) < Tolerance).Select(b => b.Bounds)]);
    }

    [TestCase("خدمة العملاء")]
    [TestCase("שירות לקוחות")]
    public void The_mark_target_and_pills_of_a_right_to_left_card_mirror_those_of_a_left_to_right_one(string name)
    {
        var (ltrMark, ltrTarget, ltrPills) = Card("Customer service");
        var (rtlMark, rtlTarget, rtlPills) = Card(name);

        Assert.Multiple(() =>
        {
            Assert.That(ltrPills, Has.Count.EqualTo(3), "leading, input and fast (a weekly KPI)");
            Assert.That(ltrPills[0].X, Is.EqualTo(Cell.X + KpiCell.Pad).Within(Tolerance), "left to right: pills from the left");
            Assert.That(rtlPills[0].Right, Is.EqualTo(Cell.Right - KpiCell.Pad).Within(Tolerance), "right to left: the first pill at the right");
            Assert.That(rtlPills.Select(p => Cell.Right - p.Right), Is.EqualTo(ltrPills.Select(p => p.X - Cell.X)).Within(Tolerance), "each pill mirrored");
            Assert.That(rtlPills.Select(p => p.Width), Is.EqualTo(ltrPills.Select(p => p.Width)).Within(Tolerance));
            Assert.That(Cell.Right - rtlMark.Center.X, Is.EqualTo(ltrMark.Center.X - Cell.X).Within(Tolerance), "the mark mirrored");
            Assert.That(rtlMark.Center.Y, Is.EqualTo(ltrMark.Center.Y).Within(Tolerance));
            Assert.That(Cell.Right - rtlTarget.Bounds.Right, Is.EqualTo(ltrTarget.X - Cell.X).Within(Tolerance), "the target flush right, beside the mark");
            Assert.That(rtlTarget.Bounds.Right, Is.LessThan(rtlMark.Center.X - rtlMark.Radius), "left of the mark, not under it");
        });
    }

    [Test]
    public void A_left_to_right_card_keeps_its_mark_and_target_at_the_left()
    {
        var (mark, target, _) = Card("Customer service خدمة العملاء");

        Assert.Multiple(() =>
        {
            Assert.That(mark.Center.X, Is.LessThan(Cell.X + (Cell.Width / 4)));
            Assert.That(target.X, Is.GreaterThan(mark.Center.X + mark.Radius));
            Assert.That(target.X, Is.LessThan(Cell.X + (Cell.Width / 4)));
        });
    }
}
