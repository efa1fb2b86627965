using System.Text;
using Pace.Validation;

namespace Pace.Cli.Output;

/// <summary>
/// A rule's doc page (<see cref="RuleDocs"/>, <c>docs/rules/PACE002.md</c>) as the parts a report's rule metadata
/// needs: the title (<c># PACE002: exactly one accountable owner</c>), a friendly name made of it
/// (<c>ExactlyOneAccountableOwner</c>), the "What it checks" section as a description, and the page itself as help.
/// </summary>
internal sealed record RulePage(string Code, string Title, string Description, string Markdown)
{
    /// <summary>The page of a code; a code without a page (an app's own rule) gets its code as its title.</summary>
    public static RulePage For(string code)
    {
        var markdown = RuleDocs.Get(code);
        if (markdown is null)
        {
            return new RulePage(code, code, code + ".", code);
        }

        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        var heading = lines.FirstOrDefault(l => l.StartsWith("# ", StringComparison.Ordinal)) ?? "# " + code;
        var title = heading[2..].Trim();
        var colon = title.IndexOf(": ", StringComparison.Ordinal);
        if (colon >= 0)
        {
            title = title[(colon + 2)..];
        }

        return new RulePage(code, title, Section(lines, "## What it checks") ?? Sentence(title), markdown);
    }

    /// <summary>The title as a sentence: <c>Exactly one accountable owner.</c></summary>
    public string ShortDescription => Sentence(Title);

    /// <summary>A single Pascal-cased identifier of the title, as SARIF wants a rule's friendly name: <c>ExactlyOneAccountableOwner</c>.</summary>
    public string Name
    {
        get
        {
            var name = new StringBuilder();
            foreach (var word in Title.Split([' ', '-', '—', ',', '.', ':', '\'', '`', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
            {
                var letters = new string([.. word.Where(char.IsAsciiLetterOrDigit)]);
                if (letters.Length > 0)
                {
                    name.Append(char.ToUpperInvariant(letters[0])).Append(letters[1..]);
                }
            }

            return name.Length > 0 && char.IsAsciiLetter(name[0]) ? name.ToString() : "Rule" + name;
        }
    }

    /// <summary>The page as plain text: the Markdown without its emphasis and code marks, for viewers that show text only.</summary>
    public string Text => Markdown.Replace("**", string.Empty, StringComparison.Ordinal).Replace("`", string.Empty, StringComparison.Ordinal);

    /// <summary>A section's paragraphs as one line of text, ending with a full stop.</summary>
    private static string? Section(string[] lines, string heading)
    {
        var start = Array.IndexOf(lines, heading);
        if (start < 0)
        {
            return null;
        }

        var words = lines.Skip(start + 1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal))
            .Select(l => l.Trim().TrimStart('-', '*').Trim())
            .Where(l => l.Length > 0);
        var text = string.Join(' ', words).Replace("**", string.Empty, StringComparison.Ordinal).Replace("`", string.Empty, StringComparison.Ordinal);
        return text.Length == 0 ? null : Sentence(text);
    }

    private static string Sentence(string text)
    {
        var trimmed = text.Trim().TrimEnd(':', ';', ',');
        var capital = trimmed.Length == 0 ? trimmed : char.ToUpperInvariant(trimmed[0]) + trimmed[1..];
        return capital.EndsWith('.') || capital.EndsWith('?') || capital.EndsWith('!') ? capital : capital + ".";
    }
}
