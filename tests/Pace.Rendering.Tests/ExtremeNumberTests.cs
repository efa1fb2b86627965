using CsCheck;
using Pace.Rendering.Layout;

namespace Pace.Rendering.Tests;

/// <summary>
/// A chart that validates always renders: targets, actuals, tolerances and month weights anywhere in
/// <see cref="decimal"/>'s range (±max, the smallest step, zero, equal values, mixed signs) lay out with every element
/// on the page and paint as PDF (and, for some, PNG and SVG) without an exception.
/// </summary>
public sealed class ExtremeNumberTests
{
    /// <summary>The edges of <see cref="decimal"/> and their neighbours, where arithmetic overflows or underflows.</summary>
    private static readonly decimal[] Edges =
    [
        decimal.MaxValue, decimal.MinValue, decimal.MaxValue - 1, decimal.MinValue + 1, decimal.MaxValue / 2, decimal.MinValue / 3,
        0.0000000000000000000000000001m, -0.0000000000000000000000000001m, 0.0000000000000000000000000005m, 0m, -0.0m, 1m, -1m,
        7.9228162514264337593543950335m, 0.9999999999999999999999999999m, 1e27m, -1e27m, 100m,
    ];

    /// <summary>Ordinary numbers, the edges, and anything <see cref="Gen.Decimal"/> makes.</summary>
    private static readonly Gen<decimal> Number = Gen.Frequency(
        (3, Gen.OneOfConst(Edges)),
        (2, Gen.Decimal),
        (2, Gen.Int[-2_000_000, 2_000_000].Select(i => i / 100m)),
        (1, Gen.Decimal.Select(d => d / 10_000_000_000_000_000_000m)));

    /// <summary>A KPI whose numbers come from a small pool, so equal targets and actuals are common.</summary>
    private static Gen<Kpi> KpiFrom(decimal[] pool, int slot) => Gen.Select(
        Gen.Int[-1, pool.Length - 1],
        Gen.OneOfConst(Enum.GetValues<Cadence>()),
        Gen.Bool,
        Gen.OneOfConst<string?>("EUR", "%", null, "leads"),
        Gen.Int[0, pool.Length - 1].Array[0, 9],
        Gen.Int[-1, pool.Length - 1],
        Gen.Int[0, pool.Length - 1].Array[12].Null(0.8),
        (target, cadence, lower, unit, actuals, tolerance, seasonality) => new Kpi
        {
            Name = "KPI " + slot,
            Unit = unit,
            Target = target < 0 ? null : pool[target],
            Better = lower ? Direction.Lower : Direction.Higher,
            Cadence = cadence,
            Timing = slot == 0 ? Timing.Leading : Timing.Lagging,
            Focus = slot == 1 ? Focus.Input : Focus.Output,
            Nature = Nature.Hard,
            Dimension = (Dimension)slot,
            Tolerance = tolerance < 0 ? null : Math.Abs(pool[tolerance]),
            Seasonality = seasonality?.Select(i => Math.Abs(pool[i])).ToList(),
            Actuals = [.. actuals.Select((v, i) => new Actual(Periods(cadence)[i], pool[v]))],
        });

    private static Period[] Periods(Cadence cadence) =>
        [.. Enumerable.Range(0, 9).Select(i => Period.Containing(cadence, cadence switch
        {
            Cadence.Day => new DateOnly(2026, 10, 1).AddDays(i),
            Cadence.Week => new DateOnly(2026, 9, 3).AddDays(7 * i),
            Cadence.Month => new DateOnly(2026, 1, 1).AddMonths(i),
            Cadence.Quarter => new DateOnly(2025, 1, 1).AddMonths(3 * i),
            _ => new DateOnly(2018 + i, 1, 1),
        }))];

    /// <summary>A valid chart of four processes whose KPI numbers come from one small pool of generated numbers.</summary>
    internal static readonly Gen<Chart> Charts = Number.Array[1, 4].SelectMany(pool => Gen.Select(
        Gen.Select(KpiFrom(pool, 0), KpiFrom(pool, 1), KpiFrom(pool, 2)).Array[4],
        Gen.Bool,
        Gen.Bool,
        (kpis, dutch, dated) => new Chart
        {
            FormatVersion = 1,
            Organization = "Extreme B.V.",
            Date = dated ? new DateOnly(2026, 11, 1) : null,
            Language = dutch ? ChartLanguage.Dutch : ChartLanguage.English,
            Processes = [.. kpis.Select((k, i) => new CoreProcess
            {
                Name = "Flow " + (i + 1),
                Owners = ["owner" + i],
                Kpis = [k.Item1, k.Item2, k.Item3],
            })],
        }));

    [Test]
    public void Every_chart_that_validates_lays_out_on_the_page_and_paints()
    {
        var rendered = 0;
        Charts.Sample(
            chart =>
            {
                var check = TestCharts.Checked(chart);
                if (check.HasErrors)
                {
                    return;
                }

                var document = ChartRenderer.Lay(check, RenderOptions.Default, CancellationToken.None);
                AssertOnThePage(document);
                using var pdf = new MemoryStream();
                ChartRenderer.Render(check, pdf);
                Assert.That(pdf.ToArray()[..5], Is.EqualTo("%PDF-"u8.ToArray()));
                if (Interlocked.Increment(ref rendered) % 25 == 0)
                {
                    Assert.That(ChartRenderer.RenderPages(check, new RenderOptions { Format = OutputFormat.Png, PngDpi = 20 })[0][1..4], Is.EqualTo("PNG"u8.ToArray()));
                    Assert.That(ChartRenderer.RenderPages(check, new RenderOptions { Format = OutputFormat.Svg })[0][..5], Is.EqualTo("<?xml"u8.ToArray()));
                }
            },
            iter: 250,
            print: chart => string.Join("; ", chart.Processes.SelectMany(p => p.Kpis).Select(k =>
                $"{k.Cadence} {k.EffectiveBetter} target {k.Target} tol {k.Tolerance} actuals [{string.Join(", ", k.Actuals.Select(a => a.Value))}]")));

        Assert.That(rendered, Is.GreaterThan(150), "most generated charts validate, so the property is exercised");
    }

    /// <summary>Everything on every page lies inside the printable area; text inside its cell.</summary>
    internal static void AssertOnThePage(LayoutDocument document)
    {
        LayoutGeometryTests.AssertContained(document);
        var content = Page.A4.Content;
        foreach (var (page, number) in document.Pages.Select((p, i) => (p, i + 1)))
        {
            foreach (var element in page.Elements)
            {
                var extent = Extent(element);
                Assert.That(content.Contains(extent), Is.True, $"page {number}: {element} reaches {extent}, outside {content}");
            }
        }
    }

    private static Rect Extent(Element element) => element switch
    {
        BoxElement box => box.Bounds,
        TextElement text => text.Bounds,
        ImageElement image => image.Bounds,
        CircleElement circle => new Rect(circle.Center.X - circle.Radius, circle.Center.Y - circle.Radius, 2 * circle.Radius, 2 * circle.Radius),
        LineElement line => Around([line.From, line.To]),
        PathElement path => Around(path.Points),
        _ => throw new ArgumentOutOfRangeException(nameof(element), element, "an element this test does not know"),
    };

    private static Rect Around(IReadOnlyList<Point> points) =>
        Rect.FromEdges(points.Min(p => p.X), points.Min(p => p.Y), points.Max(p => p.X), points.Max(p => p.Y));
}
