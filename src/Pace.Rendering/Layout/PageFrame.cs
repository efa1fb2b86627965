using Pace.Analysis;
using Pace.Rendering.Text;
using Pace.Validation;
using Pace.Localization;

namespace Pace.Rendering.Layout;

/// <summary>The header and footer every page shares, so all pages read as one document.</summary>
internal static class PageFrame
{
    /// <summary>The height of the logo's box, in points.</summary>
    public const float LogoHeight = 36;

    /// <summary>The widest a logo is drawn, in points.</summary>
    public const float LogoMaxWidth = 110;

    /// <summary>
    /// Adds the header (logo, organisation, title, date, accent rule) and returns the y below it. On the first page it
    /// is the document's heading; on later pages it repeats as furniture.
    /// </summary>
    public static float Header(PageBuilder page, LayoutContext ctx, bool repeated)
    {
        var p = ctx.Palette;
        var left = Page.Margin;
        var organization = TextSanitizer.Clean(ctx.Chart.Organization);
        using var header = repeated ? page.Open(Role.PageHeader) : default;
        if (ctx.Logo is { } logo)
        {
            // Scale to the header height, keeping the aspect ratio; very wide logos are capped in width.
            var scale = MathF.Min(LogoHeight / logo.SourceHeight, LogoMaxWidth / logo.SourceWidth);
            var w = logo.SourceWidth * scale;
            var h = logo.SourceHeight * scale;
            var image = new ImageElement(new Rect(left, Page.Margin + ((LogoHeight - h) / 2), w, h), logo);
            // Without an organisation the alt text is the template with the name left out: "Logo of", "Logo van".
            var alt = NamedTemplate.Fill(ctx.Labels.Logo, [new("organisation", organization)]);
            alt = organization.Length > 0 ? alt : alt.Trim();
            if (repeated)
            {
                page.Add(image);
            }
            else
            {
                page.Figure(image, alt);
            }

            left += w + 12;
        }

        var right = ctx.Page.Width - Page.Margin;
        var date = ctx.Chart.Date is { } d ? NamedTemplate.Fill(ctx.Labels.AsOf, [new("date", ctx.Labels.Date(d))]) : string.Empty;
        var dateWidth = MathF.Min(200, Fonts.Measure(date, FontFace.Regular, 9) + 1);
        var textWidth = right - left - (date.Length > 0 ? dateWidth + 16 : 0);
        using (repeated ? default : page.Open(Role.Heading1))
        {
            TextFitter.Add(page, organization, new Rect(left, Page.Margin, textWidth, 22), new TextStyle(FontFace.Bold, 17, p.Ink, MinSize: 11, MaxLines: 1));
            var title = TextSanitizer.Clean(ctx.Chart.Title) is { Length: > 0 } t ? t : ctx.Labels.DefaultTitle;
            TextFitter.Add(page, title, new Rect(left, Page.Margin + 22, textWidth, 14), new TextStyle(FontFace.Regular, 10.5f, p.Accent, MinSize: 7, MaxLines: 1));
        }

        if (date.Length > 0)
        {
            using (repeated ? default : page.Open(Role.Paragraph))
            {
                TextFitter.Add(page, date, new Rect(right - dateWidth, Page.Margin + 4, dateWidth, 12), new TextStyle(FontFace.Regular, 9, p.Muted, Align: Align.Right, MaxLines: 1));
            }
        }

        var ruleY = Page.Margin + LogoHeight + 6;
        page.Decorate(new LineElement(new(Page.Margin, ruleY), new(right, ruleY), p.Accent, 1.25f));
        return ruleY + 1;
    }

