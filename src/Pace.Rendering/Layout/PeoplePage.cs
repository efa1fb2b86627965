using System.Globalization;
using Pace.Analysis;
using Pace.Rendering.Text;
using Pace.Localization;

namespace Pace.Rendering.Layout;

/// <summary>
/// Page 2, people and focus: the KPI mix of the whole chart, then one row per person — the processes they
/// are accountable for, the KPIs they report, and how that compares with a handful (3–4 KPIs, at least 1 leading:
/// A001's "in ieder geval 1 tot 2" is a minimum, so more than two is not marked). With the FACe, a person's seats join
/// the processes they are accountable for, and a column lists the steps they take part in (see <see cref="PeopleFace"/>).
/// </summary>
internal static class PeoplePage
{
    private const float Pad = 6;

    /// <summary>Lays out the page (without footer).</summary>
    public static PageBuilder Build(LayoutContext ctx)
    {
        var page = new PageBuilder();
        var p = ctx.Palette;
        var y = PageFrame.Header(page, ctx, repeated: true);
        y = PageFrame.Section(page, ctx, y, ctx.Labels.PeopleTitle, ctx.Labels.PeopleIntro);
        y = Mix(page, ctx, y) + 16;

        var left = Page.Margin;
        var right = ctx.Page.Width - Page.Margin;
        var c = PeopleColumns.For(ctx.Chart, ctx.Page.Width);

        // A table: a row of column headings, then one row per person, headed by the person.
        var table = page.Open(Role.Table);
        var shown = 0;
        var heading = new TextStyle(FontFace.Bold, 7, p.Muted, MaxLines: 1);
        using (page.Open(Role.TableRow))
        {
            HeaderCell(page, ctx.Labels.Person.ToUpperInvariant(), new Rect(c.PersonX, y, c.PersonWidth, 9), heading);
            HeaderCell(page, ctx.Labels.Owns.ToUpperInvariant(), new Rect(c.ProcessX, y, c.ProcessWidth, 9), heading);
            HeaderCell(page, ctx.Labels.Reports.ToUpperInvariant(), new Rect(c.KpiX, y, c.KpiWidth, 9), heading);
            if (c.StepsWidth > 0)
            {
                HeaderCell(page, ctx.Labels.Face.StepsTitle.ToUpperInvariant(), new Rect(c.StepsX, y, c.StepsWidth, 9), heading);
            }

            HeaderCell(page, ctx.Labels.Handful.ToUpperInvariant(), new Rect(c.CountX, y, c.CountWidth, 9), heading with { Align = Align.Right });
            HeaderCell(page, ctx.Labels.LeadingCount.ToUpperInvariant(), new Rect(c.LeadingX, y, c.CountWidth, 9), heading with { Align = Align.Right });
        }

        y += 12;
        page.Decorate(new LineElement(new(left, y), new(right, y), p.Ink, 0.75f));

        // Every row needs as many lines as its longest list; lines shrink (to a floor) so all people fit the page.
        // Who reports what is Analysis's PersonLoad, the same count the handful rules (PACE011, PACE012) judge.
        var people = PersonLoad.Of(ctx.Chart).Select(load => new PersonRow(load, ctx.PersonName(load.Id), ctx.PersonRole(load.Id))).ToList();
        var bottom = ctx.Page.FooterTop - 8;
        var lines = people.Select(person => Lines(ctx, person, c)).ToList();
        var totalLines = lines.Sum();
        var lineHeight = totalLines == 0 ? 11 : Math.Clamp((bottom - y - (people.Count * 2 * Pad)) / totalLines, 8.5f, 11f);
        for (var i = 0; i < people.Count; i++)
        {
            var height = (lines[i] * lineHeight) + (2 * Pad);
            if (y + height > bottom + 0.5f)
            {
                break;
            }

            var row = new Rect(left, y, right - left, height);
            using (page.Open(Role.TableRow))
            {
                Row(page, ctx, people[i], row.Deflate(0, Pad), lineHeight, c);
            }

            page.Decorate(new LineElement(new(left, row.Bottom), new(right, row.Bottom), p.Rule, 0.5f));
            y = row.Bottom;
            shown++;
        }

        table.Dispose();
        if (shown < people.Count)
        {
            using var paragraph = page.Open(Role.Paragraph);
            var more = NamedTemplate.Fill(ctx.Labels.MoreKpis, [new("count", people.Count - shown)]);
            TextFitter.Add(page, more, new Rect(left, y + 4, right - left, 10), new TextStyle(FontFace.Regular, 7.5f, p.Muted, MaxLines: 1));
        }

        return page;
    }

    private static void HeaderCell(PageBuilder page, string text, Rect box, TextStyle style)
    {
        using var cell = page.Open(Role.HeaderCell);
        TextFitter.Add(page, text, box, style);
    }

