namespace Pace.Rendering.Layout;

/// <summary>
/// Every word printed on a chart that is not the user's own, per language. One table per language keeps
/// translations side by side and out of the layout code.
/// </summary>
internal sealed record Labels
{
    /// <summary>The language these labels are in.</summary>
    public required ChartLanguage Language { get; init; }

    /// <summary>The words of the FACe pages in the same language, so one choice of language gives both tables.</summary>
    public required FaceLabels Face { get; init; }
    public required string DefaultTitle { get; init; }
    public required string AsOf { get; init; }
    public required string CustomerJourney { get; init; }
    public required string ColumnProcess { get; init; }
    public required string ColumnAccountable { get; init; }
    public required string KpiSlot { get; init; }
    public required string Better { get; init; }
    public required string Faster { get; init; }
    public required string Cheaper { get; init; }
    public required string NoOwner { get; init; }
    public required string MissingKpi { get; init; }
    public required string NoTarget { get; init; }
    public required string MoreKpis { get; init; }
    public required string Day { get; init; }
    public required string Week { get; init; }
    public required string Month { get; init; }
    public required string Quarter { get; init; }
    public required string Year { get; init; }
    public required string WeeksIn { get; init; }
    public required string Leading { get; init; }
    public required string Lagging { get; init; }
    public required string Input { get; init; }
    public required string Output { get; init; }
    public required string Fast { get; init; }
    public required string Slow { get; init; }
    public required string Hard { get; init; }
    public required string Soft { get; init; }
    public required string NoFindings { get; init; }
    public required string[] Errors { get; init; }
    public required string[] Warnings { get; init; }
    public required string[] Infos { get; init; }
    public required string PageOf { get; init; }
    public required string OnTarget { get; init; }
    public required string WithinTolerance { get; init; }
    public required string OffTarget { get; init; }
    public required string Logo { get; init; }
    public required string WithinAdvice { get; init; }
    public required string OutsideAdvice { get; init; }
    public required string CourseOf { get; init; }
    public required string CourseOfOne { get; init; }
    public required string Banner { get; init; }
    public required string PeopleTitle { get; init; }
    public required string PeopleIntro { get; init; }
    public required string Person { get; init; }
    public required string Owns { get; init; }
    public required string Reports { get; init; }
    public required string Handful { get; init; }
    public required string LeadingCount { get; init; }
    public required string KpiMix { get; init; }
    public required string NotSet { get; init; }
    public required string TrendsTitle { get; init; }
    public required string TrendsIntro { get; init; }
    public required string Latest { get; init; }
    public required string Target { get; init; }
    public required string Rising { get; init; }
    public required string Falling { get; init; }
    public required string Flat { get; init; }
    public required string NoTrend { get; init; }
    public required string Per { get; init; }
    public required string FindingsTitle { get; init; }
    public required string Severity { get; init; }
    public required string Code { get; init; }
    public required string Message { get; init; }
    public required string Location { get; init; }
    public required string Error { get; init; }
    public required string Warning { get; init; }
    public required string Info { get; init; }
    public required string WholeChart { get; init; }
    public required string[] MonthNames { get; init; }
    public required string ScorecardTitle { get; init; }
    public required string ScorecardIntro { get; init; }
    public required string Agenda { get; init; }
    public required string AgendaClear { get; init; }
    public required string AgendaMore { get; init; }
    public required string Against { get; init; }
    public required string LastReported { get; init; }
    public required string Stale { get; init; }
    public required string Missing { get; init; }
    public required string Super { get; init; }
    public required string LastPeriods { get; init; }
    public required string Trend { get; init; }
    public required string NoReporter { get; init; }
    public required string ProRataOnTrack { get; init; }
    public required string ProRataBehind { get; init; }
    public required string ProRataBy { get; init; }
    public required string GapOne { get; init; }
    public required string GapMany { get; init; }

