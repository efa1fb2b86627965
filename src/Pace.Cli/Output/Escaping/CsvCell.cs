using System.Text.RegularExpressions;

namespace Pace.Cli.Output.Escaping;

/// <summary>
/// CSV cells (RFC 4180) that a spreadsheet opens as text, never as a formula, as OWASP's CSV-injection advice says: a
/// cell that starts with <c>=</c>, <c>+</c>, <c>-</c> or <c>@</c> (leading spaces aside) gets a leading single quote —
/// <c>=HYPERLINK(…)</c> in a process name stays text. OWASP's other two starts, a tab and a carriage return, never
/// reach a cell: they become visible escapes (<c>	</c>) with every other unsafe character and every line break
/// (<see cref="UnsafeText"/>), so every record is one line. A plain number (<c>-5</c>, <c>+2.5</c>) is a number in
/// every spreadsheet, not a formula, and is left alone. A cell with a comma or a double quote is quoted, its quotes doubled.
/// </summary>
internal static partial class CsvCell
{
    private const string FormulaStarts = "=+-@";

    /// <summary>One cell, ready to be joined with commas.</summary>
    public static string Of(string value)
    {
        var cell = UnsafeText.Visible(value);
        var first = cell.TrimStart(' ');
        if (first.Length > 0 && FormulaStarts.Contains(first[0], StringComparison.Ordinal) && !PlainNumber().IsMatch(cell))
        {
            cell = "'" + cell;
        }

        return cell.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
    }

    /// <summary>One record: the cells joined with commas and ended with CRLF, as RFC 4180 has it.</summary>
    public static string Record(IEnumerable<string> values) => string.Join(',', values.Select(Of)) + "\r\n";

    [GeneratedRegex(@"^[+-]?[0-9]+(\.[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainNumber();
}
