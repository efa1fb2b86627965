using System.Globalization;
using Pace.Analysis;
using Pace.Localization;

namespace Pace.Cli.Output;

/// <summary>
/// The words of the KPI reports people read — <c>pace explain CHART</c> and <c>pace targets</c> as text — in the
/// chart's language (or <c>--lang</c>): one record per language, like the chart's labels, so the Dutch report says
/// "tegenover € 100.000 naar rato" beside Dutch numbers instead of English words. YAML keys and values
/// (<c>aggregate: sum</c>) stay as the file writes them; CSV and JSON are for programs and stay English.
/// </summary>
internal sealed record ReportWords
{
    /// <summary>The language.</summary>
    public required ChartLanguage Language { get; init; }

    /// <summary>The explanation's first line: {0} the organisation, {1} <see cref="AsOf"/> or nothing.</summary>
    public required string HowPaceReads { get; init; }

    /// <summary>{0} the chart's date.</summary>
    public required string AsOf { get; init; }

    /// <summary>{0} the aggregate and why, {1} what it means for the target.</summary>
    public required string AggregateLine { get; init; }

    /// <summary>{0} sum, average or last.</summary>
    public required string Written { get; init; }

    /// <summary>{0} the aggregate, {1} the unit.</summary>
    public required string FromUnit { get; init; }

    /// <summary>{0} the aggregate, {1} the word of the name.</summary>
    public required string FromName { get; init; }

    /// <summary>{0} the aggregate.</summary>
    public required string ByDefault { get; init; }

    public required string AddsUp { get; init; }

    public required string Holds { get; init; }

    /// <summary>{0} the period (<see cref="InPeriodText"/>), {1} the value, {2} what it was judged against, {3} the status.</summary>
    public required string LatestLine { get; init; }

    /// <summary>{0} the pro-rata target, {1} days passed, {2} days in the period, {3} the whole period's target.</summary>
    public required string AgainstProRata { get; init; }

    /// <summary>{0} the target.</summary>
    public required string Against { get; init; }

    public required string WithoutTarget { get; init; }

    /// <summary>{0} the cadence (or <see cref="NoCadence"/>), {1} the periods left out.</summary>
    public required string LeftOut { get; init; }

    /// <summary>What stands for the cadence of a KPI that has none.</summary>
    public required string NoCadence { get; init; }

    /// <summary>{0} the last period reported (<see cref="InPeriodText"/>), {1} the last one due.</summary>
    public required string StaleLine { get; init; }

    /// <summary>The status words, in the order of <see cref="KpiStatus"/>: unknown, green, amber, red, super-green.</summary>
    public required string[] Statuses { get; init; }

    /// <summary>The targets' first line: {0} the organisation, {1} the year, {2} week, month or quarter.</summary>
    public required string TargetsFor { get; init; }

    /// <summary>{0} the target, {1} its cadence.</summary>
    public required string PerCadence { get; init; }

    public required string NoTarget { get; init; }

    public required string NothingWithoutTarget { get; init; }

    public required string TooLarge { get; init; }

    public required string SameEveryPeriod { get; init; }

    /// <summary>The table's heads: period, first day, last day, days, target.</summary>
    public required string[] Columns { get; init; }

    /// <summary>How wide the period column is: room for the longest period at the deepest level, indented.</summary>
    public required int PeriodWidth { get; init; }

    /// <summary>English: the file's keys (2026-W43), as these reports have always printed them.</summary>
    public static ReportWords English { get; } = new()
    {
        Language = ChartLanguage.English,
        HowPaceReads = "{0}: how Pace reads each KPI{1}",
        AsOf = " as of {0}",
        AggregateLine = "aggregate: {0} — {1}",
        Written = "{0} (written)",
        FromUnit = "{0} (inferred from the unit '{1}')",
        FromName = "{0} (inferred from '{1}' in the name)",
        ByDefault = "{0} (the default: a count adds up)",
        AddsUp = "the target adds up and breaks down into shorter periods; a period under way is judged pro rata",
        Holds = "the target holds in every period, whole or under way",
        LatestLine = "latest: {0} {1} {2}: {3}",
        AgainstProRata = "against {0} pro rata ({1} of {2} days passed, {3} for the whole period)",
        Against = "against {0}",
        WithoutTarget = "without a target",
        LeftOut = "left out (not per {0}): {1}",
        NoCadence = "cadence",
        StaleLine = "stale: last reported {0}, missing up to {1}",
        Statuses = ["unknown", "green", "amber", "red", "super"],
        TargetsFor = "{0} — targets for {1}, by {2}",
        PerCadence = "{0} a {1}",
        NoTarget = "no target",
        NothingWithoutTarget = "nothing to break down without a target and a cadence",
        TooLarge = "the amounts are too large to break down",
        SameEveryPeriod = "the same target in every period: nothing to break down",
        Columns = ["period", "first", "last", "days", "target"],
        PeriodWidth = 24,
    };

