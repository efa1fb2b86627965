using Pace.Analysis;
using Pace.Rendering.Layout;
using Pace.Rendering.Text;
using Pace.Localization;

namespace Pace.Rendering.Tests;

/// <summary>
/// The scorecard page: 13 periods side by side for every KPI with actuals, grouped by the person who reports them,
/// with the agenda above — and it fits A4 landscape for a full chart with long names.
/// </summary>
public sealed class ScorecardTests
{
    private static readonly string LongName = "Percentage van de geplande klantinstallaties die binnen de afgesproken week volledig zijn opgeleverd";

    /// <summary>Nine processes of three KPIs, every name long, every KPI with 20 weeks of numbers.</summary>
    private static Chart Full()
    {
        var people = Enumerable.Range(1, 9).Select(i => new Person { Id = "p" + i, Name = $"Maximiliaan Alexander van den Berg-Oosterhuis {i}", Role = "Directeur Werkende Oplossingen" }).ToList();
        return new Chart
        {
            FormatVersion = 1,
            Organization = "Acme",
            Date = new DateOnly(2026, 11, 1),
            Language = ChartLanguage.Dutch,
            People = people,
            Processes = [.. Enumerable.Range(1, 9).Select(p => new CoreProcess
            {
                Name = $"Proces {p} met een lange naam die de stroom van input naar uitkomst beschrijft",
                Owners = ["p" + p],
                Kpis = [.. Enumerable.Range(0, 3).Select(k => new Kpi
                {
                    Name = $"{LongName} {p}.{k}",
                    Unit = "EUR",
                    Target = 1_250_000,
                    Cadence = Cadence.Week,
                    Actuals = [.. Enumerable.Range(24, 20).Select(w => new Actual(Period.Week(2026, w), 1_000_000 + (w * 12_345.67m)))],
                })],
            })],
        };
    }

    private static LayoutDocument Lay(Chart chart) => ChartRenderer.Lay(chart, RenderOptions.Default, CancellationToken.None);

    private static List<LayoutPage> ScorecardPages(LayoutDocument document, Labels labels) =>
        [.. document.Pages.Where(p => p.Texts.Any(t => t.Text == labels.ScorecardTitle && t.Face == FontFace.Bold && t.Size >= 12))];

    [Test]
    public void Thirteen_columns_fit_A4_for_nine_processes_of_three_kpis_with_long_names()
    {
        var document = Lay(Full());
        var pages = ScorecardPages(document, Labels.Dutch);
        Assert.That(pages, Has.Count.EqualTo(1), "27 KPIs on one page");
        var page = pages[0];

        // 27 rows of 13 filled cells, each 30 pt wide, all inside the printable area.
        var cells = page.Elements.OfType<BoxElement>().Where(b => Math.Abs(b.Bounds.Width - 30) < 0.01f).ToList();
        Assert.That(cells, Has.Count.EqualTo(27 * ScorecardModel.Columns));
        Assert.That(cells.GroupBy(c => c.Bounds.Y).Select(g => g.Count()), Has.All.EqualTo(ScorecardModel.Columns));
        Assert.That(ScorecardPage.Right(Page.A4), Is.LessThanOrEqualTo(Page.A4.Width - Page.Margin));
        Assert.That(cells.Max(c => c.Bounds.Right), Is.LessThanOrEqualTo(ScorecardPage.TrendX(Page.A4)));

        // Rows do not overlap, and the last one ends above the footer.
        var rows = cells.Select(c => c.Bounds).DistinctBy(b => b.Y).OrderBy(b => b.Y).ToList();
        Assert.That(rows.Zip(rows.Skip(1)).All(pair => pair.First.Bottom <= pair.Second.Y), Is.True);
        Assert.That(rows[^1].Bottom, Is.LessThanOrEqualTo(Page.A4.FooterTop));

        // Every text stays in its cell (long names are shortened, never spill), and the page in its margins.
        LayoutGeometryTests.AssertContained(document);
        Assert.That(page.Texts.Where(t => t.Text.Contains(LongName[..20], StringComparison.Ordinal)).Select(t => t.Size), Has.All.GreaterThanOrEqualTo(6f));
    }

