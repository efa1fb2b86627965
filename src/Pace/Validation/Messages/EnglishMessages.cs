namespace Pace.Validation.Messages;

/// <summary>English message templates, one constant per code. Arguments are numbered as in <see cref="string.Format(string, object[])"/>.</summary>
internal static class EnglishMessages
{
    // Rules
    public const string PACE001 = "A chart has 4 to 9 core processes; this one has {0}.";
    public const string PACE002None = "Process '{0}' has no accountable owner; give it exactly one.";
    public const string PACE002Many = "Process '{0}' has {1} owners ({2}); when several people own a process, nobody does — choose one.";
    public const string PACE003 = "Process '{0}' has {1} KPIs; give it exactly three.";
    public const string PACE004 = "Process name '{0}' is used {1} times; process names must be unique.";
    public const string PACE005 = "Owner '{0}' is not in people; add them to the roster or use one of: {1}.";
    public const string PACE006 = "KPI name '{0}' is used {1} times in process '{2}'; KPI names must be unique within a process.";

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
    public const string PACE110 = "The file is {0} bytes; the limit is {1} bytes.";
    public const string PACE111 = "The YAML is nested more than {0} levels deep.";
    public const string PACE112 = "Aliases expand to more than {0} nodes; the file is refused (a 'billion laughs' guard).";
    public const string PACE113 = "A value is {0} characters long; the limit is {1}.";
    public const string PACE114 = "{0} is not supported in chart files.";
    public const string PACE115 = "'{0}' is not a date; write it as YYYY-MM-DD, e.g. 2026-11-01.";

    // Phrases used inside load errors
    public const string KindEmpty = "empty";
    public const string KindTextValue = "the text '{0}'";
    public const string KindList = "a list";
    public const string KindMapping = "a mapping";
    public const string KindText = "a text";
    public const string KindNumber = "a number";
    public const string KindWholeNumber = "a whole number";
    public const string KindDate = "a date";
    public const string KindTextList = "a text or a list of texts";
    public const string KindNumberList = "a list of numbers";
    public const string PlaceChart = "the chart";
    public const string FeatureSecondDocument = "A second YAML document (---)";
    public const string FeatureTag = "The YAML tag '{0}'";
    public const string FeatureEncoding = "Text that is not UTF-8";
    public const string ParserStopped = "the YAML parser could not read past this point.";
    public const string ForbiddenCharacter = "the character U+{0} may not appear in a YAML file; inside double quotes, write it as the escape \\u{0}.";
}
