namespace Pace.Localization;

/// <summary>English message templates, one constant per code. Arguments are numbered as in <see cref="string.Format(string, object[])"/>.</summary>
internal static class EnglishMessages
{
    // Rules
    public const string PACE001 = "A chart has 4 to 9 core processes; this one has {0}.";
    public const string PACE002None = "Process '{0}' has no accountable owner; give it exactly one.";
    public const string PACE002Repeated = "Process '{0}' names '{1}' more than once as its owner; name the owner once.";

    public const string PACE002Many = "Process '{0}' has {1} owners ({2}); when several people own a process, nobody does — choose one.";
    public const string PACE003 = "Process '{0}' has {1} KPIs; give it exactly three.";
    public const string PACE004 = "Process name '{0}' is used {1} times; process names must be unique.";
    public const string PACE005 = "Owner '{0}' is not in people; add them to the roster or use one of: {1}.";
    public const string PACE006 = "KPI name '{0}' is used {1} times in process '{2}'; KPI names must be unique within a process.";
    public const string PACE007Target = "KPI '{0}' of process '{1}' has no target; without one it is not measurable (SMART) — add 'target:'.";
    public const string PACE007Unit = "KPI '{0}' of process '{1}' has no unit; say what the target counts (EUR, %, days, leads) so it is measurable (SMART).";
    public const string PACE008 = "KPI '{0}' of process '{1}' has no cadence; say per which period the target holds (day, week, month, quarter, year) so it is time-bound (SMART).";
    public const string PACE009 = "Process '{0}' has no leading KPI; add one that looks ahead (like the sales pipeline) and mark it 'timing: leading'.";
    public const string PACE010 = "Process '{0}' has no output KPI; measure at least one result (like deals closed), not only effort, and mark it 'focus: output'.";
    public const string PACE011 = "{0} reports {1} KPIs ({2}); keep to a handful — three, four at most.";
    public const string PACE012 = "{0} has no leading KPI; give every person one or two KPIs that look ahead.";
    public const string PACE013 = "KPI '{0}' of process '{1}' measures attendance or hours worked ('{2}'); presence is no contribution — measure what the work achieves.";
    public const string PACE014 = "Process '{0}' is named after a department; name the flow it runs from input to outcome (like 'From lead to deal' instead of 'Sales').";
    public const string PACE015 = "Process '{0}' has no fast KPI; add one measured daily or weekly, for the weekly meeting and the daily huddle.";
    public const string PACE016 = "{0} owns {1} core processes ({2}); more than three stretches one person's accountability thin.";
    public const string PACE017 = "KPI '{0}' of process '{1}' sets an individual target on a lagging output; individual targets breed competition within the team — make it a team KPI ('level: team').";
    public const string PACE018 = "KPI '{0}' of process '{1}' missed its target {2}: {3} against a target of {4}.";
    public const string PACE018ProRata = "KPI '{0}' of process '{1}' is behind {2}: {3} by {4}, against {5} pro rata ({6} for the whole period) — behind by {7}.";
    public const string PACE019 = "Process '{0}' has no KPI for {1}; the PACe form gives each process one KPI for better, one for faster and one for cheaper.";
    public const string PACE019Twice = "Process '{0}' has {1} KPIs for {2}; the PACe form gives each process one KPI for better, one for faster and one for cheaper.";
    public const string PACE020 = "KPI '{0}' of process '{1}' missed its target {2} periods in a row ({3} to {4}).";
    public const string PACE021 = "This suppression of {0} suppresses nothing on the next line; remove it.";
    public const string PACE021Unknown = "This suppression names {0}, which is no rule; check the code.";
    public const string PACE021Empty = "This suppression names no rule; write the codes to suppress, like '# pace-disable-next-line PACE016'.";
    public const string PACE022 = "{0} has characters no font can draw: {1}; they print as a box. Name a font that has them under theme.fonts in the chart, or fonts in pace.config.yaml.";
    public const string PACE022FontMissing = "The font file '{0}' does not exist; its text is drawn with the bundled fonts.";
    public const string PACE022FontUnreadable = "The font file '{0}' cannot be read; its text is drawn with the bundled fonts.";
    public const string PACE022FontTooLarge = "The font file '{0}' is larger than {1} MB; name a subset of it (pyftsubset makes one).";
    public const string PACE022FontFormat = "The font file '{0}' cannot be drawn with: {1}; name a font file (.ttf, .otf with CFF or TrueType outlines, or .ttc/.otc with #N for face N).";
    public const string PACE022FontOutside = "The font file '{0}' lies outside {1}; a font is read only from the chart's repository (outside one, the chart's folder) or a folder a configuration names in 'font-folders:'. Nothing was read from it; its text is drawn with the bundled fonts.";
    public const string PACE022FontNotRegular = "The font file '{0}' is not a regular file but a folder, FIFO, device or socket; nothing was read from it, and its text is drawn with the bundled fonts.";
    public const string PACE022FontLoop = "The font file '{0}' is a symbolic link that loops (or chains more than 40 links); nothing was read, and its text is drawn with the bundled fonts.";
    public const string PACE023 = "KPI '{0}' of process '{1}' was last reported for {2}; as of {3} the number for {4} is missing.";
    public const string PACE024 = "KPI '{0}' of process '{1}' is measured per {4}, but '{2}' is {3}; it is left out of the status, streak and trend — give one number per {4}, like '{5}'.";