    [Test]
    public void More_rows_than_fit_flow_onto_a_second_page()
    {
        var full = Full();
        var many = full with { Processes = [.. full.Processes.Select(p => p with { Kpis = [.. p.Kpis, .. p.Kpis.Select(k => k with { Name = k.Name + " bis" })] })] };
        var pages = ScorecardPages(Lay(many), Labels.Dutch);
        Assert.That(pages, Has.Count.EqualTo(2));
        Assert.That(pages.Sum(p => p.Elements.OfType<BoxElement>().Count(b => Math.Abs(b.Bounds.Width - 30) < 0.01f)), Is.EqualTo(54 * ScorecardModel.Columns));
    }

    [Test]
    public void No_scorecard_without_actuals()
    {
        var bare = Full() with { Processes = [.. Full().Processes.Select(p => p with { Kpis = [.. p.Kpis.Select(k => k with { Actuals = [] })] })] };
        Assert.That(ScorecardPages(Lay(bare), Labels.Dutch), Is.Empty);
    }

    [Test]
    public void The_agenda_lists_red_then_amber_then_stale()
    {
        var document = Lay(TestCharts.Example("acme-software"));
        var page = ScorecardPages(document, Labels.Dutch).Single();
        var agenda = page.Texts.SkipWhile(t => !t.Text.StartsWith("AGENDA", StringComparison.Ordinal)).Skip(1)
            .TakeWhile(t => !string.Equals(t.Text, Labels.Dutch.Person, StringComparison.OrdinalIgnoreCase)).Select(t => t.Text).Where(t => t.Contains('(', StringComparison.Ordinal)).ToList();
        Assert.That(agenda.Select(t => t[..t.IndexOf(' ', StringComparison.Ordinal)]), Is.EqualTo(new[] { "Salespipeline", "Tickets", "Kosten", "Aantal" }));
        Assert.That(agenda[0], Is.EqualTo($"Salespipeline (Bram Jansen): € 700.000 tegenover € 900.000, {Labels.Dutch.Week} 43"));
        Assert.That(agenda[^1], Is.EqualTo($"Aantal offertes (Bram Jansen): {NamedTemplate.Fill(Labels.Dutch.LastReported, [new("period", Labels.Dutch.Week + " 38")])}"));
    }

    [Test]
    public void Dutch_periods_read_as_a_Dutch_manager_writes_them()
    {
        // Weeks as "week 31–43", never "wk"; months and quarters with their years in full where the column allows it.
        var page = ScorecardPages(Lay(TestCharts.Example("acme-software")), Labels.Dutch).Single();
        var texts = page.Texts.Select(t => t.Text).ToList();
        Assert.That(texts, Has.Some.EqualTo($"{Labels.Dutch.Week} 31\u201343"));
        Assert.That(texts, Has.None.Contains("wk "));
        Assert.That(texts, Has.Some.EqualTo("okt 2025\u2013okt 2026"));
        Assert.That(texts, Has.Some.EndsWith($", {PeriodFormat.Words(Period.Quarter(2026, 3), ChartLanguage.Dutch)}"), "a quarter on the agenda has its year");
        Assert.That(PeriodFormat.Words(Period.Quarter(2026, 3), ChartLanguage.Dutch), Is.EqualTo("Q3 2026"));
        Assert.That(PeriodLabel.Meeting(Period.Month(2026, 10), ChartLanguage.Dutch), Is.EqualTo(Labels.Dutch.MonthNames[9] + " 2026"));
        Assert.That(PeriodLabel.Meeting(Period.Week(2026, 43), ChartLanguage.Dutch), Is.EqualTo(Labels.Dutch.Week + " 43"));
        LayoutGeometryTests.AssertContained(Lay(TestCharts.Example("acme-software")));
    }

