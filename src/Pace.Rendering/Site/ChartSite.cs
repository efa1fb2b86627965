using Pace.Rendering.Layout;

namespace Pace.Rendering.Site;

/// <summary>
/// One chart as the site shows it: the check result, and — when the chart loaded — the layout the PDF is painted from
/// (its context gives the pages the same labels, palette, names and numbers). Built once per chart, read by every page.
/// </summary>
internal sealed class ChartSite
{
    private readonly Func<LayoutDocument>? _layout;
    private List<ScorecardGroup>? _scorecard;
    private LayoutDocument? _document;

    private ChartSite(CheckResult check, string folder, SiteLabels labels, LayoutContext? context, Func<LayoutDocument>? layout)
    {
        Check = check;
        Folder = folder;
        Labels = labels;
        Context = context;
        _layout = layout;
        Pages = [.. SitePages.All.Where(p => p.AppliesTo(this))];
    }

    /// <summary>The check result the pages show.</summary>
    public CheckResult Check { get; }

    /// <summary>The chart's folder in the site: a safe name made from the file name (<see cref="SiteNames"/>).</summary>
    public string Folder { get; }

    /// <summary>The labels in the check's language.</summary>
    public SiteLabels Labels { get; }

    /// <summary>The layout's context (chart, labels, palette, findings), or <see langword="null"/> when the chart did not load.</summary>
    public LayoutContext? Context { get; }

    /// <summary>
    /// The laid-out document the downloads are painted from, laid out on first use (the pages do not need it); only
    /// charts that loaded have one.
    /// </summary>
    public LayoutDocument Document => _document ??= _layout?.Invoke() ?? throw new InvalidOperationException("The chart did not load.");

    /// <summary>Whether this chart was laid out (its downloads were painted).</summary>
    public bool LaidOut => _document is not null;

    /// <summary>The pages this chart has, in navigation order.</summary>
    public IReadOnlyList<SitePage> Pages { get; }

    /// <summary>The loaded chart; only pages that apply to loaded charts call this.</summary>
    public LayoutContext Loaded => Context ?? throw new InvalidOperationException("The chart did not load.");

    /// <summary>The scorecard's rows (<see cref="ScorecardModel"/>), built once: the page list and the scorecard page both read them.</summary>
    public List<ScorecardGroup> Scorecard => _scorecard ??= ScorecardModel.Of(Loaded);

    /// <summary>The palette: the chart's theme, or the default for a chart that did not load.</summary>
    public Palette Palette => Context?.Palette ?? Palette.For(null);

    /// <summary>The organisation as written (may be empty).</summary>
    public string Organization => Check.Chart?.Organization?.Trim() ?? string.Empty;

    /// <summary>The title, or the default title in the chart's language.</summary>
    public string Title => Check.Chart?.Title?.Trim() is { Length: > 0 } title ? title : Labels.Chart.DefaultTitle;

    /// <summary>The name the chart goes by where it needs one: the organisation, else the file's name.</summary>
    public string DisplayName => Organization.Length > 0 ? Organization : Folder;

    /// <summary>The chart's pages' view of a checked chart; the layout waits until a download needs it.</summary>
    public static ChartSite Create(CheckResult check, string folder, SiteOptions options, CancellationToken cancellationToken)
    {
        var labels = SiteLabels.For(check.Language);
        if (check.Chart is not { } chart)
        {
            return new ChartSite(check, folder, labels, null, null);
        }

        // The renderer's own context (fonts, paper, logo), so the downloads and the pages agree with `pace render --force`.
        var render = options.Render() with { FindingsBanner = check.HasErrors };
        var context = ChartRenderer.Context(chart, check.Language, check.Diagnostics, render, LogoFile.For(check), check.Configuration?.FontFolderPaths());
        return new ChartSite(check, folder, labels, context, () => DocumentLayout.Build(context, ChartRenderer.TimestampOf(chart, render), cancellationToken));
    }
}
