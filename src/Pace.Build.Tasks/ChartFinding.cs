using System.Globalization;
using System.Text.RegularExpressions;

namespace Pace.Build.Tasks;

/// <summary>One finding of a chart, as the check's report and a stamp hold it.</summary>
internal sealed class ChartFinding(string severity, string code, int line, int column, string message)
{
    /// <summary>
    /// A finding line of <c>pace validate</c>'s text format, <c>path:line:col: severity CODE: message</c> (or
    /// <c>path: severity CODE: message</c>). The path's own colons are escaped in that format (a drive letter's aside),
    /// so the first <c>: severity CODE: </c> after a location is the finding's.
    /// </summary>
    private static readonly Regex Finding = new(@"(:(?<line>\d+):(?<column>\d+))?: (?<severity>error|warning|info) (?<code>[^ :]+): (?<message>.*)$", RegexOptions.CultureInvariant);

    public static ChartFinding? Parse(string text)
    {
        var m = Finding.Match(text);
        return m.Success
            ? new ChartFinding(m.Groups["severity"].Value, m.Groups["code"].Value, Number(m.Groups["line"]), Number(m.Groups["column"]), m.Groups["message"].Value)
            : null;
    }

    public string Severity { get; } = severity;

    public string Code { get; } = code;

    public int Line { get; } = line;

    public int Column { get; } = column;

    public string Message { get; } = message;

    /// <summary>The finding as a line of a stamp: tab-separated (the message has no tabs: the text format escapes them).</summary>
    public string ToStampLine() => string.Join("\t", Severity, Code, Line.ToString(CultureInfo.InvariantCulture), Column.ToString(CultureInfo.InvariantCulture), Message);

    public static ChartFinding? FromStampLine(string text)
    {
        var parts = text.Split(['\t'], 5);
        return parts.Length == 5 && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var line) && int.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var column)
            ? new ChartFinding(parts[0], parts[1], line, column, parts[4])
            : null;
    }

    private static int Number(Group group) => group.Success ? int.Parse(group.Value, CultureInfo.InvariantCulture) : 0;
}
