using System.Collections.Concurrent;
using Pace.Analysis;
using Pace.Rendering.Text;
using Pace.Validation;

namespace Pace.Rendering.Layout;

/// <summary>Everything a page layout needs besides the chart: resolved once per render.</summary>
/// <param name="Chart">The chart.</param>
/// <param name="Labels">Label strings in the chosen language.</param>
/// <param name="Palette">Colours.</param>
/// <param name="Findings">The rule-check result shown in the footer and on the findings page.</param>
/// <param name="Banner">Whether page 1 carries a banner: rendered despite errors.</param>
/// <param name="Logo">The logo PNG, when one was given and could be read.</param>
/// <param name="Page">The page size every page is laid out on.</param>
internal sealed record LayoutContext(Chart Chart, Labels Labels, Palette Palette, Findings Findings, bool Banner, LogoImage? Logo, Page Page)
{
    /// <summary>Each KPI's standing, by the KPI instance: judged once however many pages and legends ask (the site's pages read it from several threads).</summary>
    private readonly ConcurrentDictionary<Kpi, KpiStanding> _standings = new(ReferenceEqualityComparer.Instance);

    /// <summary>The fonts text is set in: the chart's own, then the bundled ones.</summary>
    public FontStack Fonts { get; init; } = FontStack.Bundled();

    /// <summary>
    /// Where a KPI stands as of the chart's date (status, staleness, trend), judged once per layout: the chart, people,
    /// scorecard and trends pages and the footer's legend all ask. Before, each judged again — two standings, three
    /// stalenesses and two statuses a KPI — and one round of standings was 70–160 ms for 900 KPIs of 20 actuals
    /// (Debug build, shared machine), against a layout of 200–800 ms.
    /// </summary>
    public KpiStanding Standing(Kpi kpi) =>
        _standings.TryGetValue(kpi, out var known) && known.AsOf == Chart.Date ? known : _standings[kpi] = KpiStanding.Of(kpi, Chart.Date);

    /// <summary>The chart's language for numbers.</summary>
    public ChartLanguage Language => Labels.Language;

    /// <summary>The name to show for an owner id: the roster name, else the id as written.</summary>
    public string PersonName(string id) => TextSanitizer.Clean(Chart.FindPerson(id)?.DisplayName is { Length: > 0 } name ? name : id);

    /// <summary>The roster role of an owner id, if any.</summary>
    public string PersonRole(string id) => TextSanitizer.Clean(Chart.FindPerson(id)?.Role);
}

/// <summary>
/// A logo as the painters embed it: 8-bit RGBA pixels (straight alpha), already decoded and scaled down by the check
/// and the renderer, and the size of the image in its file, whose aspect ratio the layout keeps.
/// </summary>
internal sealed record LogoImage(int Width, int Height, ReadOnlyMemory<byte> Rgba, int SourceWidth, int SourceHeight);
