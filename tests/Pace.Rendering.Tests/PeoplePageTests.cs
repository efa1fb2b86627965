using Pace.Analysis;
using Pace.Rendering.Layout;

namespace Pace.Rendering.Tests;

/// <summary>The people page marks a person's counts the way the rules judge them (PACE011, PACE012).</summary>
public sealed class PeoplePageTests
{
    /// <summary>
    /// A001's "in ieder geval 1 tot 2" leading KPIs is a minimum: three leading KPIs get the same mark as two (a
    /// circle), as PACE012 does not report them either.
    /// </summary>
    [Test]
    public void Three_leading_KPIs_are_marked_as_within_the_advice()
    {
        var chart = TestCharts.Example("technical-wholesaler");
        var threeLeading = FirstProcessAll(chart, Timing.Leading);
        Assert.That(PersonLoad.Of(threeLeading).Max(p => p.LeadingKpis.Count), Is.EqualTo(3));

        Assert.That(AmberMarks(threeLeading), Is.EqualTo(AmberMarks(chart)));
    }

    /// <summary>A person without a leading KPI still gets the amber triangle.</summary>
    [Test]
    public void No_leading_KPI_is_marked_as_off_the_advice()
    {
        var chart = TestCharts.Example("technical-wholesaler");
        var noneLeading = FirstProcessAll(chart, Timing.Lagging);
        Assert.That(PersonLoad.Of(noneLeading).Min(p => p.LeadingKpis.Count), Is.Zero);

        Assert.That(AmberMarks(noneLeading), Is.EqualTo(AmberMarks(chart) + 1));
    }

    /// <summary>The chart with every KPI of its first process set to one timing.</summary>
    private static Chart FirstProcessAll(Chart chart, Timing timing)
    {
        var first = chart.Processes[0];
        return chart with { Processes = [first with { Kpis = [.. first.Kpis.Select(k => k with { Timing = timing })] }, .. chart.Processes.Skip(1)] };
    }

    /// <summary>
    /// The amber triangles of the counts (6.5 pt wide) on the people page — not the footer's 6 pt mark, which turns
    /// amber with any warning.
    /// </summary>
    private static int AmberMarks(Chart chart)
    {
        var document = ChartRenderer.Lay(chart, RenderOptions.Default, CancellationToken.None);
        var amber = Palette.For(chart.Theme).Amber;
        var labels = new[] { Labels.English.LeadingCount, Labels.Dutch.LeadingCount }.Select(l => l.ToUpperInvariant()).ToList();
        var people = document.Pages.Single(p => p.Texts.Any(t => labels.Contains(t.Text)));
        return people.Elements.OfType<PathElement>()
            .Count(e => e.Closed && e.Fill == amber && e.Points.Count == 3 && Math.Abs(e.Points[1].X - e.Points[2].X - 6.5f) < 0.01f);
    }
}
