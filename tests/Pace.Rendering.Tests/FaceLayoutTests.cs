using Pace.Rendering.Text;
using Pace.Analysis;
using Pace.Rendering.Layout;

namespace Pace.Rendering.Tests;

/// <summary>The FACe page, the FACe × PACe matrix and the people page's FACe columns, as geometry.</summary>
public sealed class FaceLayoutTests
{
    [TestCase(10)]
    [TestCase(12)]
    public void Ten_to_twelve_cards_fill_four_columns_and_three_rows_inside_the_page(int count)
    {
        const float top = 100;
        var cards = FacePage.Cards(Page.A4, count, top);
        Assert.Multiple(() =>
        {
            Assert.That(cards, Has.Count.EqualTo(count));
            Assert.That(cards.Select(c => c.X).Distinct().Count(), Is.EqualTo(4));
            Assert.That(cards.Select(c => c.Y).Distinct().Count(), Is.EqualTo(3));
            Assert.That(cards.All(c => c.Width > 180 && c.Height > 130), Is.True, "room for two lines of a long name and three indicators");
            Assert.That(cards.All(c => Page.A4.Content.Contains(c) && c.Bottom <= Page.A4.FooterTop && c.Y >= top), Is.True);
            for (var i = 0; i < cards.Count; i++)
            {
                for (var j = i + 1; j < cards.Count; j++)
                {
                    Assert.That(Overlap(cards[i], cards[j]), Is.False, $"cards {i} and {j} overlap");
                }
            }
        });
    }

    [TestCase(5, 3)]
    [TestCase(9, 3)]
    [TestCase(8, 4)]
    [TestCase(3, 3)]
    public void A_row_is_never_left_mostly_empty(int count, int columns)
    {
        Assert.That(FacePage.Cards(Page.A4, count, 100).Select(c => c.X).Distinct().Count(), Is.EqualTo(columns));
    }

    [TestCase(1, 9, 10, 60)]
    [TestCase(2, 9, 12, 120)]
    [TestCase(3, 4, 12, 500)]
    [TestCase(4, 9, 13, 60)]
    public void Long_names_at_the_limits_stay_inside_their_cells(int seed, int processes, int functions, int maxLength)
    {
        var chart = FaceCharts.Generated(seed, processes, functions, maxLength);
        var document = ChartRenderer.Lay(chart, RenderOptions.Default, CancellationToken.None);
        LayoutGeometryTests.AssertContained(document);

        var labels = Labels.For(chart.Language ?? ChartLanguage.English).Face;
        var face = document.Pages.Where(p => p.Texts.Any(t => t.Text.StartsWith(labels.FaceTitle, StringComparison.Ordinal))).ToList();
        var matrix = document.Pages.Where(p => p.Texts.Any(t => t.Text.StartsWith(labels.MatrixTitle, StringComparison.Ordinal))).ToList();
        var pages = (functions + FacePage.PerPage - 1) / FacePage.PerPage;
        Assert.Multiple(() =>
        {
            Assert.That(face, Has.Count.EqualTo(pages), "twelve cards a page");
            Assert.That(matrix, Has.Count.EqualTo(pages), "twelve columns a page");

            // Every function has its card: its name starts a bold line ("F7 …", or "F7" alone when a long word follows).
            for (var f = 0; f < functions; f++)
            {
                var number = "F" + f;
                Assert.That(face.SelectMany(p => p.Texts).Count(t => t.Face == FontFace.Bold && (t.Text == number || t.Text.StartsWith(number + " ", StringComparison.Ordinal))), Is.EqualTo(1), $"card of function {f}");
            }

            // The open seat is said in words, and the seat with two owners too.
            Assert.That(face[0].Texts.Count(t => t.Text == labels.OpenSeat), Is.EqualTo(1));
            Assert.That(face[0].Texts.Count(t => t.Text == labels.NoOwner), Is.EqualTo(1));

            // Every process is a row of the matrix: nothing is cut off with "+n more".
            Assert.That(matrix.SelectMany(p => p.Texts).Any(t => t.Text.StartsWith('+')), Is.False);
            Assert.That(FaceMatrixPage.RowHeight(Page.A4, processes, 100), Is.GreaterThanOrEqualTo(16));
        });
    }

