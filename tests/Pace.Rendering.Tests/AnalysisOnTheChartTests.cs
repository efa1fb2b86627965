using Pace.Analysis;
using Pace.Rendering.Layout;
using Pace.Rendering.Text;
using Pace.Validation;

namespace Pace.Rendering.Tests;

/// <summary>
/// The chart shows Pace.Analysis's verdicts and nothing of its own: the status mark is <see cref="StatusCheck"/>'s
/// (tolerance and <c>better</c> included), the trend word is <see cref="TrendAnalysis"/>'s, the card's value is
/// <see cref="Series.Latest"/>. The rules themselves are tested in Pace.Tests; here, that the picture follows them.
/// </summary>
public sealed class AnalysisOnTheChartTests
{
    private static readonly Palette Colours = Palette.For(null);

    private static LayoutContext Context(Chart chart) => new(chart, Labels.English, Colours, new Findings([]), false, null, Page.A4);

    private static Kpi With(decimal target, Direction better, decimal? tolerance, params decimal[] values) => new()
    {
        Name = "Measured",
        Target = target,
        Better = better,
        Tolerance = tolerance,
        Cadence = Cadence.Week,
        Actuals = [.. values.Select((v, i) => new Actual(Period.Week(2026, i + 1), v))],
    };

    /// <summary>The status a KPI cell shows, read back from the shape of its mark; unknown when it has none.</summary>
    private static KpiStatus CellMark(Kpi kpi)
    {
        var page = new PageBuilder();
        KpiCell.Add(page, Context(new Chart()), kpi, new Rect(0, 0, 140, 60));
        return MarkIn(page);
    }

    private static KpiStatus MarkIn(IEnumerable<Element> elements)
    {
        var marks = elements.Select(e => e switch
        {
            CircleElement c when c.Fill == Colours.Green => KpiStatus.Green,
            PathElement { Closed: true, Points.Count: 3 } t when t.Fill == Colours.Amber => KpiStatus.Amber,
            BoxElement b when b.Fill == Colours.Red => KpiStatus.Red,
            _ => KpiStatus.Unknown,
        }).Where(s => s != KpiStatus.Unknown).ToList();
        Assert.That(marks, Has.Count.LessThanOrEqualTo(1), "one status mark at most");
        return marks.Count == 0 ? KpiStatus.Unknown : marks[0];
    }

    /// <summary>The words of the trends card of a chart with this one KPI.</summary>
    private static List<string> CardWords(Kpi kpi)
    {
        var chart = new Chart { Processes = [new CoreProcess { Name = "Sell", Owners = ["ann"], Kpis = [kpi] }] };
        var pages = TrendsPage.Build(Context(chart), CancellationToken.None);
        Assert.That(pages, Has.Count.EqualTo(1));
        return [.. pages[0].OfType<TextElement>().Select(t => t.Text)];
    }

    [TestCase(100, KpiStatus.Green)]
    [TestCase(120, KpiStatus.Green)]
    [TestCase(99.99, KpiStatus.Amber)]
    [TestCase(90, KpiStatus.Amber)]
    [TestCase(89.99, KpiStatus.Red)]
    [TestCase(0, KpiStatus.Red)]
    public void Higher_is_better_with_the_default_ten_percent(decimal latest, KpiStatus expected)
    {
        var kpi = With(100, Direction.Higher, null, 50, latest);
        Assert.That(StatusCheck.Of(kpi), Is.EqualTo(expected), "the case itself");
        Assert.That(CellMark(kpi), Is.EqualTo(expected));
    }

    [TestCase(24, KpiStatus.Green)]
    [TestCase(10, KpiStatus.Green)]
    [TestCase(24.01, KpiStatus.Amber)]
    [TestCase(26.4, KpiStatus.Amber)]
    [TestCase(26.41, KpiStatus.Red)]
    public void Lower_is_better(decimal latest, KpiStatus expected) =>
        Assert.That(CellMark(With(24, Direction.Lower, null, 0, latest)), Is.EqualTo(expected));