    /// <summary>
    /// The lines a person's row needs: name and role take two, lists one per entry (with the FACe: processes and
    /// seats share a column; steps take a line or two per process).
    /// </summary>
    private static int Lines(LayoutContext ctx, PersonRow person, PeopleColumns c)
    {
        var owned = person.Load.OwnedProcesses.Count + (c.StepsWidth > 0 ? person.Load.Seats.Count : 0);
        var steps = c.StepsWidth > 0 ? PeopleFace.StepLines(ctx, person.Load, c.StepsWidth) : 0;
        return Math.Max(person.Role.Length > 0 ? 2 : 1, Math.Max(Math.Max(owned, steps), person.Load.ReportedKpis.Count));
    }

    private static void Row(PageBuilder page, LayoutContext ctx, PersonRow person, Rect row, float lineHeight, PeopleColumns c)
    {
        var (personX, processX, kpiX, kpiWidth, countX, leadingX) = (c.PersonX, c.ProcessX, c.KpiX, c.KpiWidth, c.CountX, c.LeadingX);
        var p = ctx.Palette;
        using (page.Open(Role.HeaderCell, scope: HeaderScope.Row))
        {
            var name = TextFitter.Add(page, person.Name, new Rect(personX, row.Y, c.PersonWidth, person.Role.Length > 0 ? MathF.Max(lineHeight, row.Height - lineHeight) : row.Height), new TextStyle(FontFace.Bold, 9, p.Ink, MaxLines: 2));
            if (person.Role.Length > 0)
            {
                TextFitter.Add(page, person.Role, new Rect(personX, row.Y + name.Height + 1, c.PersonWidth, row.Height - name.Height - 1), new TextStyle(FontFace.Regular, 7.5f, p.Muted));
            }
        }

        using (page.Open(Role.Cell))
        {
            var y = row.Y;
            foreach (var index in person.Load.OwnedProcesses)
            {
                var number = index + 1;
                var process = ctx.Chart.Processes[index];
                var r = MathF.Min(5, (lineHeight / 2) - 0.5f);
                page.Decorate(new CircleElement(new(processX + r, y + (lineHeight / 2)), r, p.Accent));
                TextFitter.Add(page, number.ToString(CultureInfo.InvariantCulture), new Rect(processX, y + (lineHeight / 2) - r, 2 * r, 2 * r), new TextStyle(FontFace.Bold, MathF.Min(6, r * 1.2f), p.OnAccent, MaxLines: 1, Align: Align.Center, Middle: true).Fixed());
                TextFitter.Add(page, TextSanitizer.Clean(process.Name), new Rect(processX + (2 * r) + 5, y, c.ProcessWidth - (2 * r) - 5, lineHeight), new TextStyle(FontFace.Regular, 8, p.Ink, MaxLines: 1, Middle: true));
                y += lineHeight;
            }

            if (c.StepsWidth > 0)
            {
                PeopleFace.Seats(page, ctx, person.Load, new Rect(processX, row.Y, c.ProcessWidth, lineHeight));
            }
        }

        using (page.Open(Role.Cell))
        {
            // The pills first, as decoration; then each KPI's name with its stale mark and its pills' words, read together.
            // A number not reported for the last full period (PACE023) is marked where the person's KPIs are listed.
            var pillWidth = Fonts.Measure(ctx.Labels.Leading, FontFace.Bold, 5.5f) + 5;
            var staleWidth = Fonts.Measure(ctx.Labels.Stale, FontFace.Regular, 5.5f) + 5;
            var kpis = person.Load.ReportedKpis.Select(k => k.Kpi).ToList();
            var stale = kpis.Select(kpi => ctx.Standing(kpi).Stale is not null).ToList();
            var staleX = kpiX + kpiWidth - pillWidth - 4 - staleWidth;
            var words = kpis.Select((kpi, i) =>
            {
                var top = row.Y + (i * lineHeight) + ((lineHeight - 8) / 2);
                var staleWords = stale[i] ? KpiCell.Pills(page, ctx, [(ctx.Labels.Stale, false)], new Rect(staleX, top, staleWidth, 8)) : [];
                var leadingWords = kpi.Timing == Timing.Leading ? KpiCell.Pills(page, ctx, [(ctx.Labels.Leading, true)], new Rect(kpiX + kpiWidth - pillWidth, top, pillWidth, 8)) : [];
                return staleWords.Concat(leadingWords).ToList();
            }).ToList();
            for (var i = 0; i < kpis.Count; i++)
            {
                var y = row.Y + (i * lineHeight);
                var reserved = pillWidth + 6 + (stale[i] ? staleWidth + 14 : 0);
                TextFitter.Add(page, TextSanitizer.Clean(kpis[i].Name), new Rect(kpiX, y, kpiWidth - reserved, lineHeight), new TextStyle(FontFace.Regular, 8, p.Ink, MaxLines: 1, Middle: true));
                if (stale[i])
                {
                    page.Figure(Shapes.StaleMark(new(staleX - 5, y + (lineHeight / 2)), 6, p), ctx.Labels.Stale);
                }

                KpiCell.Words(page, words[i]);
            }
        }

        if (c.StepsWidth > 0)
        {
            using (page.Open(Role.Cell))
            {
                PeopleFace.Steps(page, ctx, person.Load, new Rect(c.StepsX, row.Y, c.StepsWidth, lineHeight));
            }
        }

        Count(page, ctx, person.Load.ReportedKpis.Count, 3, 4, new Rect(countX, row.Y, c.CountWidth, lineHeight + 2));
        Count(page, ctx, person.Load.LeadingKpis.Count, 1, int.MaxValue, new Rect(leadingX, row.Y, c.CountWidth, lineHeight + 2));
    }