    /// <summary>
    /// A section heading under the header of pages after the first, and its introduction; returns the y below them.
    /// When the section continues from the page before, the heading repeats as furniture.
    /// </summary>
    public static float Section(PageBuilder page, LayoutContext ctx, float top, string heading, string? intro, bool continued = false)
    {
        var width = ctx.Page.Width - (2 * Page.Margin);
        FittedText fitted;
        using (page.Open(continued ? Role.PageHeader : Role.Heading2))
        {
            fitted = TextFitter.Add(page, heading, new Rect(Page.Margin, top + 10, width, 18), new TextStyle(FontFace.Bold, 13, ctx.Palette.Ink, MaxLines: 1));
        }

        var y = top + 10 + fitted.Height + 2;
        if (intro is not null)
        {
            using (page.Open(continued ? Role.PageHeader : Role.Paragraph))
            {
                y += TextFitter.Add(page, intro, new Rect(Page.Margin, y, width, 11), new TextStyle(FontFace.Regular, 8, ctx.Palette.Muted, MaxLines: 1)).Height;
            }
        }

        return y + 8;
    }

    /// <summary>Adds the footer: the rule-check result at the left, an optional status legend, and "page x of y".</summary>
    /// <param name="page">The page to add to.</param>
    /// <param name="ctx">Labels and colours.</param>
    /// <param name="number">The page's number.</param>
    /// <param name="total">The number of pages.</param>
    /// <param name="legend">Whether the page shows status marks, so the legend explains them.</param>
    /// <param name="stale">Whether the page shows stale marks that no legend of its own explains.</param>
    public static void Footer(PageBuilder page, LayoutContext ctx, int number, int total, bool legend, bool stale = false)
    {
        var p = ctx.Palette;
        using var footer = page.Open(Role.PageFooter);
        var right = ctx.Page.Width - Page.Margin;
        var y = ctx.Page.FooterTop;
        page.Add(new LineElement(new(Page.Margin, y), new(right, y), p.Rule, 0.5f));
        var row = new Rect(Page.Margin, y + 4, right - Page.Margin, 10);
        var style = new TextStyle(FontFace.Regular, 7.5f, p.Muted, MaxLines: 1);

        // The rule-check result, with the mark of its worst severity.
        var findings = ctx.Findings;
        var worst = findings.HasErrors ? KpiStatus.Red : findings.WarningCount > 0 ? KpiStatus.Amber : KpiStatus.Green;
        page.Add(Shapes.StatusMark(worst, new(row.X + 3.5f, row.Y + 4.5f), 6, p));
        TextFitter.Add(page, Summary(findings, ctx.Labels), row with { X = row.X + 10, Width = 260 }, style with { Color = p.Ink });

        if (legend)
        {
            var x = row.X + 300;
            foreach (var (status, text) in new[] { (KpiStatus.Green, ctx.Labels.OnTarget), (KpiStatus.Amber, ctx.Labels.WithinTolerance), (KpiStatus.Red, ctx.Labels.OffTarget) })
            {
                page.Add(Shapes.StatusMark(status, new(x + 3, row.Y + 4.5f), 6, p));
                var w = Fonts.Measure(text, FontFace.Regular, 7.5f) + 1;
                TextFitter.Add(page, text, row with { X = x + 9, Width = w }, style);
                x += w + 22;
            }

            if (stale)
            {
                page.Add(Shapes.StaleMark(new(x + 3, row.Y + 4.5f), 6, p));
                TextFitter.Add(page, ctx.Labels.Stale, row with { X = x + 9, Width = Fonts.Measure(ctx.Labels.Stale, FontFace.Regular, 7.5f) + 1 }, style);
            }
        }

        var pageText = NamedTemplate.Fill(ctx.Labels.PageOf, [new("page", number), new("pages", total)]);
        TextFitter.Add(page, pageText, row with { X = right - 120, Width = 120 }, style with { Align = Align.Right });
    }

    /// <summary>"No findings", or the counts per severity: "2 errors, 1 warning".</summary>
    public static string Summary(Findings findings, Labels labels)
    {
        var parts = new List<string>();
        if (findings.ErrorCount > 0)
        {
            parts.Add(Labels.Count(findings.ErrorCount, labels.ErrorsOne, labels.ErrorsMany));
        }

        if (findings.WarningCount > 0)
        {
            parts.Add(Labels.Count(findings.WarningCount, labels.WarningsOne, labels.WarningsMany));
        }

        if (findings.InfoCount > 0)
        {
            parts.Add(Labels.Count(findings.InfoCount, labels.InfosOne, labels.InfosMany));
        }

        return parts.Count == 0 ? labels.NoFindings : string.Join(", ", parts);
    }
}
