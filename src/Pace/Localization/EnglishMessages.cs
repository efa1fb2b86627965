namespace Pace.Localization;

/// <summary>English message templates, one constant per key (a code, or a code plus a variant), with named placeholders (<see cref="NamedTemplate"/>); the words of the PACe pages are in EnglishMessages.Chart.cs.</summary>
internal static partial class EnglishMessages
{
    // Rules
    public const string PACE001 = "A chart has 4 to 9 core processes; this one has {count}.";
    public const string PACE002None = "Process '{process}' has no accountable owner; give it exactly one.";
    public const string PACE002Repeated = "Process '{process}' names '{owner}' more than once as its owner; name the owner once.";

    public const string PACE002Many = "Process '{process}' has {count} owners ({owners}); when several people own a process, nobody does — choose one.";
    public const string PACE003 = "Process '{process}' has {count} KPIs; give it exactly three.";
    public const string PACE004 = "Process name '{process}' is used {count} times; process names must be unique.";
    public const string PACE005 = "Owner '{owner}' is not in people; add them to the roster or use one of: {known}.";
    public const string PACE006 = "KPI name '{kpi}' is used {count} times in process '{process}'; KPI names must be unique within a process.";
    public const string PACE007Target = "KPI '{kpi}' of process '{process}' has no target; without one it is not measurable (SMART) — add 'target:'.";
    public const string PACE007Unit = "KPI '{kpi}' of process '{process}' has no unit; say what the target counts (EUR, %, days, leads) so it is measurable (SMART).";
    public const string PACE008 = "KPI '{kpi}' of process '{process}' has no cadence; say per which period the target holds (day, week, month, quarter, year) so it is time-bound (SMART).";
    public const string PACE009 = "Process '{process}' has no leading KPI; add one that looks ahead (like the sales pipeline) and mark it 'timing: leading'.";
    public const string PACE010 = "Process '{process}' has no output KPI; measure at least one result (like deals closed), not only effort, and mark it 'focus: output'.";
    public const string PACE011 = "{person} reports {count} KPIs ({kpis}); keep to a handful — three, four at most.";
    public const string PACE012 = "{person} has no leading KPI; give every person one or two KPIs that look ahead.";
    public const string PACE013 = "KPI '{kpi}' of process '{process}' measures attendance or hours worked ('{word}'); presence is no contribution — measure what the work achieves.";
    public const string PACE014 = "Process '{process}' is named after a department; name the flow it runs from input to outcome (like 'From lead to deal' instead of 'Sales').";
    public const string PACE015 = "Process '{process}' has no fast KPI; add one measured daily or weekly, for the weekly meeting and the daily huddle.";
    public const string PACE016 = "{person} owns {count} core processes ({processes}); more than three stretches one person's accountability thin.";
    public const string PACE017 = "KPI '{kpi}' of process '{process}' sets an individual target on a lagging output; individual targets breed competition within the team — make it a team KPI ('level: team').";
    public const string PACE018 = "KPI '{kpi}' of process '{process}' missed its target {period}: {value} against a target of {target}.";
    public const string PACE018ProRata = "KPI '{kpi}' of process '{process}' is behind {period}: {value} by {date}, against {pro-rata} pro rata ({target} for the whole period) — behind by {gap}.";
    public const string PACE019 = "Process '{process}' has no KPI for {dimensions}; the PACe form gives each process one KPI for better, one for faster and one for cheaper.";
    public const string PACE019Twice = "Process '{process}' has {count} KPIs for {dimension}; the PACe form gives each process one KPI for better, one for faster and one for cheaper.";
    public const string PACE020 = "KPI '{kpi}' of process '{process}' missed its target {count} periods in a row ({first} to {last}).";
    public const string PACE021 = "This suppression of {code} suppresses nothing on the next line; remove it.";
    public const string PACE021Unknown = "This suppression names {code}, which is no rule; check the code.";
    public const string PACE021Empty = "This suppression names no rule; write the codes to suppress, like '# pace-disable-next-line PACE016'.";
    public const string PACE022 = "{text} has characters no font can draw: {characters}; they print as a box. Name a font that has them under theme.fonts in the chart, or fonts in pace.config.yaml.";
    public const string PACE022FontMissing = "The font file '{file}' does not exist; its text is drawn with the bundled fonts.";
    public const string PACE022FontUnreadable = "The font file '{file}' cannot be read; its text is drawn with the bundled fonts.";
    public const string PACE022FontTooLarge = "The font file '{file}' is larger than {limit} MB; name a subset of it (pyftsubset makes one).";
    public const string PACE022FontFormat = "The font file '{file}' cannot be drawn with: {reason}; name a font file (.ttf, .otf with CFF or TrueType outlines, or .ttc/.otc with #N for face N).";
    public const string PACE022FontOutside = "The font file '{file}' lies outside {folders}; a font is read only from the chart's repository (outside one, the chart's folder) or a folder a configuration names in 'font-folders:'. Nothing was read from it; its text is drawn with the bundled fonts.";
    public const string PACE022FontNotRegular = "The font file '{file}' is not a regular file but a folder, FIFO, device or socket; nothing was read from it, and its text is drawn with the bundled fonts.";
    public const string PACE022FontLoop = "The font file '{file}' is a symbolic link that loops (or chains more than 40 links); nothing was read, and its text is drawn with the bundled fonts.";
    public const string PACE023 = "KPI '{kpi}' of process '{process}' was last reported for {last}; as of {date} the number for {expected} is missing.";
    public const string PACE024 = "KPI '{kpi}' of process '{process}' is measured per {cadence}, but '{key}' is {granularity}; it is left out of the status, streak and trend — give one number per {cadence}, like '{example}'.";

