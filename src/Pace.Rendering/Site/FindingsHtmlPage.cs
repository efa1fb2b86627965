using Pace.Analysis;
using Pace.Rendering.Layout;

namespace Pace.Rendering.Site;

/// <summary>
/// Findings, as the PDF's findings pages: one row per finding with its severity (mark and word), its code linking to the
/// rule's page in the chart's language, its message, and where in the file it is. A chart that did not load has this
/// page alone: its load errors.
/// </summary>
internal sealed class FindingsHtmlPage : SitePage
{
    /// <summary>The page's file.</summary>
    public const string File = "findings.html";

    /// <inheritdoc/>
    public override string FileName => File;

    /// <inheritdoc/>
    public override string Name(SiteLabels labels) => labels.Chart.FindingsTitle;

    /// <inheritdoc/>
    public override bool AppliesTo(ChartSite chart) => chart.Check.Diagnostics.Count > 0;

    /// <inheritdoc/>
    public override void Body(Html html, ChartSite chart)
    {
        var labels = chart.Labels.Chart;
        var findings = chart.Check.Diagnostics;
        if (chart.Context is null)
        {
            html.Element("p", (chart.Check.Path is { } path ? Path.GetFileName(path) + ": " : string.Empty) + chart.Labels.NotLoaded, ("class", "banner"));
        }

        using (html.Open("table", ("class", "findings")))
        {
            html.Element("caption", PageFrame.Summary(findings, labels));
            html.ColumnHeads(labels.Severity, labels.Code, labels.Message, labels.Location);
            using (html.Open("tbody"))
            {
                foreach (var d in findings)
                {
                    html.Line();
                    Row(html, chart, d);
                }
            }
        }
    }

    private static void Row(Html html, ChartSite chart, Diagnostic d)
    {
        var labels = chart.Labels.Chart;
        var (status, word, css) = d.Severity switch
        {
            Severity.Error => (KpiStatus.Red, labels.Error, "error"),
            Severity.Warning => (KpiStatus.Amber, labels.Warning, "warning"),
            _ => (KpiStatus.Unknown, labels.Info, "info"),
        };
        using (html.Open("tr", ("class", css)))
        {
            using (html.Open("td", ("class", "severity")))
            {
                html.Trusted(PageShell.Mark(status, chart.Palette, null)).Text(word);
            }

            using (html.Open("th", ("scope", "row"), ("class", "code")))
            {
                if (RulePages.Has(d.Code))
                {
                    html.Element("a", d.Code, ("href", "../" + RulePages.PathOf(d.Code, chart.Labels)));
                }
                else
                {
                    html.Text(d.Code);
                }
            }

            html.Element("td", d.MessageIn(chart.Check.Language));
            using (html.Open("td", ("class", "where")))
            {
                var where = d.Span is { } span
                    ? $"{Path.GetFileName(span.File ?? string.Empty)}:{span.StartLine}:{span.StartColumn}".TrimStart(':')
                    : labels.WholeChart;
                html.Element("span", where);
                if (d.Path.Length > 0)
                {
                    html.Element("span", d.Path, ("class", "path"));
                }
            }
        }
    }
}
