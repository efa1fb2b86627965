namespace Pace.Localization;

/// <summary>
/// The English words of the PACe pages (the Rendering's <c>Labels</c> is their view, <c>Chart…</c> keys) and the
/// month names every period in words uses (<c>Month…</c> keys, read by <see cref="MonthNames"/>).
/// </summary>
internal static partial class EnglishMessages
{
    // The words of the PACe pages
    public const string ChartDefaultTitle = "Process Accountability Chart";

    /// <summary>{date} the chart's date in words.</summary>
    public const string ChartAsOf = "As of {date}";
    public const string ChartCustomerJourney = "Customer journey";
    public const string ChartColumnProcess = "Core process";
    public const string ChartColumnAccountable = "Accountable";

    /// <summary>{number} the KPI column, from 1.</summary>
    public const string ChartKpiSlot = "KPI {number}";
    public const string ChartBetter = "Better";
    public const string ChartFaster = "Faster";
    public const string ChartCheaper = "Cheaper";
    public const string ChartNoOwner = "No single owner";
    public const string ChartMissingKpi = "KPI missing";
    public const string ChartNoTarget = "no target";

    /// <summary>{count} how many more rows than the page shows.</summary>
    public const string ChartMoreKpis = "+{count} more";
    public const string ChartDay = "day";
    public const string ChartWeek = "week";
    public const string ChartMonth = "month";
    public const string ChartQuarter = "quarter";
    public const string ChartYear = "year";

    /// <summary>{count} the ISO weeks that start in {period}.</summary>
    public const string ChartWeeksIn = "{count} weeks in {period}";
    public const string ChartLeading = "leading";
    public const string ChartLagging = "lagging";
    public const string ChartInput = "input";
    public const string ChartOutput = "output";
    public const string ChartFast = "fast";
    public const string ChartSlow = "slow";
    public const string ChartHard = "hard";
    public const string ChartSoft = "soft";
    public const string ChartNoFindings = "No findings";
    public const string ChartErrorsOne = "{count} error";
    public const string ChartErrorsMany = "{count} errors";
    public const string ChartWarningsOne = "{count} warning";
    public const string ChartWarningsMany = "{count} warnings";
    public const string ChartInfosOne = "{count} note";
    public const string ChartInfosMany = "{count} notes";

    /// <summary>{page} this page's number, {pages} how many there are.</summary>
    public const string ChartPageOf = "Page {page} of {pages}";
    public const string ChartOnTarget = "on target";
    public const string ChartWithinTolerance = "within tolerance";
    public const string ChartOffTarget = "target missed";

    /// <summary>{organisation} the organisation (the template without it when the chart names none).</summary>
    public const string ChartLogo = "Logo of {organisation}";
    public const string ChartWithinAdvice = "within the advised range";
    public const string ChartOutsideAdvice = "outside the advised range";

    /// <summary>A sparkline's text: {count} actuals from {first-period} to {last-period}, {first} and {last} their values.</summary>
    public const string ChartCourseOf = "Course of {count} actuals, {first-period} to {last-period}: first {first}, last {last}";

    /// <summary>A sparkline of one actual: {period} and its {value}.</summary>
    public const string ChartCourseOfOne = "One actual, {period}: {value}";