    /// <summary>Dutch, in the words of docs/glossary.md, with periods and dates the Dutch way ("in week 38 van 2026").</summary>
    public static ReportWords Dutch { get; } = new()
    {
        Language = ChartLanguage.Dutch,
        HowPaceReads = "{0}: hoe Pace elke KPI leest{1}",
        AsOf = ", stand per {0}",
        AggregateLine = "aggregate: {0} — {1}",
        Written = "{0} (zo geschreven)",
        FromUnit = "{0} (afgeleid uit de eenheid '{1}')",
        FromName = "{0} (afgeleid uit '{1}' in de naam)",
        ByDefault = "{0} (de standaard: een aantal telt op)",
        AddsUp = "het doel telt op en wordt verdeeld over kortere perioden; een periode die nog loopt, wordt naar rato beoordeeld",
        Holds = "het doel geldt in elke periode, afgelopen of lopend",
        LatestLine = "laatste cijfer: {1} {0}, {2}: {3}",
        AgainstProRata = "tegenover {0} naar rato ({1} van {2} dagen voorbij, {3} voor de hele periode)",
        Against = "tegenover {0}",
        WithoutTarget = "zonder doel",
        LeftOut = "niet meegeteld (niet per {0}): {1}",
        NoCadence = "ritme",
        StaleLine = "niet bijgewerkt: laatste cijfer {0}, ontbreekt tot en met {1}",
        Statuses = ["onbekend", "groen", "oranje", "rood", "supergroen"],
        TargetsFor = "{0} — doelen voor {1}, per {2}",
        PerCadence = "{0} per {1}",
        NoTarget = "geen doel",
        NothingWithoutTarget = "zonder doel en ritme valt er niets te verdelen",
        TooLarge = "de bedragen zijn te groot om te verdelen",
        SameEveryPeriod = "in elke periode hetzelfde doel: niets te verdelen",
        Columns = ["periode", "eerste dag", "laatste dag", "dagen", "doel"],
        PeriodWidth = 30,
    };

    /// <summary>The words of a language.</summary>
    public static ReportWords For(ChartLanguage language) => language == ChartLanguage.Dutch ? Dutch : English;

    /// <summary>A template filled in.</summary>
    public static string Say(string template, params object[] values) => string.Format(CultureInfo.InvariantCulture, template, values);

    /// <summary>A period: "week 43 van 2026" in Dutch, the key "2026-W43" in English.</summary>
    public string PeriodText(Period period) => Language == ChartLanguage.Dutch ? PeriodFormat.Words(period, Language) : period.ToString();

    /// <summary>A period with its preposition: "in week 38 van 2026", "op 31 oktober 2026"; in English the key.</summary>
    public string InPeriodText(Period period) => Language == ChartLanguage.Dutch ? PeriodFormat.In(period, Language) : period.ToString();

    /// <summary>A date: "1 november 2026" in Dutch, "2026-11-01" in English.</summary>
    public string Date(DateOnly date) => Language == ChartLanguage.Dutch ? PeriodFormat.Date(date, Language) : date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A cadence's name: "kwartaal", "quarter" (the words of the rule messages).</summary>
    public string CadenceName(Cadence cadence) => MessageTable.Get(Language, "Cadence" + cadence);

    /// <summary>A status word.</summary>
    public string Status(KpiStatus status) => Statuses[(int)status];
}