    /// <summary>A count, right-aligned, with a circle when it is in the advised range and a triangle when it is not.</summary>
    private static void Count(PageBuilder page, LayoutContext ctx, int count, int min, int max, Rect box)
    {
        var p = ctx.Palette;
        using var cell = page.Open(Role.Cell);
        var text = count.ToString(CultureInfo.InvariantCulture);
        var fitted = TextFitter.Add(page, text, box, new TextStyle(FontFace.Bold, 10, p.Ink, MaxLines: 1, Align: Align.Right, Middle: true));
        var x = fitted.Lines.Count > 0 ? fitted.Lines[0].X : box.Right;
        var advised = count >= min && count <= max;
        var word = advised ? ctx.Labels.WithinAdvice : ctx.Labels.OutsideAdvice;
        page.Figure(Shapes.StatusMark(advised ? KpiStatus.Green : KpiStatus.Amber, new(x - 7, box.Y + (box.Height / 2)), 6.5f, p, word), word);
    }

    /// <summary>The KPI mix: four split bars (leading/lagging, input/output, fast/slow, hard/soft) with counts.</summary>
    private static float Mix(PageBuilder page, LayoutContext ctx, float y)
    {
        var p = ctx.Palette;
        var left = Page.Margin;
        var width = ctx.Page.Width - (2 * Page.Margin);
        using (page.Open(Role.Paragraph))
        {
            TextFitter.Add(page, ctx.Labels.KpiMix.ToUpperInvariant(), new Rect(left, y, width, 9), new TextStyle(FontFace.Bold, 7, p.Muted, MaxLines: 1));
        }

        y += 12;
        var mix = KpiMix.Of(ctx);
        const float gap = 18;
        var block = (width - ((mix.Count - 1) * gap)) / mix.Count;
        for (var i = 0; i < mix.Count; i++)
        {
            var (first, a, second, b, unset) = mix[i];
            var x = left + (i * (block + gap));
            var total = a + b + unset;
            var bar = new Rect(x, y, block, 12);
            page.Decorate(new BoxElement(bar, p.Faint, p.Rule, 0.5f, 2));
            if (total > 0)
            {
                var wa = block * a / total;
                var wb = block * b / total;
                Segment(page, new Rect(x, y, wa, 12), a, p.Accent, p.OnAccent);
                Segment(page, new Rect(x + wa, y, wb, 12), b, p.AccentTint, p.Ink);
            }

            var legend = $"{a} {first}  \u00B7  {b} {second}" + (unset > 0 ? $"  \u00B7  {unset} {ctx.Labels.NotSet}" : string.Empty);
            using var paragraph = page.Open(Role.Paragraph);
            TextFitter.Add(page, legend, new Rect(x, y + 15, block, 10), new TextStyle(FontFace.Regular, 7.5f, p.Ink, MaxLines: 1));
        }

        return y + 26;
    }

    private static void Segment(PageBuilder page, Rect box, int count, Rgb fill, Rgb text)
    {
        if (box.Width <= 0)
        {
            return;
        }

        page.Decorate(new BoxElement(box, fill, null, 0, 2));
        var label = count.ToString(CultureInfo.InvariantCulture);
        if (Fonts.Measure(label, FontFace.Bold, 7) + 4 <= box.Width)
        {
            TextFitter.Add(page, label, box, new TextStyle(FontFace.Bold, 7, text, MaxLines: 1, Align: Align.Center, Middle: true).Fixed());
        }
    }

    /// <summary>A person's row: what they carry, with their name and role as printed.</summary>
    private sealed record PersonRow(PersonLoad Load, string Name, string Role);
}
