using Pace.Localization;

namespace Pace.Rendering.Layout;

/// <summary>
/// Every word printed on a chart that is not the user's own, per language: a typed view of the <c>Chart…</c>
/// templates of the message catalogue (and its month names), so the layout code names a word and the catalogue
/// holds it, beside the rule messages, in every language. Templates have named placeholders, filled with
/// <see cref="NamedTemplate.Fill"/>.
/// </summary>
internal sealed record Labels
{
    /// <summary>The language these labels are in.</summary>
    public required ChartLanguage Language { get; init; }

    /// <summary>The words of the FACe pages in the same language, so one choice of language gives both tables.</summary>
    public required FaceLabels Face { get; init; }
    public required string DefaultTitle { get; init; }

    /// <summary>{date} the chart's date.</summary>
    public required string AsOf { get; init; }
    public required string CustomerJourney { get; init; }
    public required string ColumnProcess { get; init; }
    public required string ColumnAccountable { get; init; }

    /// <summary>{number} the KPI column, from 1.</summary>
    public required string KpiSlot { get; init; }
    public required string Better { get; init; }
    public required string Faster { get; init; }
    public required string Cheaper { get; init; }
    public required string NoOwner { get; init; }
    public required string MissingKpi { get; init; }
    public required string NoTarget { get; init; }

    /// <summary>{count} the rows the page has no room for.</summary>
    public required string MoreKpis { get; init; }
    public required string Day { get; init; }
    public required string Week { get; init; }
    public required string Month { get; init; }
    public required string Quarter { get; init; }
    public required string Year { get; init; }

    /// <summary>{count} weeks that start in {period}.</summary>
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

    /// <summary>A count of findings, one or many: {count} error(s), warning(s), note(s).</summary>
    public required string ErrorsOne { get; init; }
    public required string ErrorsMany { get; init; }
    public required string WarningsOne { get; init; }
    public required string WarningsMany { get; init; }
    public required string InfosOne { get; init; }
    public required string InfosMany { get; init; }

    /// <summary>{page} of {pages}.</summary>
    public required string PageOf { get; init; }
    public required string OnTarget { get; init; }
    public required string WithinTolerance { get; init; }
    public required string OffTarget { get; init; }

    /// <summary>{organisation}; without one, the template filled with nothing and trimmed.</summary>
    public required string Logo { get; init; }
    public required string WithinAdvice { get; init; }
    public required string OutsideAdvice { get; init; }

    /// <summary>{count} actuals, {first-period} to {last-period}, values {first} and {last}.</summary>
    public required string CourseOf { get; init; }

    /// <summary>{period}, {value}.</summary>
    public required string CourseOfOne { get; init; }

    /// <summary>{findings} the findings counted, e.g. "2 errors".</summary>
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

    /// <summary>The months written out, January first (the catalogue's <c>Month…</c> keys, shared with <see cref="PeriodFormat"/>).</summary>
    public required string[] MonthNames { get; init; }
    public required string ScorecardTitle { get; init; }
    public required string ScorecardIntro { get; init; }
    public required string Agenda { get; init; }
    public required string AgendaClear { get; init; }

    /// <summary>{count} the items left out.</summary>
    public required string AgendaMore { get; init; }

    /// <summary>{value} against {target}.</summary>
    public required string Against { get; init; }

    /// <summary>{period} the last one reported.</summary>
    public required string LastReported { get; init; }
    public required string Stale { get; init; }
    public required string Missing { get; init; }
    public required string Super { get; init; }
    public required string LastPeriods { get; init; }
    public required string Trend { get; init; }
    public required string NoReporter { get; init; }

    /// <summary>{so-far} a filled <see cref="ProRataBy"/>.</summary>
    public required string ProRataOnTrack { get; init; }

    /// <summary>{gap} how far behind, {so-far} a filled <see cref="ProRataBy"/>.</summary>
    public required string ProRataBehind { get; init; }

    /// <summary>{value} due by {date}.</summary>
    public required string ProRataBy { get; init; }

    /// <summary>{period} the period without an actual.</summary>
    public required string GapOne { get; init; }

    /// <summary>{first} to {last}, the periods without actuals.</summary>
    public required string GapMany { get; init; }

    private static readonly CatalogView<Labels> Views = new(From);

    /// <summary>English labels.</summary>
    public static Labels English => Views.For(ChartLanguage.English);

    /// <summary>Dutch labels.</summary>
    public static Labels Dutch => Views.For(ChartLanguage.Dutch);

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
    public static Labels For(ChartLanguage language) => Views.For(language);

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

    /// <summary>A count in the singular or plural template, e.g. "1 error", "2 fouten".</summary>
    public static string Count(int n, string one, string many) => NamedTemplate.Fill(n == 1 ? one : many, [new("count", n)]);

    /// <summary>A date in words: "1 November 2026", "1 november 2026".</summary>
    public string Date(DateOnly date) => PeriodFormat.Date(date, Language);