    /// <summary>{findings} the count of findings, e.g. "2 errors".</summary>
    public const string ChartBanner = "Rendered despite {findings}: this chart breaks accountability rules. See the findings page.";
    public const string ChartPeopleTitle = "People and focus";
    public const string ChartPeopleIntro = "Who is accountable for which process and reports which KPIs. A handful is 3–4 KPIs, 1–2 of them leading.";
    public const string ChartPerson = "Person";
    public const string ChartOwns = "Accountable for";
    public const string ChartReports = "Reports KPIs";
    public const string ChartHandful = "KPIs (3–4)";
    public const string ChartLeadingCount = "Leading (1–2)";
    public const string ChartKpiMix = "KPI mix of the chart";
    public const string ChartNotSet = "not set";
    public const string ChartTrendsTitle = "Trends";
    public const string ChartTrendsIntro = "Every KPI with actuals: its course against the target. Six or more actuals reveal a trend, read from the latest six.";
    public const string ChartLatest = "Latest";
    public const string ChartTarget = "target";
    public const string ChartRising = "rising";
    public const string ChartFalling = "falling";
    public const string ChartFlat = "flat";
    public const string ChartNoTrend = "no trend yet";
    public const string ChartPer = "a";
    public const string ChartFindingsTitle = "Findings";
    public const string ChartSeverity = "Severity";
    public const string ChartCode = "Code";
    public const string ChartMessage = "Message";
    public const string ChartLocation = "Location";
    public const string ChartError = "error";
    public const string ChartWarning = "warning";
    public const string ChartInfo = "info";
    public const string ChartWholeChart = "whole chart";
    public const string ChartScorecardTitle = "Scorecard";
    public const string ChartScorecardIntro = "The weekly meeting's numbers: the last 13 periods of every KPI with actuals, by the person who reports them.";
    public const string ChartAgenda = "Agenda: red, amber and stale, in that order";
    public const string ChartAgendaClear = "Nothing red, amber or stale.";

    /// <summary>{count} the agenda items the page has no room for.</summary>
    public const string ChartAgendaMore = "and {count} more";

    /// <summary>{value} the latest actual, {target} the target.</summary>
    public const string ChartAgainst = "{value} against {target}";

    /// <summary>{period} the last period reported.</summary>
    public const string ChartLastReported = "last reported {period}";
    public const string ChartStale = "stale";
    public const string ChartMissing = "missing";
    public const string ChartSuper = "super-green";
    public const string ChartLastPeriods = "Last 13 periods, oldest first";
    public const string ChartTrend = "Trend";
    public const string ChartNoReporter = "reported by nobody";

    /// <summary>{so-far} the pro-rata line ("€100,000 by 1 Nov").</summary>
    public const string ChartProRataOnTrack = "on track pro rata ({so-far})";

    /// <summary>{gap} how far behind, {so-far} the pro-rata line.</summary>
    public const string ChartProRataBehind = "behind by {gap} ({so-far})";

    /// <summary>{value} the target so far, {date} the day it is due by.</summary>
    public const string ChartProRataBy = "{value} by {date}";

    /// <summary>{period} the one period without an actual.</summary>
    public const string ChartGapOne = "{period} missing";

    /// <summary>{first} to {last}: the periods without actuals.</summary>
    public const string ChartGapMany = "{first}\u2013{last} missing";

    // The months, written out ("oktober 2026") and brief, for a table column ("okt")
    public const string MonthJanuary = "January";
    public const string MonthFebruary = "February";
    public const string MonthMarch = "March";
    public const string MonthApril = "April";
    public const string MonthMay = "May";
    public const string MonthJune = "June";
    public const string MonthJuly = "July";
    public const string MonthAugust = "August";
    public const string MonthSeptember = "September";
    public const string MonthOctober = "October";
    public const string MonthNovember = "November";
    public const string MonthDecember = "December";
    public const string MonthJanuaryBrief = "Jan";
    public const string MonthFebruaryBrief = "Feb";
    public const string MonthMarchBrief = "Mar";
    public const string MonthAprilBrief = "Apr";
    public const string MonthMayBrief = "May";
    public const string MonthJuneBrief = "Jun";
    public const string MonthJulyBrief = "Jul";
    public const string MonthAugustBrief = "Aug";
    public const string MonthSeptemberBrief = "Sep";
    public const string MonthOctoberBrief = "Oct";
    public const string MonthNovemberBrief = "Nov";
    public const string MonthDecemberBrief = "Dec";

    // Periods and dates in words, and as brief as a table column allows (PeriodFormat)
    public const string PeriodWeek = "week {week} of {year}";
    public const string PeriodMonth = "{month} {year}";
    public const string PeriodQuarter = "Q{quarter} {year}";
    public const string PeriodDate = "{day} {month} {year}";
    public const string PeriodOnDay = "on {period}";
    public const string PeriodInPeriod = "in {period}";
    public const string PeriodBriefDay = "{day} {month}";
    public const string PeriodBriefWeek = "W{week}";
    public const string PeriodBriefQuarter = "Q{quarter}";
}
