using Pace.Rendering.Text;
using System.Globalization;
using Pace.Analysis;

namespace Pace.Rendering.Layout;

/// <summary>
/// The people page's columns, and what the FACe adds to a person's row: the seats they hold (under the processes they
/// are accountable for) and the steps they take part in, one line a process. A chart without functions and without
/// people in its steps keeps the PACe columns exactly as they were.
/// </summary>
internal static class PeopleFace
{
    /// <summary>The most lines one process's steps take in a person's row; beyond, the names are cut with an ellipsis.</summary>
    private const int MaxStepLines = 2;

    /// <summary>Where step names start: right of the process number's ring.</summary>
    private const float StepIndent = 15;

    private const float StepSize = 8;

    /// <summary>Whether the chart says anything the FACe columns show: functions, or people in steps.</summary>
    public static bool Applies(Chart chart) =>
        chart.Functions is { Count: > 0 } || chart.Processes.Any(p => p.Steps.Any(s => s.People.Count > 0));

    /// <summary>The seats a person holds, below their processes (<paramref name="line"/> is the row's first line), each with a square mark (processes have round ones).</summary>
    public static void Seats(PageBuilder page, LayoutContext ctx, PersonLoad load, Rect line)
    {
        var p = ctx.Palette;
        var functions = ctx.Chart.Functions ?? [];
        var y = line.Y + (load.OwnedProcesses.Count * line.Height);
        var r = MathF.Min(5, (line.Height / 2) - 0.5f);
        foreach (var index in load.Seats)
        {
            page.Decorate(new BoxElement(new Rect(line.X, y + (line.Height / 2) - r, 2 * r, 2 * r), p.AccentTint, p.Accent, 0.75f, 1));
            TextFitter.Add(page, TextSanitizer.Clean(functions[index].Name), new Rect(line.X + (2 * r) + 5, y, line.Width - (2 * r) - 5, line.Height), new TextStyle(FontFace.Regular, 8, p.Ink, MaxLines: 1, Middle: true));
            y += line.Height;
        }
    }

    /// <summary>The lines the steps column needs for a person: per process, its step names wrapped (at most two lines).</summary>
    public static int StepLines(LayoutContext ctx, PersonLoad load, float width) =>
        load.Steps.GroupBy(s => s.ProcessIndex).Sum(group => LinesOf(StepNames(ctx, group), width));

    /// <summary>The steps a person takes part in: per process its number in a ring and the step names, in chart order.</summary>
    public static void Steps(PageBuilder page, LayoutContext ctx, PersonLoad load, Rect line)
    {
        var p = ctx.Palette;
        var y = line.Y;
        var r = MathF.Min(5, (line.Height / 2) - 0.5f);
        foreach (var group in load.Steps.GroupBy(s => s.ProcessIndex))
        {
            var names = StepNames(ctx, group);
            var lines = LinesOf(names, line.Width);
            page.Decorate(new CircleElement(new(line.X + r, y + (line.Height / 2)), r, null, p.Accent, 0.75f));
            TextFitter.Add(page, (group.Key + 1).ToString(CultureInfo.InvariantCulture), new Rect(line.X, y + (line.Height / 2) - r, 2 * r, 2 * r), new TextStyle(FontFace.Bold, MathF.Min(6, r * 1.2f), p.Accent, MaxLines: 1, Align: Align.Center, Middle: true).Fixed());
            TextFitter.Add(page, names, new Rect(line.X + StepIndent, y, line.Width - StepIndent, lines * line.Height), new TextStyle(FontFace.Regular, StepSize, p.Ink, MinSize: 6.5f, MaxLines: lines, Middle: lines == 1));
            y += lines * line.Height;
        }
    }

    /// <summary>The lines one process's step names take in a steps column <paramref name="width"/> wide: one to <see cref="MaxStepLines"/>.</summary>
    private static int LinesOf(string names, float width) =>
        Math.Clamp(TextFitter.Wrap(names, width - StepIndent, FontFace.Regular, StepSize).Count, 1, MaxStepLines);

    private static string StepNames(LayoutContext ctx, IGrouping<int, StepPlace> group) =>
        string.Join(", ", group.Select(s => TextSanitizer.Clean(ctx.Chart.Processes[group.Key].Steps[s.StepIndex].Name)).Where(n => n.Length > 0));
}

/// <summary>Where the people page's columns sit; the steps column has no width on a chart without the FACe.</summary>
internal sealed record PeopleColumns(float PersonX, float PersonWidth, float ProcessX, float ProcessWidth, float KpiX, float KpiWidth, float StepsX, float StepsWidth, float CountX, float LeadingX, float CountWidth)
{
    /// <summary>The columns for a chart: the PACe set, or the narrower set with a steps column.</summary>
    public static PeopleColumns For(Chart chart, float pageWidth)
    {
        var left = Page.Margin;
        var right = pageWidth - Page.Margin;
        if (!PeopleFace.Applies(chart))
        {
            const float gutter = 12;
            const float countWidth = 62;
            var processX = left + 176 + gutter;
            var kpiX = processX + 214 + gutter;
            var leadingX = right - countWidth;
            var countX = leadingX - gutter - countWidth;
            return new PeopleColumns(left, 176, processX, 214, kpiX, countX - gutter - kpiX, 0, 0, countX, leadingX, countWidth);
        }

        // Five lists and two counts share 782 pt: the KPI column keeps the most (its names are the longest).
        const float gap = 10;
        const float count = 62;
        var processAt = left + 130 + gap;
        var kpiAt = processAt + 165 + gap;
        var leadingAt = right - count;
        var countAt = leadingAt - gap - count;
        var stepsAt = countAt - gap - 144;
        return new PeopleColumns(left, 130, processAt, 165, kpiAt, stepsAt - gap - kpiAt, stepsAt, 144, countAt, leadingAt, count);
    }
}
