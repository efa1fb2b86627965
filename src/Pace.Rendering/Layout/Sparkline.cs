using Pace.Analysis;
using Pace.Rendering.Text;
using Pace.Localization;

namespace Pace.Rendering.Layout;

/// <summary>
/// A small line chart of a KPI's actuals in period order, with the target as a dashed line and the range and
/// first/last periods as small labels (in Dutch as Dutch writes them: <see cref="PeriodLabel"/>). The scale
/// (<see cref="ValueScale"/>) always includes the target, so the distance to it reads true.
/// </summary>
internal static class Sparkline
{
    private const float LabelWidth = 34;

    /// <summary>Adds the sparkline, its axis labels and target line inside a box.</summary>
    /// <remarks>Read as one figure: the words of <see cref="Summary"/>.</remarks>
    public static void Add(PageBuilder page, LayoutContext ctx, Kpi kpi, Rect box)
    {
        var p = ctx.Palette;
        var actuals = Series.Fitting(kpi);
        if (actuals.Count == 0 || box.Width <= LabelWidth + 10 || box.Height <= 10)
        {
            return;
        }

        using var figure = page.Open(Role.Figure, Summary(ctx, kpi, actuals));

        // Inset by the largest dot radius, so dots on the extremes stay inside the box.
        var plot = Rect.FromEdges(box.X + LabelWidth + 3, box.Y + 3, box.Right - 3, box.Bottom - 3);
        var scale = ValueScale.Spanning([.. actuals.Select(a => a.Value)], kpi.Target);
        float Y(decimal v) => plot.Bottom - (scale.Fraction(v) * plot.Height);
        float X(int i) => actuals.Count == 1 ? plot.X + (plot.Width / 2) : plot.X + (plot.Width * i / (actuals.Count - 1));

        // Frame: a baseline and the range labels.
        page.Add(new LineElement(new(plot.X, plot.Bottom), new(plot.Right, plot.Bottom), p.Rule, 0.5f));
        var label = new TextStyle(FontFace.Regular, 6, p.Muted, MaxLines: 1, Align: Align.Right).Fixed();
        TextFitter.Add(page, NumberFormatter.Quantity(scale.High, kpi.Unit, ctx.Language), new Rect(box.X, plot.Y - 3.6f, LabelWidth - 4, 7.2f), label);
        TextFitter.Add(page, NumberFormatter.Quantity(scale.Low, kpi.Unit, ctx.Language), new Rect(box.X, plot.Bottom - 3.6f, LabelWidth - 4, 7.2f), label);

        if (kpi.Target is { } target)
        {
            var ty = Y(target);
            page.Add(new LineElement(new(plot.X, ty), new(plot.Right, ty), p.Muted, 0.75f, Dashed: true));

            // Name the dashed line at its right end, above it when there is room, else below.
            var word = new Rect(plot.Right - 60, ty - 8, 60, 7.2f);
            word = word.Y >= box.Y ? word : word with { Y = ty + 1 };
            TextFitter.Add(page, ctx.Labels.Target, word, new TextStyle(FontFace.Regular, 6, p.Muted, MaxLines: 1, Align: Align.Right).Fixed());
        }

        // A flow's period still under way is a part of a period, not a point on the line: dashed to it, hollow.
        var partial = ctx.Standing(kpi).Latest is { ProRata: true };
        var points = actuals.Select((a, i) => new Point(X(i), Y(a.Value))).ToList();
        var solid = partial ? points[..^1] : points;
        if (solid.Count > 1)
        {
            page.Add(new PathElement(solid, false, null, p.Accent, 1.25f));
        }

        if (partial && points.Count > 1)
        {
            page.Add(new LineElement(points[^2], points[^1], p.Accent, 1f, Dashed: true));
        }

        for (var i = 0; i < points.Count; i++)
        {
            var last = i == points.Count - 1;
            page.Add(new CircleElement(points[i], last ? 2.6f : 1.4f, last && !partial ? p.Accent : p.Paper, p.Accent, last ? 1f : 0.75f));
        }

        // First and last period under the plot.
        var period = new TextStyle(FontFace.Regular, 6, p.Muted, MaxLines: 1).Fixed();
        var under = new Rect(plot.X, box.Bottom + 2, plot.Width / 2, 7.2f);
        var years = PeriodLabel.SpansYears(actuals[0].Period, actuals[^1].Period);
        TextFitter.Add(page, PeriodLabel.Of(actuals[0].Period, ctx.Language, years), under, period);
        if (actuals.Count > 1)
        {
            TextFitter.Add(page, PeriodLabel.Of(actuals[^1].Period, ctx.Language, years), under with { X = plot.X + (plot.Width / 2) }, period with { Align = Align.Right });
        }
    }

    /// <summary>
    /// The sparkline in one line of words, for a reader who cannot see it: "Course of 6 actuals, 2026-W36 to 2026-W41:
    /// first € 610.000, last € 700.000, target € 900.000"; in Dutch "… week 36 van 2026 tot week 41 van 2026 …". The
    /// trend in words is on the card beside it.
    /// </summary>
    public static string Summary(LayoutContext ctx, Kpi kpi, IReadOnlyList<Actual> actuals)
    {
        var labels = ctx.Labels;
        string Amount(decimal value) => NumberFormatter.Quantity(value, kpi.Unit, ctx.Language);
        string Said(Period period) => PeriodLabel.Spoken(period, ctx.Language);
        var words = actuals.Count == 1
            ? NamedTemplate.Fill(labels.CourseOfOne, [new("period", Said(actuals[0].Period)), new("value", Amount(actuals[0].Value))])
            : NamedTemplate.Fill(labels.CourseOf, [new("count", actuals.Count), new("first-period", Said(actuals[0].Period)), new("last-period", Said(actuals[^1].Period)), new("first", Amount(actuals[0].Value)), new("last", Amount(actuals[^1].Value))]);
        return kpi.Target is { } target ? words + ", " + labels.Target + " " + Amount(target) : words;
    }
}
