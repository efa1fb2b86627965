using Pace.Localization;
using Pace.Rendering.Layout;

namespace Pace.Rendering.Site;

/// <summary>
/// The words of the web pages that the printed chart does not have (navigation, downloads, the actuals table), per
/// language: a typed view of the <c>Site…</c> templates of the message catalogue. Everything the chart and the PDF
/// share — headings, badges, status words — comes from the layout's <see cref="Layout.Labels"/> and
/// <see cref="FaceLabels"/>, so the page and the PDF say the same thing.
/// </summary>
internal sealed record SiteLabels
{
    /// <summary>The chart's own labels, in the same language.</summary>
    public required Labels Chart { get; init; }

    /// <summary>The FACe pages' labels, in the same language (the chart's labels carry them).</summary>
    public FaceLabels Face => Chart.Face;

    /// <summary>The language code for the <c>lang</c> attribute.</summary>
    public required string Code { get; init; }
    public required string SkipToContent { get; init; }
    public required string IndexTitle { get; init; }
    public required string IndexIntro { get; init; }
    public required string AllCharts { get; init; }
    public required string ChartPages { get; init; }
    public required string ChartTab { get; init; }
    public required string Downloads { get; init; }
    public required string PdfDownload { get; init; }
    public required string PngDownload { get; init; }
    public required string SvgDownload { get; init; }
    public required string Processes { get; init; }
    public required string Number { get; init; }
    public required string Actuals { get; init; }
    public required string Period { get; init; }
    public required string Value { get; init; }
    public required string Organization { get; init; }
    public required string Title { get; init; }
    public required string Date { get; init; }
    public required string NotLoaded { get; init; }
    public required string Rules { get; init; }
    public required string RulesIntro { get; init; }
    public required string Sources { get; init; }
    public required string NotTranslated { get; init; }
    public required string MadeWith { get; init; }
    public required string FaceTitle { get; init; }
    public required string FaceIntro { get; init; }
    public required string Function { get; init; }
    public required string Kpis { get; init; }

    /// <summary>What a rising or falling trend means for the KPI, said in words where the scorecard says it in colour.</summary>
    public required string Improving { get; init; }
    public required string Worsening { get; init; }

    private static readonly CatalogView<SiteLabels> Views = new(language => From(language, Labels.For(language), language.Code));

    /// <summary>English.</summary>
    public static SiteLabels English => Views.For(ChartLanguage.English);

    /// <summary>Dutch.</summary>
    public static SiteLabels Dutch => Views.For(ChartLanguage.Dutch);

    /// <summary>The view of a language's site words in the message catalogue (the <c>Site…</c> keys).</summary>
    private static SiteLabels From(ChartLanguage language, Labels chart, string code)
    {
        string Word(string key) => MessageTable.Get(language, key);
        return new()
        {
            Chart = chart,
            Code = code,
            SkipToContent = Word("SiteSkipToContent"),
            IndexTitle = Word("SiteIndexTitle"),
            IndexIntro = Word("SiteIndexIntro"),
            AllCharts = Word("SiteAllCharts"),
            ChartPages = Word("SiteChartPages"),
            ChartTab = Word("SiteChartTab"),
            Downloads = Word("SiteDownloads"),
            PdfDownload = Word("SitePdfDownload"),
            PngDownload = Word("SitePngDownload"),
            SvgDownload = Word("SiteSvgDownload"),
            Processes = Word("SiteProcesses"),
            Number = Word("SiteNumber"),
            Actuals = Word("SiteActuals"),
            Period = Word("SitePeriod"),
            Value = Word("SiteValue"),
            Organization = Word("SiteOrganization"),
            Title = Word("SiteTitle"),
            Date = Word("SiteDate"),
            NotLoaded = Word("SiteNotLoaded"),
            Rules = Word("SiteRules"),
            RulesIntro = Word("SiteRulesIntro"),
            Sources = Word("SiteSources"),
            NotTranslated = Word("SiteNotTranslated"),
            MadeWith = Word("SiteMadeWith"),
            FaceTitle = Word("SiteFaceTitle"),
            FaceIntro = Word("SiteFaceIntro"),
            Function = Word("SiteFunction"),
            Kpis = Word("SiteKpis"),
            Improving = Word("SiteImproving"),
            Worsening = Word("SiteWorsening"),
        };
    }

    /// <summary>The labels for a language.</summary>
    public static SiteLabels For(ChartLanguage language) => Views.For(language);
}