    /// <summary>English labels.</summary>
    public static Labels English { get; } = new()
    {
        Language = ChartLanguage.English,
        Face = FaceLabels.English,
        DefaultTitle = "Process Accountability Chart",
        AsOf = "As of {0}",
        CustomerJourney = "Customer journey",
        ColumnProcess = "Core process",
        ColumnAccountable = "Accountable",
        KpiSlot = "KPI {0}",
        Better = "Better",
        Faster = "Faster",
        Cheaper = "Cheaper",
        NoOwner = "No single owner",
        MissingKpi = "KPI missing",
        NoTarget = "no target",
        MoreKpis = "+{0} more",
        Day = "day",
        Week = "week",
        Month = "month",
        Quarter = "quarter",
        Year = "year",
        WeeksIn = "{0} weeks in {1}",
        Leading = "leading",
        Lagging = "lagging",
        Input = "input",
        Output = "output",
        Fast = "fast",
        Slow = "slow",
        Hard = "hard",
        Soft = "soft",
        NoFindings = "No findings",
        Errors = ["error", "errors"],
        Warnings = ["warning", "warnings"],
        Infos = ["note", "notes"],
        PageOf = "Page {0} of {1}",
        OnTarget = "on target",
        WithinTolerance = "within tolerance",
        OffTarget = "target missed",
        Logo = "Logo of {0}",
        WithinAdvice = "within the advised range",
        OutsideAdvice = "outside the advised range",
        CourseOf = "Course of {0} actuals, {1} to {2}: first {3}, last {4}",
        CourseOfOne = "One actual, {0}: {1}",
        Banner = "Rendered despite {0}: this chart breaks accountability rules. See the findings page.",
        PeopleTitle = "People and focus",
        PeopleIntro = "Who is accountable for which process and reports which KPIs. A handful is 3–4 KPIs, 1–2 of them leading.",
        Person = "Person",
        Owns = "Accountable for",
        Reports = "Reports KPIs",
        Handful = "KPIs (3–4)",
        LeadingCount = "Leading (1–2)",
        KpiMix = "KPI mix of the chart",
        NotSet = "not set",
        TrendsTitle = "Trends",
        TrendsIntro = "Every KPI with actuals: its course against the target. Six or more actuals reveal a trend, read from the latest six.",
        Latest = "Latest",
        Target = "target",
        Rising = "rising",
        Falling = "falling",
        Flat = "flat",
        NoTrend = "no trend yet",
        Per = "a",
        FindingsTitle = "Findings",
        Severity = "Severity",
        Code = "Code",
        Message = "Message",
        Location = "Location",
        Error = "error",
        Warning = "warning",
        Info = "info",
        WholeChart = "whole chart",
        MonthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
        ScorecardTitle = "Scorecard",
        ScorecardIntro = "The weekly meeting's numbers: the last 13 periods of every KPI with actuals, by the person who reports them.",
        Agenda = "Agenda: red, amber and stale, in that order",
        AgendaClear = "Nothing red, amber or stale.",
        AgendaMore = "and {0} more",
        Against = "{0} against {1}",
        LastReported = "last reported {0}",
        Stale = "stale",
        Missing = "missing",
        Super = "super-green",
        LastPeriods = "Last 13 periods, oldest first",
        Trend = "Trend",
        NoReporter = "reported by nobody",
        ProRataOnTrack = "on track pro rata ({0})",
        ProRataBehind = "behind by {0} ({1})",
        ProRataBy = "{0} by {1}",
        GapOne = "{0} missing",
        GapMany = "{0}\u2013{1} missing",
    };