    [TestCase(0.25, 75, KpiStatus.Amber)]
    [TestCase(0.25, 74.9, KpiStatus.Red)]
    [TestCase(0, 99.9, KpiStatus.Red)]
    [TestCase(-0.5, 99.9, KpiStatus.Red)]
    public void The_kpi_tolerance_replaces_the_default(decimal tolerance, decimal latest, KpiStatus expected) =>
        Assert.That(CellMark(With(100, Direction.Higher, tolerance, latest)), Is.EqualTo(expected));

    [Test]
    public void No_mark_without_target_or_actuals()
    {
        Assert.Multiple(() =>
        {
            Assert.That(CellMark(new Kpi { Name = "x", Target = 5 }), Is.EqualTo(KpiStatus.Unknown));
            Assert.That(CellMark(new Kpi { Name = "x", Actuals = [new(Period.Year(2026), 5)] }), Is.EqualTo(KpiStatus.Unknown));
        });
    }

    [Test]
    public void The_card_shows_the_actual_the_status_is_judged_on()
    {
        // Written out of order, and 2026-W05 twice: the latest period wins, and of two equal periods the last written.
        var kpi = new Kpi
        {
            Name = "Leads",
            Target = 100,
            Cadence = Cadence.Week,
            Actuals = [new(Period.Week(2026, 5), 50), new(Period.Week(2026, 2), 150), new(Period.Week(2026, 5), 95)],
        };
        var chart = new Chart { Processes = [new CoreProcess { Name = "Sell", Kpis = [kpi] }] };
        var page = TrendsPage.Build(Context(chart), CancellationToken.None)[0];
        var value = page.OfType<TextElement>().Single(t => t.Face == FontFace.Bold && t.Size >= 12 && int.TryParse(t.Text, out _));
        Assert.Multiple(() =>
        {
            Assert.That(Series.Latest(kpi)!.Value, Is.EqualTo(95m));
            Assert.That(value.Text, Is.EqualTo("95"));
            Assert.That(page.OfType<TextElement>().Select(t => t.Text), Does.Contain("2026-W05"));
            Assert.That(MarkIn(page), Is.EqualTo(KpiStatus.Amber));
        });
    }

    [Test]
    public void A_trend_needs_six_actuals()
    {
        Assert.Multiple(() =>
        {
            Assert.That(CardWords(With(40, Direction.Higher, null, 31, 33, 36, 35, 39)), Does.Contain("no trend yet (5/6)"));
            Assert.That(CardWords(With(40, Direction.Higher, null, 31, 33, 36, 35, 39, 42)), Does.Contain("\u2191 rising"));
            Assert.That(CardWords(With(900, Direction.Higher, null, 940, 910, 870, 820, 790, 760)), Does.Contain("\u2193 falling"));
            Assert.That(CardWords(With(100, Direction.Higher, null, 100, 101, 99, 100, 101, 100)), Does.Contain("\u2192 flat"));
        });
    }

    [Test]
    public void The_trend_is_read_from_the_latest_six_actuals()
    {
        // Over all nine it rises; the latest six hold steady, and that is what TrendAnalysis (and so the card) says.
        var kpi = With(100, Direction.Higher, null, 10, 20, 30, 100, 101, 99, 100, 101, 100);
        Assert.Multiple(() =>
        {
            Assert.That(TrendAnalysis.Of(kpi), Is.EqualTo(Trend.Flat));
            Assert.That(CardWords(kpi), Does.Contain("\u2192 flat"));
        });
    }

    [Test]
    public void The_status_legend_is_shown_only_when_some_kpi_has_a_verdict()
    {
        static bool Legend(Kpi kpi)
        {
            var chart = new Chart { Processes = [new CoreProcess { Name = "Sell", Kpis = [kpi] }] };
            return ChartRenderer.Lay(TestCharts.Checked(chart, ChartLanguage.English), RenderOptions.Default, CancellationToken.None)
                .Pages[0].Texts.Any(t => t.Text == "within tolerance");
        }

        Assert.Multiple(() =>
        {
            Assert.That(Legend(With(100, Direction.Higher, null, 95)), Is.True);
            Assert.That(Legend(new Kpi { Name = "no target", Actuals = [new(Period.Week(2026, 1), 5)] }), Is.False);
        });
    }
}