    // FACe (functions and the people in process steps)
    public const string PACE030None = "Function '{function}' has no accountable owner; give it exactly one, or mark the seat 'vacant: true' if it is open.";
    public const string PACE030Many = "Function '{function}' has {count} owners ({owners}); when several people hold a seat, nobody does — choose one.";
    public const string PACE030Repeated = "Function '{function}' names '{owner}' more than once as its owner; name the owner once.";

    public const string PACE030Vacant = "Function '{function}' is marked vacant but names an owner ({owners}); remove 'vacant: true' or the owner.";
    public const string PACE031 = "The seat of function '{function}' is open; an open seat is fine to show, but say who fills it, and when.";
    public const string PACE032 = "Function name '{function}' is used {count} times; function names must be unique.";
    public const string PACE033 = "'{person}' is not in people; add them to the roster or use one of: {known}.";
    public const string PACE033Function = "'{function}' is not one of the chart's functions; use one of: {known}.";
    public const string PACE034 = "{person} owns process '{process}' but holds no seat on the FACe; the FACe and the PACe disagree — give them the seat whose work the process is, or another owner.";
    public const string PACE035 = "{person} holds {count} seats ({functions}); the FACe asks of every person in more than one seat whether that is the plan.";
    public const string PACE036 = "Function '{function}' has no leading indicator; add one to three KPIs that show early whether the function is on track.";
    public const string PACE036Many = "Function '{function}' has {count} leading indicators; keep to three at most, so the seat is watched on what matters.";
    public const string PACE037 = "Step '{step}' of process '{process}' names nobody, while other steps do; say who takes part in it.";
    public const string PACE038 = "{person} takes part in step '{step}' of process '{process}' but holds none of its functions' seats ({functions}); check the step's functions, or who does the work.";

