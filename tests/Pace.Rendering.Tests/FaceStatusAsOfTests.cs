using Pace.Analysis;
using Pace.Rendering.Layout;

namespace Pace.Rendering.Tests;

/// <summary>A FACe card judges an indicator as of the chart's date, as the chart page does, not as if the period were over.</summary>
public sealed class FaceStatusAsOfTests
{
    [Test]
    public void A_quarter_under_way_that_is_ahead_pro_rata_is_on_target_on_the_face_card()
    {
        // Article 000's example: € 300.000 a quarter. On 1 November a third of Q4 has gone and € 110.000 is in: ahead pro rata,
        // but far below the whole quarter's target.
        var chart = FaceCharts.Small();
        var revenue = new Kpi { Name = "Signed contract value", Target = 300_000, Unit = "EUR", Cadence = Cadence.Quarter, Actuals = [new(Period.Quarter(2026, 4), 110_000)] };
        chart = chart with { Functions = [.. chart.Functions!.Select((f, i) => i == 0 ? f with { Kpis = [revenue] } : f)] };
        Assert.That(StatusCheck.Of(revenue), Is.EqualTo(KpiStatus.Red), "judged as a finished quarter it is red: the case the card must not show");

        var labels = Labels.For(ChartLanguage.English);
        var words = FaceCardStatusWords(chart, labels);

        Assert.That(words, Does.Contain(labels.StatusWord(StatusCheck.Of(revenue, chart.Date))));
        Assert.That(StatusCheck.Of(revenue, chart.Date), Is.EqualTo(KpiStatus.Green));
        Assert.That(words, Does.Not.Contain(labels.StatusWord(KpiStatus.Red)));
    }

    private static List<string?> FaceCardStatusWords(Chart chart, Labels labels)
    {
        var document = ChartRenderer.Lay(chart, RenderOptions.Default, CancellationToken.None);
        var face = document.Pages.Single(p => p.Texts.Any(t => t.Text.StartsWith(labels.Face.FaceTitle, StringComparison.Ordinal)));
        return [.. face.Nodes.SelectMany(n => n.Descendants()).Where(n => n.Role == Role.Figure).Select(n => n.Alt)];
    }
}