    /// <summary>The view of a language's chart words in the message catalogue (the <c>Chart…</c> and <c>Month…</c> keys).</summary>
    private static Labels From(ChartLanguage language)
    {
        string Word(string key) => MessageTable.Get(language, key);
        return new()
        {
            Language = language,
            Face = FaceLabels.For(language),
            DefaultTitle = Word("ChartDefaultTitle"),
            AsOf = Word("ChartAsOf"),
            CustomerJourney = Word("ChartCustomerJourney"),
            ColumnProcess = Word("ChartColumnProcess"),
            ColumnAccountable = Word("ChartColumnAccountable"),
            KpiSlot = Word("ChartKpiSlot"),
            Better = Word("ChartBetter"),
            Faster = Word("ChartFaster"),
            Cheaper = Word("ChartCheaper"),
            NoOwner = Word("ChartNoOwner"),
            MissingKpi = Word("ChartMissingKpi"),
            NoTarget = Word("ChartNoTarget"),
            MoreKpis = Word("ChartMoreKpis"),
            Day = Word("ChartDay"),
            Week = Word("ChartWeek"),
            Month = Word("ChartMonth"),
            Quarter = Word("ChartQuarter"),
            Year = Word("ChartYear"),
            WeeksIn = Word("ChartWeeksIn"),
            Leading = Word("ChartLeading"),
            Lagging = Word("ChartLagging"),
            Input = Word("ChartInput"),
            Output = Word("ChartOutput"),
            Fast = Word("ChartFast"),
            Slow = Word("ChartSlow"),
            Hard = Word("ChartHard"),
            Soft = Word("ChartSoft"),
            NoFindings = Word("ChartNoFindings"),
            ErrorsOne = Word("ChartErrorsOne"),
            ErrorsMany = Word("ChartErrorsMany"),
            WarningsOne = Word("ChartWarningsOne"),
            WarningsMany = Word("ChartWarningsMany"),
            InfosOne = Word("ChartInfosOne"),
            InfosMany = Word("ChartInfosMany"),
            PageOf = Word("ChartPageOf"),
            OnTarget = Word("ChartOnTarget"),
            WithinTolerance = Word("ChartWithinTolerance"),
            OffTarget = Word("ChartOffTarget"),
            Logo = Word("ChartLogo"),
            WithinAdvice = Word("ChartWithinAdvice"),
            OutsideAdvice = Word("ChartOutsideAdvice"),
            CourseOf = Word("ChartCourseOf"),
            CourseOfOne = Word("ChartCourseOfOne"),
            Banner = Word("ChartBanner"),
            PeopleTitle = Word("ChartPeopleTitle"),
            PeopleIntro = Word("ChartPeopleIntro"),
            Person = Word("ChartPerson"),
            Owns = Word("ChartOwns"),
            Reports = Word("ChartReports"),
            Handful = Word("ChartHandful"),
            LeadingCount = Word("ChartLeadingCount"),
            KpiMix = Word("ChartKpiMix"),
            NotSet = Word("ChartNotSet"),
            TrendsTitle = Word("ChartTrendsTitle"),
            TrendsIntro = Word("ChartTrendsIntro"),
            Latest = Word("ChartLatest"),
            Target = Word("ChartTarget"),
            Rising = Word("ChartRising"),
            Falling = Word("ChartFalling"),
            Flat = Word("ChartFlat"),
            NoTrend = Word("ChartNoTrend"),
            Per = Word("ChartPer"),
            FindingsTitle = Word("ChartFindingsTitle"),
            Severity = Word("ChartSeverity"),
            Code = Word("ChartCode"),
            Message = Word("ChartMessage"),
            Location = Word("ChartLocation"),
            Error = Word("ChartError"),
            Warning = Word("ChartWarning"),
            Info = Word("ChartInfo"),
            WholeChart = Word("ChartWholeChart"),
            ScorecardTitle = Word("ChartScorecardTitle"),
            ScorecardIntro = Word("ChartScorecardIntro"),
            Agenda = Word("ChartAgenda"),
            AgendaClear = Word("ChartAgendaClear"),
            AgendaMore = Word("ChartAgendaMore"),
            Against = Word("ChartAgainst"),
            LastReported = Word("ChartLastReported"),
            Stale = Word("ChartStale"),
            Missing = Word("ChartMissing"),
            Super = Word("ChartSuper"),
            LastPeriods = Word("ChartLastPeriods"),
            Trend = Word("ChartTrend"),
            NoReporter = Word("ChartNoReporter"),
            ProRataOnTrack = Word("ChartProRataOnTrack"),
            ProRataBehind = Word("ChartProRataBehind"),
            ProRataBy = Word("ChartProRataBy"),
            GapOne = Word("ChartGapOne"),
            GapMany = Word("ChartGapMany"),
            MonthNames = [.. global::Pace.Localization.MonthNames.Full(language)],
        };
    }
}