    // FACe (functions and the people in process steps)
    public const string PACE030None = "Function '{0}' has no accountable owner; give it exactly one, or mark the seat 'vacant: true' if it is open.";
    public const string PACE030Many = "Function '{0}' has {1} owners ({2}); when several people hold a seat, nobody does — choose one.";
    public const string PACE030Repeated = "Function '{0}' names '{1}' more than once as its owner; name the owner once.";

    public const string PACE030Vacant = "Function '{0}' is marked vacant but names an owner ({1}); remove 'vacant: true' or the owner.";
    public const string PACE031 = "The seat of function '{0}' is open; an open seat is fine to show, but say who fills it, and when.";
    public const string PACE032 = "Function name '{0}' is used {1} times; function names must be unique.";
    public const string PACE033 = "'{0}' is not in people; add them to the roster or use one of: {1}.";
    public const string PACE033Function = "'{0}' is not one of the chart's functions; use one of: {1}.";
    public const string PACE034 = "{0} owns process '{1}' but holds no seat on the FACe; the FACe and the PACe disagree — give them the seat whose work the process is, or another owner.";
    public const string PACE035 = "{0} holds {1} seats ({2}); the FACe asks of every person in more than one seat whether that is the plan.";
    public const string PACE036 = "Function '{0}' has no leading indicator; add one to three KPIs that show early whether the function is on track.";
    public const string PACE036Many = "Function '{0}' has {1} leading indicators; keep to three at most, so the seat is watched on what matters.";
    public const string PACE037 = "Step '{0}' of process '{1}' names nobody, while other steps do; say who takes part in it.";
    public const string PACE038 = "{0} takes part in step '{1}' of process '{2}' but holds none of its functions' seats ({3}); check the step's functions, or who does the work.";

    // Load errors
    public const string PACE100 = "This is not valid YAML: {0}";
    public const string PACE101 = "Unknown key '{0}' in {1}.";
    public const string PACE101Suggestion = "Unknown key '{0}' in {1} — did you mean '{2}'?";
    public const string PACE102 = "'{0}' must be {1}, but is {2}.";
    public const string PACE103 = "Key '{0}' appears twice; the first is on line {1}.";
    public const string PACE104 = "'{0}' is not a valid {1}; use one of: {2}.";
    public const string PACE105Missing = "This file does not say which chart format it uses; add 'pace: 1' at the top.";
    public const string PACE105Unsupported = "Chart format version {0} is not supported; this version of Pace reads format 1.";
    public const string PACE106Empty = "The file is empty; a chart is a mapping that starts with 'pace: 1'.";
    public const string PACE106NotMapping = "The file holds {0}, not a chart; a chart is a mapping that starts with 'pace: 1'.";
    public const string PACE107 = "Required key '{0}' is missing in {1}.";
    public const string PACE108 = "'{0}' is not a period; write a day (2026-10-05), ISO week (2026-W41), month (2026-10), quarter (2026-Q3) or year (2026).";
    public const string PACE109 = "'{0}' is not a usable number for {1}.";
    public const string PACE110 = "The file is larger than the limit of {1} bytes ({0} bytes or more); it was not read further.";
    public const string PACE111 = "The YAML is nested more than {0} levels deep.";
    public const string PACE112 = "Aliases expand to more than {0} nodes; the file is refused (a 'billion laughs' guard).";
    public const string PACE113 = "A value is {0} characters long; the limit is {1}.";
    public const string PACE114 = "{0} is not supported in chart files.";
    public const string PACE115 = "'{0}' is not a date; write it as YYYY-MM-DD, e.g. 2026-11-01.";
    public const string PACE116 = "This is {0}, not a regular file; Pace reads only regular files, so nothing was read from it.";
    public const string PACE117 = "This path is a symbolic link that leads outside {0}; it was skipped and nothing was read from its target.";
    public const string PACE117Loop = "This path is a symbolic link that loops (or chains more than 40 links); it was skipped.";
    public const string PACE118 = "This configuration file is ignored: it belongs to another user (uid {0}), who could change how your charts are checked. Pace uses only configuration files owned by you or root, as git does with safe.directory; name it with --config to use it anyway.";
    public const string PACE118Writable = "This configuration file is ignored: other users can write to it (mode {0}), so anyone could change how your charts are checked. Make it yours alone (chmod go-w), or name it with --config to use it anyway.";
    public const string PACE118FolderWritable = "This configuration file is ignored: other users can write to its folder {0} (mode {1}), so anyone could replace it. Make the folder yours alone (chmod go-w), or name the file with --config to use it anyway.";
    public const string PACE119 = "The logo '{0}' is not a PNG Pace can read: {1}. The chart is drawn without a logo.";
    public const string PACE119Missing = "The logo '{0}' does not exist; the chart is drawn without a logo.";
    public const string PACE119Unreadable = "The logo '{0}' cannot be read; the chart is drawn without a logo.";
    public const string PACE119NotRegular = "The logo '{0}' is {1}, not a regular file; nothing was read from it, and the chart is drawn without a logo.";
    public const string PACE119Outside = "The logo '{0}' lies outside {1}; a logo is read only from the chart's repository (outside one, the chart's folder) or a folder a configuration names in 'logo-folders:'. Nothing was read from it.";
    public const string PACE119Loop = "The logo '{0}' is a symbolic link that loops (or chains more than 40 links); nothing was read, and the chart is drawn without a logo.";
    public const string PACE119TooLarge = "The logo '{0}' is larger than the limit of {1} bytes; it was not read further, and the chart is drawn without a logo.";
    public const string PACE119Pixels = "The logo '{0}' is {1} × {2} pixels; the limit is {3} × {3}. Scale it down; the chart is drawn without a logo.";
    public const string PACE120Reserved = "Check code '{0}' starts with PACE, which is Pace's own; give your team's checks a prefix of your own, e.g. ACME001.";
    public const string PACE120Condition = "Check '{0}' needs exactly one condition, one of: {1}.";
    public const string PACE120Setting = "Check '{0}': '{1}' needs a value — a non-empty list, a whole number above zero, or a timing or focus.";
    public const string PACE120Placeholder = "The message of check '{0}' names {{{1}}}, which this kind of check does not have; use {2}.";
    public const string PACE121 = "'{0}' is not a rule code, so this setting changes nothing; 'pace explain --list' lists the codes.";
    public const string PACE121Suggestion = "'{0}' is not a rule code, so this setting changes nothing — did you mean '{1}'?";

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
    public const string KindTextValue = "the text '{0}'";
    public const string KindList = "a list";
    public const string KindMapping = "a mapping";
    public const string KindText = "a text";

