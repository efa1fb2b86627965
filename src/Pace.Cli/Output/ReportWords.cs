using System.Globalization;
using Pace.Analysis;
using Pace.Localization;

namespace Pace.Cli.Output;

/// <summary>
/// The words of the KPI reports people read — <c>pace explain CHART</c> and <c>pace targets</c> as text — in the
/// chart's language (or <c>--lang</c>): a typed view of the <c>Report…</c> templates of the message catalogue, so the Dutch report says
/// "tegenover € 100.000 naar rato" beside Dutch numbers instead of English words. YAML keys and values
/// (<c>aggregate: sum</c>) stay as the file writes them; CSV and JSON are for programs and stay English.
/// </summary>
internal sealed record ReportWords
{
    /// <summary>The language.</summary>
    public required ChartLanguage Language { get; init; }

    /// <summary>The explanation's first line: {organisation} the organisation, {as-of} <see cref="AsOf"/> or nothing.</summary>
    public required string HowPaceReads { get; init; }

    /// <summary>{date} the chart's date.</summary>
    public required string AsOf { get; init; }

    /// <summary>{aggregate} the aggregate and why, {meaning} what it means for the target.</summary>
    public required string AggregateLine { get; init; }

    /// <summary>{aggregate}: sum, average or last.</summary>
    public required string Written { get; init; }

    /// <summary>{aggregate} the aggregate, {unit} the unit.</summary>
    public required string FromUnit { get; init; }

    /// <summary>{aggregate} the aggregate, {word} the word of the name.</summary>
    public required string FromName { get; init; }

    /// <summary>{aggregate} the aggregate.</summary>
    public required string ByDefault { get; init; }

    public required string AddsUp { get; init; }

    public required string Holds { get; init; }

    /// <summary>{period} the period (<see cref="InPeriodText"/>), {value} the value, {judged} what it was judged against, {status} the status.</summary>
    public required string LatestLine { get; init; }

    /// <summary>{pro-rata} the pro-rata target, {days-passed} days passed, {days} days in the period, {target} the whole period's target.</summary>
    public required string AgainstProRata { get; init; }

    /// <summary>{target} the target.</summary>
    public required string Against { get; init; }

    public required string WithoutTarget { get; init; }

    /// <summary>{cadence} the cadence (or <see cref="NoCadence"/>), {periods} the periods left out.</summary>
    public required string LeftOut { get; init; }

    /// <summary>What stands for the cadence of a KPI that has none.</summary>
    public required string NoCadence { get; init; }

    /// <summary>{last} the last period reported (<see cref="InPeriodText"/>), {expected} the last one due.</summary>
    public required string StaleLine { get; init; }

    /// <summary>The status words, in the order of <see cref="KpiStatus"/>: unknown, green, amber, red, super-green.</summary>
    public required string[] Statuses { get; init; }

    /// <summary>The targets' first line: {organisation} the organisation, {year} the year, {by} week, month or quarter.</summary>
    public required string TargetsFor { get; init; }

    /// <summary>{target} the target, {cadence} its cadence.</summary>
    public required string PerCadence { get; init; }

    public required string NoTarget { get; init; }

    public required string NothingWithoutTarget { get; init; }

    public required string TooLarge { get; init; }

    public required string SameEveryPeriod { get; init; }

    /// <summary>The table's heads: period, first day, last day, days, target.</summary>
    public required string[] Columns { get; init; }

    /// <summary>How wide the period column is: room for the longest period at the deepest level, indented.</summary>
    public required int PeriodWidth { get; init; }

    private static readonly CatalogView<ReportWords> Views = new(From);

    /// <summary>English: the file's keys (2026-W43), as these reports have always printed them.</summary>
    public static ReportWords English => Views.For(ChartLanguage.English);

    /// <summary>Dutch, in the words of docs/glossary.md, with periods and dates the Dutch way ("in week 38 van 2026").</summary>
    public static ReportWords Dutch => Views.For(ChartLanguage.Dutch);

    /// <summary>The view of a language's report words in the message catalogue (the <c>Report…</c> keys).</summary>
    private static ReportWords From(ChartLanguage language)
    {
        string Word(string key) => MessageTable.Get(language, key);
        return new()
        {
            Language = language,
            HowPaceReads = Word("ReportHowPaceReads"),
            AsOf = Word("ReportAsOf"),
            AggregateLine = Word("ReportAggregateLine"),
            Written = Word("ReportWritten"),
            FromUnit = Word("ReportFromUnit"),
            FromName = Word("ReportFromName"),
            ByDefault = Word("ReportByDefault"),
            AddsUp = Word("ReportAddsUp"),
            Holds = Word("ReportHolds"),
            LatestLine = Word("ReportLatestLine"),
            AgainstProRata = Word("ReportAgainstProRata"),
            Against = Word("ReportAgainst"),
            WithoutTarget = Word("ReportWithoutTarget"),
            LeftOut = Word("ReportLeftOut"),
            NoCadence = Word("ReportNoCadence"),
            StaleLine = Word("ReportStaleLine"),
            Statuses = [Word("ReportStatusUnknown"), Word("ReportStatusGreen"), Word("ReportStatusAmber"), Word("ReportStatusRed"), Word("ReportStatusSuper")],
            TargetsFor = Word("ReportTargetsFor"),
            PerCadence = Word("ReportPerCadence"),
            NoTarget = Word("ReportNoTarget"),
            NothingWithoutTarget = Word("ReportNothingWithoutTarget"),
            TooLarge = Word("ReportTooLarge"),
            SameEveryPeriod = Word("ReportSameEveryPeriod"),
            Columns = [Word("ReportColumnPeriod"), Word("ReportColumnFirst"), Word("ReportColumnLast"), Word("ReportColumnDays"), Word("ReportColumnTarget")],
            PeriodWidth = language == ChartLanguage.Dutch ? 30 : 24,
        };
    }

    /// <summary>The words of a language.</summary>
    public static ReportWords For(ChartLanguage language) => Views.For(language);

    /// <summary>A template filled in by name.</summary>
    public static string Say(string template, params MessageArgument[] values) => NamedTemplate.Fill(template, values);

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
