using Pace.Analysis;
using Pace.Yaml;

namespace Pace.Tests.Analysis;

/// <summary>
/// The extension members on <see cref="Kpi"/>, <see cref="CoreProcess"/> and <see cref="Chart"/> give the same answers
/// as the analysis classes they stand for, on every KPI of the examples.
/// </summary>
public class AnalysisExtensionsTests
{
    private static IEnumerable<string> Examples() =>
        Directory.EnumerateFiles(Path.Combine(Rules.RuleConventionTests.RepositoryRoot(), "examples"), "*.pace.yaml").Order(StringComparer.Ordinal);

    [TestCaseSource(nameof(Examples))]
    public void Each_member_answers_as_the_analysis_does(string example)
    {
        var chart = ChartReader.ReadFile(example).Chart!;
        var kpis = chart.Processes.SelectMany(p => p.Kpis).ToList();
        Assert.That(kpis, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            foreach (var kpi in kpis)
            {
                Assert.That(kpi.StandingOn(chart.Date), Is.EqualTo(KpiStanding.Of(kpi, chart.Date)), kpi.Name);
                Assert.That(kpi.StatusOn(chart.Date), Is.EqualTo(StatusCheck.Of(kpi, chart.Date)), kpi.Name);
                Assert.That(kpi.LatestActual, Is.EqualTo(Series.Latest(kpi)), kpi.Name);
                Assert.That(kpi.EffectiveAggregate, Is.EqualTo(KpiAggregate.Of(kpi)), kpi.Name);
                Assert.That(kpi.Trend, Is.EqualTo(TrendAnalysis.Of(kpi)), kpi.Name);
                Assert.That(kpi.MissesInARow, Is.EqualTo(MissStreak.Count(kpi)), kpi.Name);
                Assert.That(kpi.TargetFor(Period.Quarter(2026, 4)), Is.EqualTo(TargetBreakdown.Of(kpi, Period.Quarter(2026, 4))), kpi.Name);
            }

            Assert.That(chart.Load, Is.EqualTo(PersonLoad.Of(chart)));
            Assert.That(chart.Standings, Is.EqualTo(kpis.Select(k => KpiStanding.Of(k, chart.Date))));
            Assert.That(chart.Processes[0].StandingsOn(chart.Date), Has.Count.EqualTo(chart.Processes[0].Kpis.Count));
        });
    }

    [Test]
    public void The_acme_contract_value_is_green_pro_rata_on_the_charts_date()
    {
        var chart = ChartReader.ReadFile(Path.Combine(Rules.RuleConventionTests.RepositoryRoot(), "examples", "acme-software.pace.yaml")).Chart!;
        var contract = chart.Processes.SelectMany(p => p.Kpis).Single(k => k.Name == "Getekende contractwaarde");
        Assert.That(contract.StatusOn(chart.Date), Is.EqualTo(KpiStatus.Green));
        Assert.That(contract.TargetFor(Period.Quarter(2026, 4))!.Target, Is.EqualTo(300_000m));
    }
}
