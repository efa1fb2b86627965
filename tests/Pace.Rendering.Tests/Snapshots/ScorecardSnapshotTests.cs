using System.Text;
using Pace.Rendering.Layout;

namespace Pace.Rendering.Tests.Snapshots;

/// <summary>The scorecard page's text, as it reads: one line per row of text, left to right.</summary>
public sealed class ScorecardSnapshotTests
{
    [TestCase("acme-software", "nl")]
    [TestCase("acme-software", "en")]
    [TestCase("technical-wholesaler", "en")]
    public void Scorecard_text_matches_the_approved_text(string example, ChartLanguage language)
    {
        var labels = Labels.For(language);
        var document = ChartRenderer.Lay(TestCharts.Checked(TestCharts.Example(example), language), RenderOptions.Default, CancellationToken.None);
        var page = document.Pages.Single(p => p.Texts.Any(t => t.Text == labels.ScorecardTitle && t.Size >= 12));
        Snapshot.Match(Read(page), $"{example}-{(language == ChartLanguage.Dutch ? "nl" : "en")}.scorecard");
    }

    /// <summary>
    /// The page's text runs as lines: runs whose baselines lie within 1.6 pt of the line's first (a 7 pt name beside an
    /// 8 pt arrow, both centred in their row) read as one line, left to right, joined by " | ".
    /// </summary>
    internal static string Read(LayoutPage page)
    {
        var lines = new List<List<TextElement>>();
        foreach (var text in page.Texts.OrderBy(t => t.Baseline))
        {
            if (lines.Count > 0 && text.Baseline - lines[^1][0].Baseline <= 1.6f)
            {
                lines[^1].Add(text);
            }
            else
            {
                lines.Add([text]);
            }
        }

        var sb = new StringBuilder();
        foreach (var line in lines)
        {
            sb.Append(string.Join(" | ", line.OrderBy(t => t.X).Select(t => t.Text))).Append('\n');
        }

        return sb.ToString();
    }
}