    // Load errors
    public const string PACE100 = "This is not valid YAML: {problem}";
    public const string PACE101 = "Unknown key '{key}' in {place}.";
    public const string PACE101Suggestion = "Unknown key '{key}' in {place} — did you mean '{suggestion}'?";
    public const string PACE102 = "'{key}' must be {expected}, but is {actual}.";
    public const string PACE103 = "Key '{key}' appears twice; the first is on line {line}.";
    public const string PACE104 = "'{value}' is not a valid {kind}; use one of: {allowed}.";
    public const string PACE105Missing = "This file does not say which chart format it uses; add 'pace: 1' at the top.";
    public const string PACE105Unsupported = "Chart format version {version} is not supported; this version of Pace reads format 1.";
    public const string PACE106Empty = "The file is empty; a chart is a mapping that starts with 'pace: 1'.";
    public const string PACE106NotMapping = "The file holds {actual}, not a chart; a chart is a mapping that starts with 'pace: 1'.";
    public const string PACE107 = "Required key '{key}' is missing in {place}.";
    public const string PACE108 = "'{value}' is not a period; write a day (2026-10-05), ISO week (2026-W41), month (2026-10), quarter (2026-Q3) or year (2026).";
    public const string PACE109 = "'{value}' is not a usable number for {key}.";
    public const string PACE110 = "The file is larger than the limit of {limit} bytes ({size} bytes or more); it was not read further.";
    public const string PACE111 = "The YAML is nested more than {limit} levels deep.";
    public const string PACE112 = "Aliases expand to more than {limit} nodes; the file is refused (a 'billion laughs' guard).";
    public const string PACE113 = "A value is {length} characters long; the limit is {limit}.";
    public const string PACE114 = "{feature} is not supported in chart files.";
    public const string PACE115 = "'{value}' is not a date; write it as YYYY-MM-DD, e.g. 2026-11-01.";
    public const string PACE116 = "This is {kind}, not a regular file; Pace reads only regular files, so nothing was read from it.";
    public const string PACE117 = "This path is a symbolic link that leads outside {folders}; it was skipped and nothing was read from its target.";
    public const string PACE117Loop = "This path is a symbolic link that loops (or chains more than 40 links); it was skipped.";
    public const string PACE118 = "This configuration file is ignored: it belongs to another user (uid {uid}), who could change how your charts are checked. Pace uses only configuration files owned by you or root, as git does with safe.directory; name it with --config to use it anyway.";
    public const string PACE118Writable = "This configuration file is ignored: other users can write to it (mode {mode}), so anyone could change how your charts are checked. Make it yours alone (chmod go-w), or name it with --config to use it anyway.";
    public const string PACE118FolderWritable = "This configuration file is ignored: other users can write to its folder {folder} (mode {mode}), so anyone could replace it. Make the folder yours alone (chmod go-w), or name the file with --config to use it anyway.";
    public const string PACE119 = "The logo '{file}' is not a PNG Pace can read: {reason}. The chart is drawn without a logo.";
    public const string PACE119Missing = "The logo '{file}' does not exist; the chart is drawn without a logo.";
    public const string PACE119Unreadable = "The logo '{file}' cannot be read; the chart is drawn without a logo.";
    public const string PACE119NotRegular = "The logo '{file}' is {kind}, not a regular file; nothing was read from it, and the chart is drawn without a logo.";
    public const string PACE119Outside = "The logo '{file}' lies outside {folders}; a logo is read only from the chart's repository (outside one, the chart's folder) or a folder a configuration names in 'logo-folders:'. Nothing was read from it.";
    public const string PACE119Loop = "The logo '{file}' is a symbolic link that loops (or chains more than 40 links); nothing was read, and the chart is drawn without a logo.";
    public const string PACE119TooLarge = "The logo '{file}' is larger than the limit of {limit} bytes; it was not read further, and the chart is drawn without a logo.";
    public const string PACE119Pixels = "The logo '{file}' is {width} × {height} pixels; the limit is {limit} × {limit}. Scale it down; the chart is drawn without a logo.";
    public const string PACE120Reserved = "Check code '{code}' starts with PACE, which is Pace's own; give your team's checks a prefix of your own, e.g. ACME001.";
    public const string PACE120Condition = "Check '{code}' needs exactly one condition, one of: {conditions}.";
    public const string PACE120Setting = "Check '{code}': '{setting}' needs a value — a non-empty list, a whole number above zero, or a timing or focus.";
    public const string PACE120Placeholder = "The message of check '{code}' names {{placeholder}}, which this kind of check does not have; use {placeholders}.";
    public const string PACE121 = "'{code}' is not a rule code, so this setting changes nothing; 'pace explain --list' lists the codes.";
    public const string PACE121Suggestion = "'{code}' is not a rule code, so this setting changes nothing — did you mean '{suggestion}'?";
    public const string PACE122 = "Pace does not speak the language '{language}', so this chart is in English; add the language with a translation file that pace.config.yaml names under 'translations:' (docs/localization.md).";
    public const string PACE122Conflict = "The translation '{file}' for '{language}' is not used: '{other}' brought other words for that language first in this run, and one translation serves a language in a run.";
    public const string PACE122Placeholder = "The translation of {key} names {{placeholder}}, which is not one of its placeholders ({placeholders}).";
    public const string PACE122Control = "The translation of {key} holds a control character (a line break, a tab, an escape); a template is one line of plain text.";
    public const string PACE122Name = "A translation's name is 1 to {limit} characters of plain text.";
    public const string PACE122Numbers = "'{value}' cannot write numbers: a separator is one character that is no letter, digit, hyphen or control character, and the decimal and group separators differ.";
    public const string PACE122Missing = "The translation '{file}' does not exist.";
    public const string PACE122Unreadable = "The translation '{file}' cannot be read.";
    public const string PACE122NotRegular = "The translation '{file}' is {kind}, not a regular file; nothing was read from it.";
    public const string PACE122Outside = "The translation '{file}' lies outside {folders}; a translation is read only from the folder of the configuration that names it, and below. Nothing was read from it.";
    public const string PACE122Loop = "The translation '{file}' is a symbolic link that loops (or chains more than 40 links); nothing was read.";
    public const string PACE122TooLarge = "The translation '{file}' is larger than the limit of {limit} bytes; it was not read.";
    public const string PACE122TooMany = "A configuration names at most {limit} translation files; this one names {count}, and none from here on was read.";

