using Pace.Analysis;
using Pace.Rendering.Text;
using Pace.Validation;

namespace Pace.Rendering.Layout;

/// <summary>
/// Lays out the whole document: the chart page, then people and focus, the FACe and the FACe × PACe matrix (only
/// with functions), the scorecard and trends (only with actuals) and findings
/// (only when there are any). Footers are added last, once the number of pages is known.
/// </summary>
internal static class DocumentLayout
{
    /// <summary>Lays out a chart for the given context.</summary>
    public static LayoutDocument Build(LayoutContext ctx, DateTimeOffset timestamp, CancellationToken cancellationToken = default)
    {
        using var fonts = Fonts.Use(ctx.Fonts);

        // The scorecard explains its stale cells in a legend of its own; the chart and trends pages need the footer's.
        var stale = AnyKpi(ctx, k => ctx.Standing(k).Stale is not null, cancellationToken);
        var bodies = new List<(PageBuilder Page, bool Legend, bool Stale)>
        {
            (ChartPage.Build(ctx, cancellationToken), AnyKpi(ctx, k => ctx.Standing(k).Status != KpiStatus.Unknown, cancellationToken), stale),
        };
        cancellationToken.ThrowIfCancellationRequested();
        bodies.Add((PeoplePage.Build(ctx), false, false));

        // The FACe pages follow the people page only when the chart has functions: a PACe-only chart is unchanged.
        var functionStatus = ctx.Chart.Functions?.Any(f => f.Kpis.Any(k => StatusCheck.Of(k, ctx.Chart.Date) != KpiStatus.Unknown)) == true;
        bodies.AddRange(FacePage.Build(ctx).Select(page => (page, functionStatus, false)));
        bodies.AddRange(FaceMatrixPage.Build(ctx).Select(page => (page, false, false)));
        bodies.AddRange(ScorecardPage.Build(ctx, cancellationToken).Select(page => (page, true, false)));
        bodies.AddRange(TrendsPage.Build(ctx, cancellationToken).Select(page => (page, true, stale)));
        bodies.AddRange(FindingsPage.Build(ctx, cancellationToken).Select(page => (page, false, false)));

        var pages = new List<LayoutPage>(bodies.Count);
        for (var i = 0; i < bodies.Count; i++)
        {
            var (page, legend, staleMarks) = bodies[i];
            PageFrame.Footer(page, ctx, i + 1, bodies.Count, legend, staleMarks);
            pages.Add(new LayoutPage(ctx.Page.Width, ctx.Page.Height, page.Elements, ctx.Page.Scale, page.Structure));
        }

        return new LayoutDocument(pages, Info(ctx, timestamp));
    }

    private static DocumentInfo Info(LayoutContext ctx, DateTimeOffset timestamp)
    {
        var organization = TextSanitizer.Clean(ctx.Chart.Organization);
        var title = TextSanitizer.Clean(ctx.Chart.Title) is { Length: > 0 } t ? t : ctx.Labels.DefaultTitle;
        var subject = ctx.Labels.DefaultTitle + (organization.Length > 0 ? " – " + organization : string.Empty);
        var keywords = string.Join(", ", new[] { "PACe", ctx.Labels.DefaultTitle }.Concat(ctx.Chart.Processes.Select(p => TextSanitizer.Clean(p.Name)).Where(n => n.Length > 0)));
        return new DocumentInfo(title, organization, subject, keywords, timestamp, ctx.Language.Code);
    }

    /// <summary>
    /// Whether any process KPI matches. The first call judges every KPI's standing (kept for the pages), which for a
    /// chart of thousands of processes (an invalid chart rendered with --force) takes long: cancel between processes.
    /// </summary>
    private static bool AnyKpi(LayoutContext ctx, Func<Kpi, bool> match, CancellationToken cancellationToken)
    {
        foreach (var process in ctx.Chart.Processes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (process.Kpis.Any(match))
            {
                return true;
            }
        }

        return false;
    }
}
