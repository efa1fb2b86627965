using System.Text.RegularExpressions;
using Pace.Rendering.Layout;
using Pace.Localization;

namespace Pace.Rendering.Tests;

/// <summary>
/// A Dutch chart's trends write periods the Dutch way — "week 43", "okt 2026", "Q4 2026" — beside the latest value and
/// under the sparkline, and in full words ("week 43 van 2026") for a screen reader; an English chart keeps the file's
/// keys ("2026-W43") exactly as before.
/// </summary>
public sealed partial class DutchPeriodsOnTheTrendsTests
{
    private static readonly Palette Colours = Palette.For(null);

    private static Kpi Weekly(int year, int firstWeek, int count) => new()
    {
        Name = "Salespipeline",
        Unit = "EUR",
        Target = 900000,
        Cadence = Cadence.Week,
        Actuals = [.. Enumerable.Range(0, count).Select(i => new Actual(Period.Containing(Cadence.Week, Period.Week(year, firstWeek).Start.AddDays(7 * i)), 700000 + (i * 1000)))],
    };

    private static Kpi Monthly() => new()
    {
        Name = "Omzet",
        Unit = "EUR",
        Target = 100000,
        Cadence = Cadence.Month,
        Actuals = [new Actual(Period.Month(2026, 9), 98000), new Actual(Period.Month(2026, 10), 104000)],
    };

    /// <summary>The trends page of a chart with one KPI, in a language.</summary>
    private static List<TextElement> Card(Kpi kpi, Labels labels)
    {
        var chart = new Chart { Language = labels.Language, Processes = [new CoreProcess { Name = "Van lead naar deal", Owners = ["bram"], Kpis = [kpi] }] };
        var pages = TrendsPage.Build(new LayoutContext(chart, labels, Colours, new Findings([]), false, null, Page.A4), CancellationToken.None);
        Assert.That(pages, Has.Count.EqualTo(1));
        return [.. pages[0].OfType<TextElement>()];
    }

    private static string Week(int number) => $"{Labels.Dutch.Week} {number}";

    [Test]
    public void Dutch_periods_read_as_Dutch_writes_them()
    {
        Assert.Multiple(() =>
        {
            Assert.That(PeriodLabel.Of(Period.Week(2026, 43), ChartLanguage.Dutch), Is.EqualTo(Week(43)));
            Assert.That(PeriodLabel.Of(Period.Week(2026, 43), ChartLanguage.Dutch, withYear: true), Is.EqualTo(Week(43) + " '26"));
            Assert.That(PeriodLabel.Of(Period.Week(2026, 1), ChartLanguage.Dutch, withYear: true), Is.EqualTo(Week(1) + " '26"), "the ISO year: week 1 of 2026 starts on 29 December 2025");
            Assert.That(PeriodLabel.Spoken(Period.Week(2026, 43), ChartLanguage.Dutch), Is.EqualTo(PeriodFormat.Words(Period.Week(2026, 43), ChartLanguage.Dutch)).And.EqualTo("week 43 van 2026"));
            Assert.That(PeriodLabel.Of(Period.Month(2026, 10), ChartLanguage.Dutch), Is.EqualTo(Labels.Dutch.MonthNames[9][..3] + " 2026"));
            Assert.That(PeriodLabel.Of(Period.Quarter(2026, 4), ChartLanguage.Dutch), Is.EqualTo(PeriodFormat.Words(Period.Quarter(2026, 4), ChartLanguage.Dutch)).And.EqualTo("Q4 2026"));
            Assert.That(PeriodLabel.Of(Period.Day(new DateOnly(2026, 10, 31)), ChartLanguage.Dutch), Is.EqualTo("31 " + Labels.Dutch.MonthNames[9][..3] + " 2026"));
            Assert.That(PeriodLabel.Of(Period.Year(2026), ChartLanguage.Dutch), Is.EqualTo("2026"));
            Assert.That(PeriodLabel.Spoken(Period.Month(2026, 10), ChartLanguage.Dutch), Is.EqualTo(Labels.Dutch.MonthNames[9] + " 2026"));
        });
    }

    [Test]
    public void English_periods_stay_the_files_keys()
    {
        Period[] periods = [Period.Week(2026, 43), Period.Month(2026, 10), Period.Quarter(2026, 4), Period.Day(new DateOnly(2026, 10, 31)), Period.Year(2026)];
        Assert.That(periods.Select(p => PeriodLabel.Of(p, ChartLanguage.English)), Is.EqualTo(periods.Select(p => p.ToString())));
        Assert.That(periods.Select(p => PeriodLabel.Of(p, ChartLanguage.English, withYear: true)), Is.EqualTo(periods.Select(p => p.ToString())));
        Assert.That(periods.Select(p => PeriodLabel.Spoken(p, ChartLanguage.English)), Is.EqualTo(periods.Select(p => p.ToString())));
    }