    [Test]
    public void Column_headings_of_the_matrix_stay_readable_with_long_dutch_words()
    {
        var width = FaceMatrixPage.ColumnWidth(Page.A4, FaceMatrixPage.ColumnsPerPage) - 4;
        const string name = "Productontwikkeling en kwaliteitsborging";
        var heading = FaceMatrixPage.Hyphenated(name, width, FontFace.Bold, 7.5f);
        var words = heading.Split(' ');
        Assert.Multiple(() =>
        {
            Assert.That(words[0], Does.EndWith("-"));
            Assert.That(heading.Replace("- ", string.Empty, StringComparison.Ordinal), Is.EqualTo(name), "only hyphens were added, at the splits");
            Assert.That(words.All(w => Fonts.Measure(w, FontFace.Bold, 7.5f) <= width), Is.True);
            Assert.That(FaceMatrixPage.Hyphenated("Sales", width, FontFace.Bold, 7.5f), Is.EqualTo("Sales"));
        });
    }

    [Test]
    public void Matrix_marks_are_computed_from_the_steps()
    {
        var matrix = FaceMatrix.Of(FaceCharts.Small());
        Assert.Multiple(() =>
        {
            Assert.That(matrix.Processes, Is.EqualTo(2));
            Assert.That(matrix.Functions, Is.EqualTo(3));

            // Sales is named in Visit and Offer; Head in Offer (written "head": names compare ignoring case) and, by
            // Ann's seat, in Close, which names people only; Cy holds no seat, and the open IT seat takes part nowhere.
            Assert.That(matrix.Steps(0, 1), Is.EqualTo(2));
            Assert.That(matrix.Steps(0, 0), Is.EqualTo(2));
            Assert.That(matrix.Steps(0, 2), Is.Zero);
            Assert.That(Enumerable.Range(0, 3).Sum(f => matrix.Steps(1, f)), Is.Zero, "plain-name steps mark nothing");

            // Bob owns Lead to deal and holds the Sales seat; Cy owns Delivery and holds none.
            Assert.That(matrix.OwnerSeat(0, 1), Is.True);
            Assert.That(matrix.OwnerSeat(0, 0), Is.False);
            Assert.That(Enumerable.Range(0, 3).Any(f => matrix.OwnerSeat(1, f)), Is.False);
        });
    }

    [Test]
    public void Acme_matrix_shows_five_sales_steps_in_lead_to_deal_and_its_owner_seats()
    {
        var chart = TestCharts.Example("acme-software");
        var matrix = FaceMatrix.Of(chart);
        var sales = chart.Functions!.ToList().FindIndex(f => f.Name == "Verkoop");
        var head = chart.Functions!.ToList().FindIndex(f => f.Name == "Algemene leiding");
        var leadToDeal = chart.Processes.ToList().FindIndex(p => p.Name == "Van lead naar deal");
        Assert.Multiple(() =>
        {
            Assert.That(matrix.Steps(leadToDeal, sales), Is.EqualTo(5));
            Assert.That(matrix.OwnerSeat(leadToDeal, sales) && matrix.OwnerSeat(leadToDeal, head), Is.True, "Bram holds both seats");
        });

        // On the page: one numbered dot per marked cell (plus the legend's), with the step count as its number.
        var document = ChartRenderer.Lay(chart, RenderOptions.Default, CancellationToken.None);
        var page = document.Pages.Single(p => p.Texts.Any(t => t.Text == FaceLabels.Dutch.MatrixTitle));
        var marked = Enumerable.Range(0, matrix.Processes).Sum(p => Enumerable.Range(0, matrix.Functions).Count(f => matrix.Steps(p, f) > 0));
        var dots = page.Elements.OfType<CircleElement>().Count(c => c.Center.X > Page.Margin + FaceMatrixPage.ProcessWidth);
        var shaded = page.Elements.OfType<BoxElement>().Count(b => b.Fill == Palette.For(chart.Theme).AccentTint && b.Stroke is null);
        var owned = Enumerable.Range(0, matrix.Processes).Sum(p => Enumerable.Range(0, matrix.Functions).Count(f => matrix.OwnerSeat(p, f)));
        Assert.Multiple(() =>
        {
            Assert.That(dots, Is.EqualTo(marked));
            Assert.That(shaded, Is.EqualTo(owned));
            Assert.That(owned, Is.GreaterThanOrEqualTo(chart.Processes.Count), "every acme process owner holds a seat");
        });
    }