    // Period lengths inside rule messages
    public const string CadenceDay = "day";
    public const string CadenceWeek = "week";
    public const string CadenceMonth = "month";
    public const string CadenceQuarter = "quarter";
    public const string CadenceYear = "year";
    public const string OneDay = "a day";
    public const string OneWeek = "a week";
    public const string OneMonth = "a month";
    public const string OneQuarter = "a quarter";
    public const string OneYear = "a year";

    // Phrases used inside load errors
    public const string KindEmpty = "empty";
    public const string KindBoolean = "true or false";
    public const string KindStep = "a step name or a mapping with name, people, functions and kpi";
    public const string FileKindDirectory = "a folder";
    public const string FileKindFifo = "a named pipe (FIFO)";
    public const string FileKindCharacterDevice = "a character device";
    public const string FileKindBlockDevice = "a block device";
    public const string FileKindSocket = "a socket";
    public const string FileKindUnknown = "a special file";
    public const string PngReasonSignature = "it does not start as a PNG file does";
    public const string PngReasonHeader = "its header (IHDR) is missing or invalid";
    public const string PngReasonChecksum = "a chunk's checksum is wrong, so the file is damaged";
    public const string PngReasonTruncated = "the file ends before the image does";
    public const string PngReasonOrder = "its chunks are out of order";
    public const string PngReasonUnknownChunk = "it holds a critical chunk this decoder does not know";
    public const string PngReasonPalette = "its palette is missing or invalid";
    public const string PngReasonFilter = "a row names an unknown filter";
    public const string PngReasonData = "its compressed image data is invalid";
    public const string PngReasonTooLarge = "it is too large";
    public const string KindTextValue = "the text '{text}'";
    public const string KindList = "a list";
    public const string KindMapping = "a mapping";
    public const string KindText = "a text";

    public const string TeamUnits = "KPI '{kpi}' of '{process}' is measured in '{unit}'; this team's units are: {allowed}.";

    public const string TeamForbiddenWords = "'{name}' contains '{word}', a word this team does not use in names.";

    public const string TeamMaxKpisPerPerson = "{person} reports {count} KPIs; this team keeps it to {max} a person.";

    public const string TeamProcessNeedsKpi = "Process '{process}' has no KPI with {kind}; this team wants one in every process.";