    [Test]
    public void A_Dutch_span_across_the_new_year_keeps_both_years_and_fits_its_column()
    {
        var chart = Full() with { Processes = [.. Full().Processes.Select(p => p with { Kpis = [.. p.Kpis.Select(k => k with { Actuals = [.. Enumerable.Range(40, 13).Select(w => new Actual(Period.Week(2025, w), 1_000_000m)), .. Enumerable.Range(1, 5).Select(w => new Actual(Period.Week(2026, w), 1_000_000m))] })] })], Date = new DateOnly(2026, 2, 2) };
        var document = Lay(chart);
        var page = ScorecardPages(document, Labels.Dutch).Single();
        Assert.That(page.Texts.Select(t => t.Text), Has.Some.EqualTo($"{Labels.Dutch.Week} 45 '25\u20135 '26"));
        LayoutGeometryTests.AssertContained(document);
    }

    [Test]
    public void Stale_cells_and_super_green_have_marks_of_their_own()
    {
        var document = Lay(TestCharts.Example("acme-software"));
        var page = ScorecardPages(document, Labels.Dutch).Single();
        var diamonds = page.Elements.OfType<PathElement>().Count(e => e.Points.Count == 4 && e.Fill is null);
        var stars = page.Elements.OfType<PathElement>().Count(e => e.Points.Count == 10);

        // Aantal offertes: W39 to W43 not reported (five cells), the agenda item and the legend.
        Assert.That(diamonds, Is.EqualTo(5 + 1 + 1));

        // Gekwalificeerde leads reached its super: 46 in W43; and the legend.
        Assert.That(stars, Is.EqualTo(1 + 1));

        var people = document.Pages.Single(p => p.Texts.Any(t => t.Text == Labels.Dutch.PeopleTitle));
        Assert.That(people.Texts.Count(t => t.Text == Labels.Dutch.Stale), Is.EqualTo(1), "the people page marks the stale KPI");
    }

    [Test]
    public void The_chart_page_marks_a_stale_kpi_stale_not_with_its_old_green()
    {
        var document = Lay(TestCharts.Example("acme-software"));
        var chartPage = document.Pages[0];
        var diamonds = chartPage.Elements.OfType<PathElement>().Count(e => e.Points.Count == 4 && e.Fill is null);

        // Aantal offertes (green in W38, not reported since): its cell, and the footer's legend.
        Assert.That(diamonds, Is.EqualTo(1 + 1));
        Assert.That(chartPage.Texts.Count(t => t.Text == Labels.Dutch.Stale), Is.EqualTo(1), "the legend says what the diamond means");

        var reported = TestCharts.Example("acme-software").WithActual("Van lead naar deal", "Aantal offertes", Period.Week(2026, 43), 7);
        var upToDate = Lay(reported).Pages[0];
        Assert.That(upToDate.Elements.OfType<PathElement>().Count(e => e.Points.Count == 4 && e.Fill is null), Is.Zero);
        Assert.That(upToDate.Texts.Count(t => t.Text == Labels.Dutch.Stale), Is.Zero, "no legend entry for a mark that is not on the page");
    }

    [Test]
    public void The_trends_card_says_on_track_pro_rata_or_behind_by()
    {
        var acme = TestCharts.Example("acme-software");
        var words = Lay(acme).Pages.SelectMany(p => p.Texts).Select(t => t.Text).ToList();
        Assert.That(words, Does.Contain(NamedTemplate.Fill(Labels.Dutch.ProRataOnTrack, [new("so-far", "€ 100.000 per 1 nov")])));

        var behind = acme.WithActual("Van lead naar deal", "Getekende contractwaarde", Period.Quarter(2026, 4), 80_000);
        var card = Lay(behind).Pages.SelectMany(p => p.Texts).Select(t => t.Text).ToList();
        Assert.That(card, Does.Contain(NamedTemplate.Fill(Labels.Dutch.ProRataBehind, [new("gap", "€ 20.000"), new("so-far", "€ 100.000 per 1 nov")])));
        Assert.That(StatusCheck.Of(behind.Processes[1].Kpis[0], behind.Date), Is.EqualTo(KpiStatus.Red));
    }
}