    [TestCase("technical-wholesaler")]
    [TestCase("brightleaf-foods")]
    public void A_PACe_only_chart_has_no_FACe_pages_and_the_people_columns_it_had(string example)
    {
        var chart = TestCharts.Example(example);
        Assert.That(chart.Functions, Is.Null);
        var document = ChartRenderer.Lay(chart, RenderOptions.Default, CancellationToken.None);
        var texts = document.Pages.SelectMany(p => p.Texts).Select(t => t.Text).ToList();
        var columns = PeopleColumns.For(chart, Page.A4.Width);
        Assert.Multiple(() =>
        {
            foreach (var labels in new[] { FaceLabels.English, FaceLabels.Dutch })
            {
                Assert.That(texts, Has.None.StartsWith(labels.FaceTitle).And.None.StartsWith(labels.MatrixTitle).And.None.EqualTo(labels.StepsTitle.ToUpperInvariant()));
            }

            Assert.That(columns.StepsWidth, Is.Zero);
            Assert.That((columns.PersonWidth, columns.ProcessX, columns.ProcessWidth, columns.KpiX, columns.CountWidth), Is.EqualTo((176f, 218f, 214f, 444f, 62f)));
        });
    }

    [Test]
    public void People_page_lists_seats_under_processes_and_steps_by_process()
    {
        var chart = FaceCharts.Small();
        var document = ChartRenderer.Lay(chart, RenderOptions.Default, CancellationToken.None);
        var heading = FaceLabels.English.StepsTitle.ToUpperInvariant();
        var people = document.Pages.Single(p => p.Texts.Any(t => t.Text == heading));
        var columns = PeopleColumns.For(chart, Page.A4.Width);
        var texts = people.Texts.ToList();
        var ann = PersonLoad.Of(chart).Single(l => l.Id == "ann");
        Assert.Multiple(() =>
        {
            Assert.That(ann.Seats, Is.EqualTo(new[] { 0 }));
            Assert.That(columns.StepsWidth, Is.GreaterThan(100));

            // Bob: his process, then his seat one line below, in the "accountable for" column.
            var process = texts.Single(t => t.Text == "Lead to deal" && t.Cell.X > columns.ProcessX && t.Cell.X < columns.KpiX);
            var seat = texts.Single(t => t.Text == "Sales" && t.Cell.X > columns.ProcessX && t.Cell.X < columns.KpiX);
            Assert.That(seat.Baseline, Is.GreaterThan(process.Baseline));

            // Ann takes part in Offer and Close of process 1, on one line in the steps column.
            Assert.That(texts.Count(t => t.Text == "Offer, Close" && t.Cell.X > columns.StepsX && t.Cell.Right <= columns.StepsX + columns.StepsWidth), Is.EqualTo(1));
        });
        LayoutGeometryTests.AssertContained(document);
    }

