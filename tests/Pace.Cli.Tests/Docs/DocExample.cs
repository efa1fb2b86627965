using System.Text;
using System.Text.RegularExpressions;

namespace Pace.Cli.Tests.Docs;

/// <summary>
/// A shell example of the documentation that shows its output: a <c>```sh</c> block followed at once by a plain
/// <c>```</c> block. Set-up the reader need not see goes in HTML comments just before it, <c>&lt;!-- run: pace init
/// acme.pace.yaml --&gt;</c> or <c>&lt;!-- run: cp examples/x.pace.yaml y.pace.yaml --&gt;</c>.
/// </summary>
public sealed partial record DocExample(string File, int Line, IReadOnlyList<string> SetUp, IReadOnlyList<string> Commands, string Output)
{
    /// <summary>The documents whose examples must run: the README and every page of docs/.</summary>
    public static IEnumerable<string> Documents() =>
        new[] { RepoFiles.Path("README.md") }.Concat(Directory.GetFiles(RepoFiles.Path("docs"), "*.md").Order(StringComparer.Ordinal));

    public static IEnumerable<DocExample> In(string file)
    {
        var lines = System.IO.File.ReadAllLines(file);
        var setUp = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (RunComment().Match(lines[i]) is { Success: true } run)
            {
                setUp.Add(run.Groups[1].Value.Trim());
                continue;
            }

            if (lines[i] != "```sh")
            {
                if (lines[i].StartsWith("```", StringComparison.Ordinal))
                {
                    i = Skip(lines, i);
                }

                if (lines[i].Trim().Length > 0)
                {
                    setUp.Clear();
                }

                continue;
            }

            var commandEnd = Skip(lines, i);
            var commands = lines[(i + 1)..commandEnd];
            if (commandEnd + 1 < lines.Length && lines[commandEnd + 1] is "```" or "```text")
            {
                var outputEnd = Skip(lines, commandEnd + 1);
                yield return new DocExample(Path.GetRelativePath(RepoFiles.Root, file), i + 1, [.. setUp], [.. commands.Where(c => c.Trim().Length > 0)],
                    string.Join('\n', lines[(commandEnd + 2)..outputEnd]));
                i = outputEnd;
            }
            else
            {
                i = commandEnd;
            }

            setUp.Clear();
        }
    }

    /// <summary>The arguments of a <c>pace</c> command line (or <c>dotnet run --project src/Pace.Cli --</c>), or null for another program.</summary>
    public static string[]? PaceArguments(string commandLine)
    {
        var words = Words(commandLine);
        string[] dotnetRun = ["dotnet", "run", "--project", "src/Pace.Cli", "--"];
        if (words.Count > 0 && words[0] == "pace")
        {
            return [.. words.Skip(1)];
        }

        return words.Count >= dotnetRun.Length && words.Take(dotnetRun.Length).SequenceEqual(dotnetRun) ? [.. words.Skip(dotnetRun.Length)] : null;
    }

    /// <summary>A shell line as words: single and double quotes group, a <c>#</c> after a space starts a comment.</summary>
    public static List<string> Words(string line)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        char? quote = null;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quote is not null)
            {
                if (c == quote)
                {
                    quote = null;
                }
                else
                {
                    word.Append(c);
                }
            }
            else if (c is '\'' or '"')
            {
                quote = c;
                inWord = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (inWord)
                {
                    words.Add(word.ToString());
                    word.Clear();
                    inWord = false;
                }
            }
            else if (c == '#' && !inWord)
            {
                break;
            }
            else
            {
                word.Append(c);
                inWord = true;
            }
        }

        if (inWord)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    public override string ToString() => $"{File}:{Line}";

    private static int Skip(string[] lines, int fence)
    {
        var end = fence + 1;
        while (end < lines.Length && !lines[end].StartsWith("```", StringComparison.Ordinal))
        {
            end++;
        }

        return end;
    }

    [GeneratedRegex(@"^<!-- run: (.*) -->$")]
    private static partial Regex RunComment();
}
