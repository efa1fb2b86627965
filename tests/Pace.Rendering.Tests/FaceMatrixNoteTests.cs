using Pace.Rendering.Layout;

namespace Pace.Rendering.Tests;

/// <summary>
/// A row of the FACe × PACe matrix that nothing marks (its steps are plain names, or name nobody the FACe knows)
/// says so in the row, in the chart's language, inside its row and its cells, with no column rule through the words.
/// </summary>
public sealed class FaceMatrixNoteTests
{
    [TestCase("en")]
    [TestCase("nl")]
    public void A_row_of_plain_steps_carries_the_note_inside_its_row(ChartLanguage language)
    {
        // Small: "Lead to deal" names who takes part in its steps; "Delivery" (the last row) has plain names only.
        var chart = FaceCharts.Small() with { Language = language };
        var label = Labels.For(language).Face.EmptyRow;
        var page = MatrixPage(chart, Labels.For(language).Face);
        var notes = page.Texts.Where(t => t.Text == label).ToList();
        Assert.That(notes, Has.Count.EqualTo(1), "the plain row only");
        var note = notes[0];

        // The row rules across the page, between the title and the legend: below the headings, below Lead to deal,
        // below Delivery (the page's header and footer rules lie outside).
        var title = page.Texts.First(t => t.Text == Labels.For(language).Face.MatrixTitle).Baseline;
        var legend = page.Texts.Single(t => t.Text == Labels.For(language).Face.TakesPart).Bounds.Y;
        var rules = page.Elements.OfType<LineElement>().Where(l => l.From.Y == l.To.Y && l.From.Y > title && l.From.Y < legend && l.From.X <= Page.Margin && l.To.X >= Page.A4.Width - Page.Margin)
            .Select(l => l.From.Y).Order().ToList();
        Assert.That(rules, Has.Count.EqualTo(chart.Processes.Count + 1));
        Assert.Multiple(() =>
        {
            Assert.That(note.Bounds.Y, Is.GreaterThanOrEqualTo(rules[1]), "below the first process's row");
            Assert.That(note.Bounds.Bottom, Is.LessThanOrEqualTo(rules[2]), "above the row's lower rule");
            Assert.That(note.Bounds.X, Is.GreaterThanOrEqualTo(Page.Margin + FaceMatrixPage.ProcessWidth), "in the cells, not over the process");
            Assert.That(note.Bounds.Right, Is.LessThanOrEqualTo(Page.A4.Width - Page.Margin));
            Assert.That(note.Text, Does.Not.EndWith("\u2026"), "the whole note, not cut");
            Assert.That(Crossing(page, note.Bounds), Is.Empty, "no column rule strikes through the note");
        });
    }

    [Test]
    public void The_note_is_read_with_its_process_and_drawn_over_the_owner_shading()
    {
        // Make Delivery's owner hold the IT seat, so its plain row has a shaded cell under the note.
        var small = FaceCharts.Small();
        var chart = small with { Functions = [.. small.Functions!.Take(2), small.Functions![2] with { Vacant = false, Owners = ["cy"] }] };
        var page = MatrixPage(chart, FaceLabels.English);
        var note = page.Texts.Single(t => t.Text == FaceLabels.English.EmptyRow);
        var header = page.Nodes.SelectMany(n => n.Descendants()).Single(n => n.Role == Role.HeaderCell && n.Items.Any(i => ReferenceEquals(i.Content, note)));
        var elements = page.Elements.ToList();
        var shading = elements.OfType<BoxElement>().Where(b => b.Fill == Palette.For(chart.Theme).AccentTint && b.Stroke is null && b.Bounds.Y < note.Bounds.Bottom && b.Bounds.Bottom > note.Bounds.Y).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(header.Items.Select(i => i.Content).OfType<TextElement>().Select(t => t.Text), Does.Contain("Delivery"), "read after the process's name, in its heading cell");
            Assert.That(shading, Is.Not.Empty, "Cy owns Delivery and holds the IT seat");
            Assert.That(shading.All(b => elements.IndexOf(b) < elements.IndexOf(note)), Is.True, "the shading is drawn first, the note over it");
        });
    }

    [Test]
    public void Acme_notes_exactly_the_rows_nothing_marks()
    {
        var chart = TestCharts.Example("acme-software");
        var matrix = FaceMatrix.Of(chart);
        var empty = Enumerable.Range(0, matrix.Processes).Count(p => Enumerable.Range(0, matrix.Functions).All(f => matrix.Steps(p, f) == 0));
        var page = MatrixPage(chart, FaceLabels.Dutch);
        var notes = page.Texts.Where(t => t.Text == FaceLabels.Dutch.EmptyRow).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(empty, Is.GreaterThan(0).And.LessThan(chart.Processes.Count), "acme has rows with and without marks");
            Assert.That(notes, Has.Count.EqualTo(empty));
            Assert.That(notes.SelectMany(n => Crossing(page, n.Bounds)), Is.Empty);
        });

        // The dots and the owner's shading are still there: the note only fills what was blank.
        var dots = page.Elements.OfType<CircleElement>().Count(c => c.Center.X > Page.Margin + FaceMatrixPage.ProcessWidth);
        var marked = Enumerable.Range(0, matrix.Processes).Sum(p => Enumerable.Range(0, matrix.Functions).Count(f => matrix.Steps(p, f) > 0));
        Assert.That(dots, Is.EqualTo(marked));
    }

    [Test]
    public void A_matrix_where_every_row_is_marked_has_no_note_and_unbroken_column_rules()
    {
        var small = FaceCharts.Small();
        var delivery = small.Processes[1] with { Steps = [new ProcessStep { Name = "Plan", Functions = ["IT"] }] };
        var chart = small with { Processes = [small.Processes[0], delivery] };
        var page = MatrixPage(chart, FaceLabels.English);
        var columns = page.Elements.OfType<LineElement>().Where(l => l.From.X == l.To.X && l.From.X > Page.Margin + FaceMatrixPage.ProcessWidth - 0.5f).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(page.Texts.Any(t => t.Text == FaceLabels.English.EmptyRow), Is.False);
            Assert.That(columns, Has.Count.EqualTo(chart.Functions!.Count + 1), "one rule a column boundary, top to bottom, as before the note existed");
        });
    }

    private static LayoutPage MatrixPage(Chart chart, FaceLabels labels) =>
        ChartRenderer.Lay(chart, RenderOptions.Default, CancellationToken.None).Pages.Single(p => p.Texts.Any(t => t.Text == labels.MatrixTitle));

    /// <summary>The vertical rules that pass through a box.</summary>
    private static IEnumerable<LineElement> Crossing(LayoutPage page, Rect box) =>
        page.Elements.OfType<LineElement>().Where(l => l.From.X == l.To.X && l.From.X > box.X && l.From.X < box.Right
            && Math.Min(l.From.Y, l.To.Y) < box.Bottom && Math.Max(l.From.Y, l.To.Y) > box.Y);
}
