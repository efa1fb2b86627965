using System.Globalization;
using System.Text.RegularExpressions;
using Pace.Analysis;
using Pace.Tests.Rules;

namespace Pace.Tests.Conventions;

/// <summary>
/// Every rule page says where its number comes from: an article (quoted in Dutch, with its id) or Pace's own choice
/// (with the reason) — and the numbers Pace chose itself, the traffic-light tolerance and the trend's flat band, are
/// said to be Pace's wherever they are explained.
/// </summary>
public sealed partial class ThresholdTests
{
    private static IEnumerable<string> RulePages() => CitationTests.RulePages().Select(Path.GetFileName)!;

    [TestCaseSource(nameof(RulePages))]
    public void Every_rule_page_says_whose_its_threshold_is(string page)
    {
        var text = Read("docs", "rules", page);
        var threshold = ThresholdParagraph().Match(text);
        Assert.That(threshold.Success, Is.True, $"{page} has a '**Threshold:**' paragraph after the severity line");
        var said = Flatten(threshold.Groups[1].Value);
        var fromArticle = FromArticle().Match(said);
        var ownChoice = OwnChoice().Match(said);
        Assert.That(
            said.StartsWith("none — ", StringComparison.Ordinal) || fromArticle.Success || ownChoice.Success,
            Is.True,
            $"{page}: 'none — …', 'from A00x: \"quote\"', 'from PACE-FORM …' or 'Pace's own: why' — got: {said}");
        Assert.That(text.IndexOf("**Threshold:**", StringComparison.Ordinal), Is.LessThan(text.IndexOf("## What it checks", StringComparison.Ordinal)), page);
    }

    [Test]
    public void The_default_tolerance_is_said_to_be_Paces_own_where_it_is_explained()
    {
        var percent = (StatusCheck.DefaultTolerance * 100).ToString("0.#", CultureInfo.InvariantCulture) + " %";
        Assert.That(percent, Is.EqualTo("10 %"));
        var pace018 = Flatten(ThresholdParagraph().Match(Read("docs", "rules", "PACE018.md")).Groups[1].Value);
        Assert.That(pace018, Does.Contain(percent).And.Contain("Pace's own"));
        Assert.That(OwnChoiceRow(percent), Does.Contain("tolerance"));
        Assert.That(Flatten(Read("docs", "rules", "README.md")), Does.Contain($"default {percent} — Pace's own choice"));
    }

    [Test]
    public void The_flat_band_of_a_trend_is_said_to_be_Paces_own_where_it_is_explained()
    {
        var percent = (TrendAnalysis.FlatBand * 100).ToString("0.#", CultureInfo.InvariantCulture) + " %";
        Assert.That(percent, Is.EqualTo("2.5 %"));
        Assert.That(OwnChoiceRow(percent), Does.Contain("flat band"));
        Assert.That(Flatten(Read("docs", "rules", "README.md")), Does.Contain($"flat within {percent} of the mean across the window, Pace's own choice"));
    }

    /// <summary><c>tolerance</c> is a miss in either direction: below target when higher is better, above when lower is.</summary>
    [Test]
    public void The_format_reference_says_tolerance_follows_better()
    {
        var row = Read("docs", "format.md").Split('\n').Single(l => l.StartsWith("| `tolerance` |", StringComparison.Ordinal));
        Assert.That(row, Does.Contain("`better: higher`").And.Contain("`better: lower`"));
        Assert.That(row, Does.Not.Contain("how far below target"));
        Assert.That(row, Does.Contain("Pace's own"));
    }

    /// <summary>A003 cuts targets into months for motivation ("dan is dat niet stimulerend"), not for early warning.</summary>
    [Test]
    public void PACE018_page_gives_A003s_own_reason_motivation()
    {
        var page = Flatten(Read("docs", "rules", "PACE018.md"));
        Assert.That(page, Does.Contain("dan is dat niet stimulerend"));
        Assert.That(page, Does.Contain("motivation"));
        Assert.That(page, Does.Not.Contain("for the same reason"));
    }

    private static string OwnChoiceRow(string value)
    {
        var sources = Read("docs", "sources.md");
        var table = sources[sources.IndexOf("## Pace's own choices", StringComparison.Ordinal)..];
        return table.Split('\n').SingleOrDefault(l => l.StartsWith('|') && l.Contains(value, StringComparison.Ordinal)) ?? "";
    }

    private static string Read(params string[] path) =>
        File.ReadAllText(Path.Combine([RuleConventionTests.RepositoryRoot(), .. path]));

    private static string Flatten(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"^\*\*Threshold:\*\* ((?:.+\n)+)", RegexOptions.Multiline)]
    private static partial Regex ThresholdParagraph();

    /// <summary>"from A001: "…"" (an article, quoted) or "from PACE-FORM" (the form, in English).</summary>
    [GeneratedRegex(@" — from (A\d{3}( and A\d{3})?: ""[^""]+""|PACE-FORM\b|FACE-FORM\b)")]
    private static partial Regex FromArticle();

    /// <summary>"Pace's own: why" or "Pace's own, after A001, …: why" — a reason follows.</summary>
    [GeneratedRegex(@" — Pace's own\b[^:]*: \S.{20,}")]
    private static partial Regex OwnChoice();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
