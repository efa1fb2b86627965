namespace Pace.Rendering.Site;

/// <summary>
/// A kind of page every chart of the site may have: the chart, people and focus, the FACe, the weekly scorecard,
/// trends, findings. A new kind is one subclass and one line in <see cref="SitePages.All"/>: the navigation, the file
/// and the link check follow from there.
/// </summary>
internal abstract class SitePage
{
    /// <summary>The page's file in the chart's folder, e.g. <c>people.html</c>; the first page is <c>index.html</c>.</summary>
    public abstract string FileName { get; }

    /// <summary>The page's name in the navigation and its heading.</summary>
    public abstract string Name(SiteLabels labels);

    /// <summary>Whether a chart has this page (trends only with actuals, findings only when there are any).</summary>
    public abstract bool AppliesTo(ChartSite chart);

    /// <summary>Writes what is inside <c>main</c>, below the chart's header.</summary>
    public abstract void Body(Html html, ChartSite chart);
}

/// <summary>The kinds of chart page, in the order of the navigation (and of the PDF's pages).</summary>
internal static class SitePages
{
    /// <summary>Every kind of chart page. Add a new kind here.</summary>
    public static IReadOnlyList<SitePage> All { get; } =
    [
        new ChartHtmlPage(),
        new PeopleHtmlPage(),
        new FaceHtmlPage(),
        new ScorecardHtmlPage(),
        new TrendsHtmlPage(),
        new FindingsHtmlPage(),
    ];
}
