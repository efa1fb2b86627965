using Pace.Rendering.Layout;

namespace Pace.Rendering.Site;

/// <summary>
/// The words of the web pages that the printed chart does not have (navigation, downloads, the actuals table), per
/// language. Everything the chart and the PDF share — headings, badges, status words — comes from the layout's
/// <see cref="Layout.Labels"/> and <see cref="FaceLabels"/>, so the page and the PDF say the same thing.
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

    /// <summary>English.</summary>
    public static SiteLabels English { get; } = new()
    {
        Chart = Labels.English,
        Code = "en",
        SkipToContent = "Skip to the content",
        IndexTitle = "Process Accountability Charts",
        IndexIntro = "Every chart of this site with the result of its rule check.",
        AllCharts = "All charts",
        ChartPages = "Pages of this chart",
        ChartTab = "Chart",
        Downloads = "Download",
        PdfDownload = "PDF, every page",
        PngDownload = "PNG, the chart",
        SvgDownload = "SVG, the chart",
        Processes = "Core processes",
        Number = "No.",
        Actuals = "Actuals",
        Period = "Period",
        Value = "Value",
        Organization = "Organisation",
        Title = "Title",
        Date = "Date",
        NotLoaded = "could not be read as a chart",
        Rules = "Rules",
        RulesIntro = "What each rule checks, why, and how to fix what it finds.",
        Sources = "Sources",
        NotTranslated = "This page has no translation yet; it follows in English.",
        MadeWith = "Made with Pace from the chart file; the PDF has the same content for print.",
        FaceTitle = "Functions (FACe)",
        FaceIntro = "Who holds each seat, the numbers the seat answers for, and the results it delivers.",
        Function = "Function",
        Kpis = "KPIs",
        Improving = "improving",
        Worsening = "worsening",
    };

    /// <summary>Dutch.</summary>
    public static SiteLabels Dutch { get; } = new()
    {
        Chart = Labels.Dutch,
        Code = "nl",
        SkipToContent = "Naar de inhoud",
        IndexTitle = "PACe's: verantwoordelijkheid per kernproces",
        IndexIntro = "Elke PACe van deze site met de uitkomst van de regelcontrole.",
        AllCharts = "Alle PACe's",
        ChartPages = "Pagina's van deze PACe",
        ChartTab = "PACe",
        Downloads = "Downloaden",
        PdfDownload = "PDF, alle pagina's",
        PngDownload = "PNG, de PACe",
        SvgDownload = "SVG, de PACe",
        Processes = "Kernprocessen",
        Number = "Nr.",
        Actuals = "Cijfers",
        Period = "Periode",
        Value = "Waarde",
        Organization = "Organisatie",
        Title = "Titel",
        Date = "Datum",
        NotLoaded = "kon niet als PACe worden gelezen",
        Rules = "Regels",
        RulesIntro = "Wat elke regel controleert, waarom, en hoe je oplost wat hij vindt.",
        Sources = "Bronnen",
        NotTranslated = "Deze pagina is nog niet vertaald; hieronder staat de Engelse tekst.",
        MadeWith = "Gemaakt met Pace uit het PACe-bestand; de PDF heeft dezelfde inhoud om af te drukken.",
        FaceTitle = "Functies (FACe)",
        FaceIntro = "Wie op elke stoel zit, voor welke cijfers de stoel staat, en welke resultaten hij levert.",
        Function = "Functie",
        Kpis = "KPI's",
        Improving = "verbetert",
        Worsening = "verslechtert",
    };

    /// <summary>The labels for a language.</summary>
    public static SiteLabels For(ChartLanguage language) => language == ChartLanguage.Dutch ? Dutch : English;
}
