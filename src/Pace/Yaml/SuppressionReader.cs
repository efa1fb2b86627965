using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;

namespace Pace.Yaml;

/// <summary>
/// Finds <c># pace-disable-next-line PACE016</c> comments in chart text. Codes are separated by commas or spaces;
/// text after <c>--</c> is a reason for readers and is ignored (<c># pace-disable-next-line PACE016 -- founder phase</c>).
/// Only comments on a line of their own count: the YAML scanner tells real comments from <c>#</c> inside quoted or
/// block text, so a description that mentions the directive does not suppress anything.
/// </summary>
public static class SuppressionReader
{
    /// <summary>Reads the suppressions in chart text.</summary>
    /// <param name="yaml">The chart's YAML text, exactly as given to <see cref="ChartReader.Read"/>.</param>
    /// <param name="path">The file name, as given to the reader, so suppressions match the findings' spans.</param>
    /// <returns>The suppressions, in file order; those before a YAML syntax error when the text does not parse.</returns>
    public static IReadOnlyList<Suppression> Read(string yaml, string? path = null)
    {
        var found = new List<Suppression>();
        if (!yaml.Contains(Suppression.Directive, StringComparison.OrdinalIgnoreCase))
        {
            return found;
        }

        var scanner = new Scanner(new StringReader(yaml), skipComments: false);
        try
        {
            while (scanner.MoveNext())
            {
                if (scanner.Current is Comment { IsInline: false } comment && Parse(comment, path) is { } suppression)
                {
                    found.Add(suppression);
                }
            }
        }
        catch (YamlException)
        {
            // A broken file is reported by the reader (PACE100); keep what was found before the break.
        }

        return found;
    }

    /// <summary>Reads the suppressions in a chart file.</summary>
    /// <param name="path">The file's path; also used in spans.</param>
    /// <returns>The suppressions, in file order.</returns>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static IReadOnlyList<Suppression> ReadFile(string path) => Read(File.ReadAllText(path), path);

    private static Suppression? Parse(Comment comment, string? path)
    {
        var text = comment.Value.Trim();
        if (!text.StartsWith(Suppression.Directive, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var rest = text[Suppression.Directive.Length..];
        if (rest.Length > 0 && !char.IsWhiteSpace(rest[0]))
        {
            return null; // "pace-disable-next-lines" or similar: not the directive
        }

        var reason = rest.IndexOf("--", StringComparison.Ordinal);
        if (reason >= 0)
        {
            rest = rest[..reason];
        }

        var codes = rest.Split([',', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .Select(c => c.ToUpperInvariant())
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var line = (int)comment.Start.Line;
        var span = new SourceSpan(path, line, (int)comment.Start.Column, (int)comment.End.Line, (int)comment.End.Column);
        return new Suppression(codes, line + 1, span);
    }
}