    [Test]
    public void A_Dutch_weekly_card_says_week_beside_the_value_and_under_the_sparkline()
    {
        var texts = Card(Weekly(2026, 36, 6), Labels.Dutch);
        var words = texts.Select(t => t.Text).ToList();
        Assert.That(words, Has.None.Match(IsoKey().ToString()), "no 2026-W41 on a Dutch card");
        Assert.That(words.Count(w => w == Week(41)), Is.EqualTo(2), "beside the latest value, and at the sparkline's right end");
        Assert.That(words, Does.Contain(Week(36)), "at the sparkline's left end");

        // Beside the value: on its line, to its right. Under the sparkline: the first left of the last, both below the plot.
        var value = texts.Single(t => t.Text.StartsWith('€') && t.Size >= 9);
        var latest = texts.Where(t => t.Text == Week(41)).OrderBy(t => t.Bounds.Y).ToList();
        Assert.That(latest[0].Bounds.X, Is.GreaterThan(value.Bounds.Right));
        Assert.That(latest[0].Bounds.Y, Is.LessThan(value.Bounds.Bottom));
        var first = texts.Single(t => t.Text == Week(36));
        Assert.That(first.Bounds.Y, Is.EqualTo(latest[1].Bounds.Y).Within(0.01f));
        Assert.That(first.Bounds.Right, Is.LessThanOrEqualTo(latest[1].Bounds.X + 0.01f), "the two ends do not overlap");
        Assert.That(latest[1].Bounds.Y, Is.GreaterThan(value.Bounds.Bottom));
    }

    [Test]
    public void A_Dutch_monthly_card_says_the_month_and_year()
    {
        var words = Card(Monthly(), Labels.Dutch).Select(t => t.Text).ToList();
        var october = PeriodLabel.Of(Period.Month(2026, 10), ChartLanguage.Dutch);
        Assert.That(words, Does.Contain(october).And.Contain(PeriodLabel.Of(Period.Month(2026, 9), ChartLanguage.Dutch)));
        Assert.That(words, Has.None.EqualTo("2026-10"));
    }

    [Test]
    public void Weeks_across_the_new_year_carry_their_years_under_the_sparkline()
    {
        var words = Card(Weekly(2025, 50, 6), Labels.Dutch).Select(t => t.Text).ToList();
        Assert.That(words, Does.Contain(Week(50) + " '25").And.Contain(Week(3) + " '26"), "whole, not cut short");
        Assert.That(words, Does.Contain(Week(3)), "beside the value, the week alone");
        Assert.That(words, Has.None.Contain("\u2026"), "nothing cut short");
    }

    [Test]
    public void The_sparkline_in_words_names_the_weeks_in_full()
    {
        var kpi = Weekly(2026, 36, 6);
        var chart = new Chart { Language = ChartLanguage.Dutch, Processes = [new CoreProcess { Name = "P", Kpis = [kpi] }] };
        var summary = Sparkline.Summary(new LayoutContext(chart, Labels.Dutch, Colours, new Findings([]), false, null, Page.A4), kpi, kpi.Actuals);
        Assert.That(summary, Does.StartWith(NamedTemplate.Fill(Labels.Dutch.CourseOf, [new("count", 6), new("first-period", "week 36 van 2026"), new("last-period", "week 41 van 2026"), new("first", NumberFormatter.Quantity(700000, "EUR", ChartLanguage.Dutch)), new("last", NumberFormatter.Quantity(705000, "EUR", ChartLanguage.Dutch))])));
        Assert.That(summary, Does.Not.Match(IsoKey().ToString()));
    }

    /// <summary>The card's sentences name a period as its value and sparkline do: "laatst bijgewerkt week 38", not "wk 38".</summary>
    [Test]
    public void A_Dutch_cards_sentences_name_weeks_as_the_card_does()
    {
        var kpi = Weekly(2026, 33, 6);
        var chart = new Chart { Language = ChartLanguage.Dutch, Date = new DateOnly(2026, 11, 1), Processes = [new CoreProcess { Name = "Van lead naar deal", Owners = ["bram"], Kpis = [kpi] }] };
        var pages = TrendsPage.Build(new LayoutContext(chart, Labels.Dutch, Colours, new Findings([]), false, null, Page.A4), CancellationToken.None);
        var words = pages[0].OfType<TextElement>().Select(t => t.Text).ToList();
        Assert.That(words, Has.Some.StartsWith(NamedTemplate.Fill(Labels.Dutch.LastReported, [new("period", Week(38))]) + " \u00B7 "));
        Assert.That(TrendsPage.GapText(new Pace.Analysis.SeriesGap(Period.Week(2026, 11), Period.Week(2026, 19)), Labels.Dutch), Is.EqualTo(NamedTemplate.Fill(Labels.Dutch.GapMany, [new("first", Week(11)), new("last", Week(19))])));
        Assert.That(TrendsPage.GapText(new Pace.Analysis.SeriesGap(Period.Week(2026, 5), Period.Week(2026, 5)), Labels.English), Is.EqualTo(NamedTemplate.Fill(Labels.English.GapOne, [new("period", PeriodFormat.Brief(Period.Week(2026, 5), ChartLanguage.English))])), "English as before");
    }

    [Test]
    public void An_English_card_keeps_the_keys()
    {
        var words = Card(Weekly(2026, 36, 6), Labels.English).Select(t => t.Text).ToList();
        Assert.That(words.Count(w => w == "2026-W41"), Is.EqualTo(2));
        Assert.That(words, Does.Contain("2026-W36"));
        Assert.That(words, Has.None.StartsWith(Labels.Dutch.Week + " "));
    }

    [GeneratedRegex(@"\d{4}-W\d{2}")]
    private static partial Regex IsoKey();
}