    /// <summary>Bram takes part in all five steps of "Van lead naar deal": their names wrap to a second line, none is cut.</summary>
    [Test]
    public void Many_steps_of_one_process_wrap_rather_than_being_cut()
    {
        var chart = TestCharts.Example("acme-software");
        var columns = PeopleColumns.For(chart, Page.A4.Width);
        var heading = FaceLabels.Dutch.StepsTitle.ToUpperInvariant();
        var people = ChartRenderer.Lay(chart, RenderOptions.Default, CancellationToken.None).Pages.Single(p => p.Texts.Any(t => t.Text == heading));
        var steps = people.Texts.Where(t => t.Cell.X >= columns.StepsX && t.Cell.Right <= columns.StepsX + columns.StepsWidth + 0.01f && t.Face == FontFace.Regular).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(steps.Select(t => t.Text), Has.None.EndsWith("\u2026"));
            Assert.That(steps.Select(t => t.Size), Is.All.EqualTo(8f));
            Assert.That(string.Join(" ", steps.Select(t => t.Text)), Does.Contain("Opvolgen, Bezoeken, Presenteren, Offreren, Afsluiten"));
        });
    }

    [TestCase("en")]
    [TestCase("nl")]
    public void Face_pages_speak_the_chart_language(ChartLanguage language)
    {
        var document = ChartRenderer.Lay(FaceCharts.Small() with { Language = language }, RenderOptions.Default, CancellationToken.None);
        var labels = Labels.For(language).Face;
        var texts = document.Pages.SelectMany(p => p.Texts).Select(t => t.Text).ToList();
        Assert.That(texts, Has.Member(labels.FaceTitle).And.Member(labels.MatrixTitle).And.Member(labels.OpenSeat).And.Member(labels.LeadingIndicators.ToUpperInvariant()).And.Member(labels.Outcomes.ToUpperInvariant()));
    }

    [Test]
    public void Svg_and_png_pages_carry_the_FACe_pages_too()
    {
        var check = TestCharts.Checked(TestCharts.Example("acme-software"));
        var pdfPages = ChartRenderer.Lay(check, RenderOptions.Default, CancellationToken.None).Pages.Count;
        var svgs = ChartRenderer.RenderPages(check, new RenderOptions { Format = OutputFormat.Svg });
        var pngs = ChartRenderer.RenderPages(check, new RenderOptions { Format = OutputFormat.Png, PngDpi = 20 });
        var svgText = svgs.Select(b => System.Text.Encoding.UTF8.GetString(b)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(svgs, Has.Count.EqualTo(pdfPages));
            Assert.That(pngs, Has.Count.EqualTo(pdfPages));
            Assert.That(svgText.Count(t => t.Contains(FaceLabels.Dutch.FaceTitle, StringComparison.Ordinal)), Is.EqualTo(1));
            Assert.That(svgText.Count(t => t.Contains(FaceLabels.Dutch.MatrixTitle, StringComparison.Ordinal)), Is.EqualTo(1));
            Assert.That(svgText.Count(t => t.Contains(FaceLabels.Dutch.OpenSeat, StringComparison.Ordinal)), Is.EqualTo(2), "the open seat, on its card and over its column");
        });
    }

    /// <summary>An empty <c>functions:</c> list is no FACe: the chart renders to the same bytes as without the key.</summary>
    [Test]
    public void An_empty_functions_list_renders_the_same_bytes_as_none()
    {
        var chart = TestCharts.Example("brightleaf-foods");
        var none = ChartRenderer.RenderPages(TestCharts.Checked(chart));
        var empty = ChartRenderer.RenderPages(TestCharts.Checked(chart with { Functions = [] }));
        Assert.That(empty[0], Is.EqualTo(none[0]));
    }

    /// <summary>As PACE030 counts owners: a seat written <c>owner: [ann, ann]</c> is held by Ann, not by nobody.</summary>
    [Test]
    public void A_seat_holder_written_twice_still_holds_the_seat()
    {
        var chart = FaceCharts.Small();
        var twice = chart with { Functions = [chart.Functions![0] with { Owners = ["ann", " ann"] }, .. chart.Functions.Skip(1)] };
        var face = ChartRenderer.Lay(twice, RenderOptions.Default, CancellationToken.None).Pages.Single(p => p.Texts.Any(t => t.Text == FaceLabels.English.FaceTitle));
        Assert.Multiple(() =>
        {
            Assert.That(FacePage.Holder(twice.Functions![0]), Is.EqualTo("ann"));
            Assert.That(face.Texts.Count(t => t.Text == "Ann"), Is.EqualTo(1));
            Assert.That(face.Texts.Any(t => t.Text == FaceLabels.English.NoOwner), Is.False);
        });
    }

    private static bool Overlap(Rect a, Rect b) => a.X < b.Right && b.X < a.Right && a.Y < b.Bottom && b.Y < a.Bottom;
}