    public const string TeamUnits = "KPI '{kpi}' of '{process}' is measured in '{unit}'; this team's units are: {allowed}.";

    public const string TeamForbiddenWords = "'{name}' contains '{word}', a word this team does not use in names.";

    public const string TeamMaxKpisPerPerson = "{person} reports {count} KPIs; this team keeps it to {max} a person.";

    public const string TeamProcessNeedsKpi = "Process '{process}' has no KPI with {kind}; this team wants one in every process.";

    // A team check's rule metadata (SARIF): what each condition requires, and where the check comes from.
    public const string TeamRuleUnits = "Every KPI's unit is one of: {0}.";
    public const string TeamRuleForbiddenWords = "No process, KPI, step or function name contains one of these words: {0}.";
    public const string TeamRuleMaxKpisPerPerson = "Nobody reports more than {0} KPIs.";
    public const string TeamRuleProcessNeedsKpi = "Every process has a KPI with {0}.";
    public const string TeamRuleHelp = "{0} is this team's own check, declared under 'checks:' in pace.config.yaml at level {1}. {2} Switch it off for one chart with 'rules: {{{0}: off}}' in the chart, or for a run with '--rule {0}=off'.";
    public const string KindRuleCode = "a rule code (letters, then three digits, e.g. PACE016)";
    public const string KindNumber = "a number";
    public const string KindWholeNumber = "a whole number";
    public const string KindDate = "a date";
    public const string KindTextList = "a text or a list of texts";
    public const string KindNumberList = "a list of numbers";
    public const string PlaceChart = "the chart";
    public const string PlaceConfig = "the configuration";
    public const string FeatureSecondDocument = "A second YAML document (---)";
    public const string FeatureTag = "The YAML tag '{0}'";
    public const string FeatureEncoding = "Text that is not UTF-8";
    public const string ParserStopped = "the YAML parser could not read past this point.";
    public const string SyntaxFlowSequence = "a list in [ ] is not closed: a ',' or ']' is missing.";
    public const string SyntaxFlowMapping = "a mapping in {{ }} is not closed: a ',' or '}}' is missing.";
    public const string SyntaxKeyWithoutColon = "a key has no ':' after it.";
    public const string SyntaxValueNotAllowed = "a 'key: value' is not allowed here; check the indentation, or put a value that holds ': ' in quotes.";
    public const string SyntaxQuoteNotClosed = "a quoted text is never closed.";
    public const string SyntaxUnknownEscape = "a backslash escape in double quotes that YAML does not know.";
    public const string SyntaxTabIndent = "a tab is used for indentation; indent with spaces.";
    public const string SyntaxBadCharacter = "nothing can start with this character here (often a tab used for indentation; indent with spaces).";
    public const string SyntaxKeyExpected = "a key was expected here; check the indentation.";
    public const string SyntaxItemExpected = "a list item ('- ') was expected here; check the indentation.";
    public const string SyntaxValueMissing = "a value is missing here.";
    public const string SyntaxAliasWithoutAnchor = "the alias *{0} names no anchor.";
    public const string ForbiddenCharacter = "the character U+{0} may not appear in a YAML file; inside double quotes, write it as the escape \\u{0}.";

    // The PACe form's KPI slots inside rule messages
    public const string DimensionBetter = "better";
    public const string DimensionFaster = "faster";
    public const string DimensionCheaper = "cheaper";
}
