using System.Text;
using UglyToad.PdfPig;

namespace Pace.Rendering.Tests.Snapshots;

/// <summary>What the examples look like: the PDF's text layer word by word, and each page as a small image.</summary>
public sealed class ExampleSnapshotTests
{
    [TestCaseSource(typeof(TestCharts), nameof(TestCharts.Examples))]
    public void Pdf_text_layer_matches_the_approved_words(string example)
    {
        var pdf = ChartRenderer.RenderPages(TestCharts.Example(example))[0];
        Snapshot.Match(Words(pdf), example + ".pdf-words");
    }

    [Test]
    public void Acme_in_English_matches_the_approved_words()
    {
        var pdf = ChartRenderer.RenderPages(TestCharts.Checked(TestCharts.Example("acme-software"), ChartLanguage.English))[0];
        Snapshot.Match(Words(pdf), "acme-software-en.pdf-words");
    }

    [TestCaseSource(typeof(TestCharts), nameof(TestCharts.Examples))]
    public void Png_pages_match_the_approved_images(string example)
    {
        var pages = ChartRenderer.RenderPages(TestCharts.Checked(TestCharts.Example(example)), new RenderOptions { Format = OutputFormat.Png, PngDpi = 72 });
        Assert.Multiple(() =>
        {
            for (var i = 0; i < pages.Count; i++)
            {
                Snapshot.MatchPng(pages[i], $"{example}.page{i + 1}");
            }

            // A page that is no longer rendered must not leave its approved image behind unnoticed.
            Assert.That(Snapshot.Approved(example + ".page", "png"), Is.EquivalentTo(pages.Select((_, i) => $"{example}.page{i + 1}")), "one approved image per page");
        });
    }

    /// <summary>
    /// The words of every page in the order PdfPig reads them, one output line per run of words on the same
    /// baseline (so a snapshot reads like the chart's lines), pages separated.
    /// </summary>
    internal static string Words(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var sb = new StringBuilder();
        foreach (var page in document.GetPages())
        {
            sb.Append("--- page ").Append(page.Number).Append(" ---\n");
            double? baseline = null;
            foreach (var word in page.GetWords())
            {
                var y = Math.Round(word.BoundingBox.Bottom, 1);
                if (baseline is { } b && Math.Abs(b - y) < 0.6)
                {
                    sb.Append(' ');
                }
                else if (baseline is not null)
                {
                    sb.Append('\n');
                }

                sb.Append(word.Text);
                baseline = y;
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }
}