    // A team check's rule metadata (SARIF): what each condition requires, and where the check comes from.
    public const string TeamRuleUnits = "Every KPI's unit is one of: {values}.";
    public const string TeamRuleForbiddenWords = "No process, KPI, step or function name contains one of these words: {values}.";
    public const string TeamRuleMaxKpisPerPerson = "Nobody reports more than {limit} KPIs.";
    public const string TeamRuleProcessNeedsKpi = "Every process has a KPI with {kind}.";
    public const string TeamRuleHelp = "{code} is this team's own check, declared under 'checks:' in pace.config.yaml at level {level}. {description} Switch it off for one chart with 'rules: {{code}: off}' in the chart, or for a run with '--rule {code}=off'.";
    public const string KindRuleCode = "a rule code (letters, then three digits, e.g. PACE016)";
    public const string KindNumber = "a number";
    public const string KindWholeNumber = "a whole number";
    public const string KindDate = "a date";
    public const string KindTextList = "a text or a list of texts";
    public const string KindNumberList = "a list of numbers";
    public const string PlaceChart = "the chart";
    public const string PlaceConfig = "the configuration";
    public const string PlaceTranslation = "the translation";
    public const string FeatureSecondDocument = "A second YAML document (---)";
    public const string FeatureTag = "The YAML tag '{tag}'";
    public const string FeatureEncoding = "Text that is not UTF-8";
    public const string ParserStopped = "the YAML parser could not read past this point.";
    public const string SyntaxFlowSequence = "a list in [ ] is not closed: a ',' or ']' is missing.";
    public const string SyntaxFlowMapping = "a mapping in { } is not closed: a ',' or '}' is missing.";
    public const string SyntaxKeyWithoutColon = "a key has no ':' after it.";
    public const string SyntaxValueNotAllowed = "a 'key: value' is not allowed here; check the indentation, or put a value that holds ': ' in quotes.";
    public const string SyntaxQuoteNotClosed = "a quoted text is never closed.";
    public const string SyntaxUnknownEscape = "a backslash escape in double quotes that YAML does not know.";
    public const string SyntaxTabIndent = "a tab is used for indentation; indent with spaces.";
    public const string SyntaxBadCharacter = "nothing can start with this character here (often a tab used for indentation; indent with spaces).";
    public const string SyntaxKeyExpected = "a key was expected here; check the indentation.";
    public const string SyntaxItemExpected = "a list item ('- ') was expected here; check the indentation.";
    public const string SyntaxValueMissing = "a value is missing here.";
    public const string SyntaxAliasWithoutAnchor = "the alias *{alias} names no anchor.";
    public const string ForbiddenCharacter = "the character U+{code-point} may not appear in a YAML file; inside double quotes, write it as the escape \\u{code-point}.";

    // The PACe form's KPI slots inside rule messages
    public const string DimensionBetter = "better";
    public const string DimensionFaster = "faster";
    public const string DimensionCheaper = "cheaper";

    // The reports of pace explain and pace targets as text (the Cli's ReportWords is their view)
    public const string ReportHowPaceReads = "{organisation}: how Pace reads each KPI{as-of}";
    public const string ReportAsOf = " as of {date}";
    public const string ReportAggregateLine = "aggregate: {aggregate} — {meaning}";
    public const string ReportWritten = "{aggregate} (written)";
    public const string ReportFromUnit = "{aggregate} (inferred from the unit '{unit}')";
    public const string ReportFromName = "{aggregate} (inferred from '{word}' in the name)";
    public const string ReportByDefault = "{aggregate} (the default: a count adds up)";
    public const string ReportAddsUp = "the target adds up and breaks down into shorter periods; a period under way is judged pro rata";
    public const string ReportHolds = "the target holds in every period, whole or under way";
    public const string ReportLatestLine = "latest: {period} {value} {judged}: {status}";
    public const string ReportAgainstProRata = "against {pro-rata} pro rata ({days-passed} of {days} days passed, {target} for the whole period)";
    public const string ReportAgainst = "against {target}";
    public const string ReportWithoutTarget = "without a target";
    public const string ReportLeftOut = "left out (not per {cadence}): {periods}";
    public const string ReportNoCadence = "cadence";
    public const string ReportStaleLine = "stale: last reported {last}, missing up to {expected}";
    public const string ReportStatusUnknown = "unknown";
    public const string ReportStatusGreen = "green";
    public const string ReportStatusAmber = "amber";
    public const string ReportStatusRed = "red";
    public const string ReportStatusSuper = "super";
    public const string ReportTargetsFor = "{organisation} — targets for {year}, by {by}";
    public const string ReportPerCadence = "{target} a {cadence}";
    public const string ReportNoTarget = "no target";
    public const string ReportNothingWithoutTarget = "nothing to break down without a target and a cadence";
    public const string ReportTooLarge = "the amounts are too large to break down";
    public const string ReportSameEveryPeriod = "the same target in every period: nothing to break down";
    public const string ReportColumnPeriod = "period";
    public const string ReportColumnFirst = "first";
    public const string ReportColumnLast = "last";
    public const string ReportColumnDays = "days";
    public const string ReportColumnTarget = "target";