    /// <summary>Dutch labels.</summary>
    public static Labels Dutch { get; } = new()
    {
        Language = ChartLanguage.Dutch,
        Face = FaceLabels.Dutch,
        DefaultTitle = "PACe – verantwoordelijkheid per kernproces",
        AsOf = "Stand per {0}",
        CustomerJourney = "Klantreis",
        ColumnProcess = "Kernproces",
        ColumnAccountable = "Eindverantwoordelijke",
        KpiSlot = "KPI {0}",
        Better = "Beter",
        Faster = "Sneller",
        Cheaper = "Goedkoper",
        NoOwner = "Geen eenduidige eindverantwoordelijke",
        MissingKpi = "KPI ontbreekt",
        NoTarget = "geen doel",
        MoreKpis = "nog {0}",
        Day = "dag",
        Week = "week",
        Month = "maand",
        Quarter = "kwartaal",
        Year = "jaar",
        WeeksIn = "{0} weken in {1}",
        Leading = "vooruitkijkend",
        Lagging = "terugkijkend",
        Input = "input",
        Output = "output",
        Fast = "snel",
        Slow = "traag",
        Hard = "hard",
        Soft = "zacht",
        NoFindings = "Geen bevindingen",
        Errors = ["fout", "fouten"],
        Warnings = ["waarschuwing", "waarschuwingen"],
        Infos = ["tip", "tips"],
        PageOf = "Pagina {0} van {1}",
        OnTarget = "doel gehaald",
        WithinTolerance = "binnen de marge",
        OffTarget = "doel niet gehaald",
        Banner = "Gemaakt ondanks {0}: deze PACe overtreedt regels voor verantwoordelijkheid. Zie de pagina met bevindingen.",
        Logo = "Logo van {0}",
        WithinAdvice = "binnen het advies",
        OutsideAdvice = "buiten het advies",
        CourseOf = "Verloop van {0} cijfers, {1} tot {2}: eerst {3}, laatst {4}",
        CourseOfOne = "Eén cijfer, {0}: {1}",
        PeopleTitle = "Mensen en focus",
        PeopleIntro = "Wie voor welk proces eindverantwoordelijk is en welke KPI's rapporteert. Een handvol is 3–4 KPI's, waarvan 1–2 vooruitkijkend.",
        Person = "Persoon",
        Owns = "Eindverantwoordelijk voor",
        Reports = "Rapporteert KPI's",
        Handful = "KPI's (3–4)",
        LeadingCount = "Vooruitkijkend",
        KpiMix = "KPI-mix van de PACe",
        NotSet = "niet opgegeven",
        TrendsTitle = "Trends",
        TrendsIntro = "Elke KPI met cijfers: het verloop ten opzichte van het doel. Vanaf zes cijfers is er een trend, gelezen uit de laatste zes.",
        Latest = "Laatste",
        Target = "doel",
        Rising = "stijgend",
        Falling = "dalend",
        Flat = "vlak",
        NoTrend = "nog geen trend",
        Per = "per",
        FindingsTitle = "Bevindingen",
        Severity = "Ernst",
        Code = "Code",
        Message = "Melding",
        Location = "Locatie",
        Error = "fout",
        Warning = "waarschuwing",
        Info = "tip",
        WholeChart = "hele PACe",
        MonthNames = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
        ScorecardTitle = "Scorecard",
        ScorecardIntro = "De cijfers voor het wekelijks overleg: van elke KPI die cijfers heeft de laatste 13 perioden, per persoon die ze rapporteert.",
        Agenda = "Agenda: rood, oranje en niet bijgewerkt, in die volgorde",
        AgendaClear = "Niets rood, oranje of niet bijgewerkt.",
        AgendaMore = "en nog {0}",
        Against = "{0} tegenover {1}",
        LastReported = "laatst bijgewerkt {0}",
        Stale = "niet bijgewerkt",
        Missing = "ontbreekt",
        Super = "supergroen",
        LastPeriods = "Laatste 13 perioden, oudste eerst",
        Trend = "Trend",
        NoReporter = "door niemand gerapporteerd",
        ProRataOnTrack = "naar rato op koers ({0})",
        ProRataBehind = "loopt {0} achter ({1})",
        ProRataBy = "{0} per {1}",
        GapOne = "{0} ontbreekt",
        GapMany = "{0}\u2013{1} ontbreken",
    };

    /// <summary>The words for a KPI status ("on target", "within tolerance", "target missed", "super-green"); empty without a verdict.</summary>
    public string StatusWord(Analysis.KpiStatus status) => status switch
    {
        Analysis.KpiStatus.Green => OnTarget,
        Analysis.KpiStatus.Amber => WithinTolerance,
        Analysis.KpiStatus.Red => OffTarget,
        Analysis.KpiStatus.Super => Super,
        _ => string.Empty,
    };

    /// <summary>The labels of a language.</summary>
    public static Labels For(ChartLanguage language) => language == ChartLanguage.Dutch ? Dutch : English;

    /// <summary>A cadence's period name ("week", "kwartaal").</summary>
    public string CadenceName(Cadence cadence) => cadence switch
    {
        Cadence.Day => Day,
        Cadence.Week => Week,
        Cadence.Month => Month,
        Cadence.Quarter => Quarter,
        _ => Year,
    };

    /// <summary>A dimension's column heading.</summary>
    public string DimensionName(Dimension dimension) => dimension switch
    {
        Dimension.Better => Better,
        Dimension.Faster => Faster,
        _ => Cheaper,
    };

    /// <summary>A count with the singular or plural noun, e.g. "1 error", "2 fouten".</summary>
    public static string Count(int n, string[] forms) => $"{n} {(n == 1 ? forms[0] : forms[1])}";

    /// <summary>A date in words: "1 November 2026", "1 november 2026".</summary>
    public string Date(DateOnly date) => $"{date.Day} {MonthNames[date.Month - 1]} {date.Year}";
}
