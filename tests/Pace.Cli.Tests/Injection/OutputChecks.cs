using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml;
using Pace.Cli.Output.Escaping;

namespace Pace.Cli.Tests.Injection;

/// <summary>
/// What no output may do, whatever the chart and file name hold: carry a control, bidi or zero-width character (or any
/// other format character, line separator or lone surrogate), start a line the format did not start, or hold a live
/// spreadsheet formula, Markdown image, link, mention or HTML.
/// </summary>
internal static partial class OutputChecks
{
    /// <summary>No character <see cref="UnsafeText"/> names, but the line breaks between lines.</summary>
    public static void NoUnsafeCharacters(string output, string what)
    {
        for (var i = 0; i < output.Length; i++)
        {
            var c = output[i];
            if (c == '\n')
            {
                continue;
            }

            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < output.Length && char.IsLowSurrogate(output[i + 1]))
                {
                    if (UnsafeText.IsUnsafe(new Rune(c, output[++i])))
                    {
                        Fail(what, output, $"a format character U+{char.ConvertToUtf32(c, output[i]):X} at {i}");
                    }

                    continue;
                }

                Fail(what, output, $"a lone surrogate at {i}");
            }

            if (UnsafeText.IsUnsafe(new Rune(c)))
            {
                Fail(what, output, $"U+{(int)c:X4} at {i}");
            }
        }
    }

    /// <summary>Every line starts the way the format starts its lines.</summary>
    public static void EveryLine(string output, string what, Func<string, bool> allowed)
    {
        foreach (var line in Lines(output))
        {
            if (!allowed(line))
            {
                Fail(what, output, $"a line the format did not start: {Show(line)}");
            }
        }
    }

    /// <summary>A line of the text format (finding, excerpt, summary) or of a command's message.</summary>
    public static bool TextLine(string line, string path) =>
        line.StartsWith(LineText.Path(path) + ":", StringComparison.Ordinal)
        || line.StartsWith(' ')
        || SummaryLine().IsMatch(line)
        || line.StartsWith("pace: ", StringComparison.Ordinal)
        || line == "Run 'pace --help' for usage.";

    public static bool MsBuildLine(string line, string path) =>
        line.StartsWith(LineText.Path(path) + "(", StringComparison.Ordinal) || line.StartsWith(LineText.Path(path) + ":", StringComparison.Ordinal);

    public static bool GitHubLine(string line) => WorkflowCommand().IsMatch(line);

    /// <summary>A line of indented JSON: a bracket, or indented, a key, a string, a number or a literal.</summary>
    public static bool StructureLine(string line) => JsonLine().IsMatch(line);

    public static void Json(string output, string what)
    {
        try
        {
            using var _ = JsonDocument.Parse(output);
        }
        catch (JsonException e)
        {
            Fail(what, output, "not JSON: " + e.Message);
        }

        EveryLine(output, what, StructureLine);
    }

    public static void Xml(string output, string what, string path)
    {
        try
        {
            new XmlDocument().LoadXml(output);
        }
        catch (XmlException e)
        {
            Fail(what, output, "not XML: " + e.Message);
        }

        // Finding lines inside <failure> and <system-out>, as the writer escapes text.
        var finding = LineText.Path(path).Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal) + ":";
        EveryLine(output, what, l => l.TrimStart().StartsWith('<') || l.StartsWith(finding, StringComparison.Ordinal));
    }

    /// <summary>RFC 4180 records of the expected width (line ends already made LF by <see cref="PaceTool.Run"/>), no cell a live formula.</summary>
    public static void Csv(string output, string what, int columns)
    {
        NoUnsafeCharacters(output, what);
        foreach (var line in Lines(output))
        {
            var cells = CsvCells(line, what, output);
            if (cells.Count != columns)
            {
                Fail(what, output, $"{cells.Count} cells, not {columns}: {Show(line)}");
            }

            foreach (var cell in cells)
            {
                var start = cell.TrimStart(' ');
                if (start.Length > 0 && "=+-@\t\r".Contains(start[0], StringComparison.Ordinal) && !decimal.TryParse(cell, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _))
                {
                    Fail(what, output, $"a live formula: {Show(cell)}");
                }
            }
        }
    }

    /// <summary>Markdown table rows of the expected width; in the data cells nothing Markdown or HTML acts on.</summary>
    public static void Markdown(string output, string what, int columns, int firstDataCell)
    {
        foreach (var line in Lines(output))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                CheckCell(line.TrimStart('#', ' '), what, output);
                continue;
            }

            if (line == "No accountability changes." || line.StartsWith("| # | process |", StringComparison.Ordinal) || line.StartsWith("| | change |", StringComparison.Ordinal) || Separator().IsMatch(line))
            {
                continue;
            }

            if (!line.StartsWith('|'))
            {
                Fail(what, output, $"a line outside the table: {Show(line)}");
            }

            var cells = MarkdownCells(line);
            if (cells.Count != columns)
            {
                Fail(what, output, $"{cells.Count} cells, not {columns}: {Show(line)}");
            }

            foreach (var cell in cells.Skip(firstDataCell))
            {
                CheckCell(cell, what, output);
            }
        }
    }

    private static void CheckCell(string cell, string what, string output)
    {
        for (var i = 0; i < cell.Length; i++)
        {
            var c = cell[i];
            if (c == '\\')
            {
                // A backslash escape: the next character is shown as it is.
                i++;
                continue;
            }

            if (c == '&' && Entity().Match(cell[i..]) is { Success: true } entity)
            {
                i += entity.Length - 1;
                continue;
            }

            if ("[]()`*_~!#".Contains(c, StringComparison.Ordinal))
            {
                Fail(what, output, $"unescaped Markdown '{c}' in {Show(cell)}");
            }

            if (c is '<' or '>')
            {
                Fail(what, output, $"raw HTML in {Show(cell)}");
            }

            if (c == '@' && !cell.AsSpan(i + 1).StartsWith("&#8203;", StringComparison.Ordinal))
            {
                Fail(what, output, $"a live mention in {Show(cell)}");
            }

            if (c == '&')
            {
                Fail(what, output, $"a raw ampersand in {Show(cell)}");
            }
        }
    }

    private static List<string> MarkdownCells(string row)
    {
        var cells = new List<string>();
        var current = new StringBuilder();
        for (var i = 1; i < row.Length; i++)
        {
            if (row[i] == '\\' && i + 1 < row.Length)
            {
                current.Append(row[i]).Append(row[++i]);
            }
            else if (row[i] == '|')
            {
                cells.Add(current.ToString().Trim());
                current.Clear();
            }
            else
            {
                current.Append(row[i]);
            }
        }

        return cells;
    }

    private static List<string> CsvCells(string line, string what, string output)
    {
        var cells = new List<string>();
        var i = 0;
        while (true)
        {
            var cell = new StringBuilder();
            if (i < line.Length && line[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= line.Length)
                    {
                        Fail(what, output, $"an unclosed quote: {Show(line)}");
                    }

                    if (line[i] == '"' && i + 1 < line.Length && line[i + 1] == '"')
                    {
                        cell.Append('"');
                        i += 2;
                    }
                    else if (line[i] == '"')
                    {
                        i++;
                        break;
                    }
                    else
                    {
                        cell.Append(line[i++]);
                    }
                }
            }
            else
            {
                while (i < line.Length && line[i] != ',')
                {
                    if (line[i] == '"')
                    {
                        Fail(what, output, $"a quote in an unquoted cell: {Show(line)}");
                    }

                    cell.Append(line[i++]);
                }
            }

            cells.Add(cell.ToString());
            if (i >= line.Length)
            {
                return cells;
            }

            if (line[i] != ',')
            {
                Fail(what, output, $"text after a quoted cell: {Show(line)}");
            }

            i++;
        }
    }

    private static string[] Lines(string output) => output.Length == 0 ? [] : output.TrimEnd('\n').Split('\n');

    private static string Show(string text) => UnsafeText.Visible(text.Length > 200 ? text[..200] + "…" : text);

    private static void Fail(string what, string output, string problem) =>
        throw new AssertionException($"{what}: {problem}\n--- output (escaped for this message) ---\n{UnsafeText.Visible(output.Length > 3000 ? output[..3000] : output).Replace("\\u000A", "\n", StringComparison.Ordinal)}");

    [GeneratedRegex(@"^\d+ charts? checked: ")]
    private static partial Regex SummaryLine();

    [GeneratedRegex(@"^::(error|warning|notice) file=[^:,]*(,line=\d+,col=\d+,endLine=\d+,endColumn=\d+)?,title=PACE\d{3}::")]
    private static partial Regex WorkflowCommand();

    [GeneratedRegex(@"^([\[\]{}]|\s+([\[\]{}""]|-?\d|true|false|null))")]
    private static partial Regex JsonLine();

    [GeneratedRegex(@"^\|( --- \|)+$")]
    private static partial Regex Separator();

    [GeneratedRegex(@"^&(lt|gt|amp|#8203);")]
    private static partial Regex Entity();
}