    // The words of the FACe pages (the Rendering's FaceLabels is their view)
    public const string FaceFaceTitle = "Functions and accountability (FACe)";
    public const string FaceFaceIntro = "Each function of the business with the one person accountable for it, its leading indicators and the results it answers for.";
    public const string FaceOpenSeat = "Open seat";
    public const string FaceOpenSeatNote = "nobody accountable yet";
    public const string FaceNoOwner = "No single owner";
    public const string FaceLeadingIndicators = "Leading indicators";
    public const string FaceNoIndicators = "No leading indicator yet";
    public const string FaceOutcomes = "Results";
    public const string FaceMatrixTitle = "Functions in the processes (FACe × PACe)";
    public const string FaceMatrixIntro = "Where each function takes part in the steps of each core process. A shaded cell: the process owner holds that seat.";
    public const string FaceTakesPart = "takes part in this many steps";
    public const string FaceOwnerSeat = "process owner holds this seat";
    public const string FaceEmptyRow = "No step names a function or anyone in a seat yet";
    public const string FaceSeat = "Seat";
    public const string FaceStepsTitle = "Takes part in";
    public const string FaceMoreFunctions = "functions {first}–{last} of {count}";

    // The words of the web pages that the printed chart does not have (the Rendering's SiteLabels is their view)
    public const string SiteSkipToContent = "Skip to the content";
    public const string SiteIndexTitle = "Process Accountability Charts";
    public const string SiteIndexIntro = "Every chart of this site with the result of its rule check.";
    public const string SiteAllCharts = "All charts";
    public const string SiteChartPages = "Pages of this chart";
    public const string SiteChartTab = "Chart";
    public const string SiteDownloads = "Download";
    public const string SitePdfDownload = "PDF, every page";
    public const string SitePngDownload = "PNG, the chart";
    public const string SiteSvgDownload = "SVG, the chart";
    public const string SiteProcesses = "Core processes";
    public const string SiteNumber = "No.";
    public const string SiteActuals = "Actuals";
    public const string SitePeriod = "Period";
    public const string SiteValue = "Value";
    public const string SiteOrganization = "Organisation";
    public const string SiteTitle = "Title";
    public const string SiteDate = "Date";
    public const string SiteNotLoaded = "could not be read as a chart";
    public const string SiteRules = "Rules";
    public const string SiteRulesIntro = "What each rule checks, why, and how to fix what it finds.";
    public const string SiteSources = "Sources";
    public const string SiteNotTranslated = "This page has no translation yet; it follows in English.";
    public const string SiteMadeWith = "Made with Pace from the chart file; the PDF has the same content for print.";
    public const string SiteFaceTitle = "Functions (FACe)";
    public const string SiteFaceIntro = "Who holds each seat, the numbers the seat answers for, and the results it delivers.";
    public const string SiteFunction = "Function";
    public const string SiteKpis = "KPIs";
    public const string SiteImproving = "improving";
    public const string SiteWorsening = "worsening";
}
