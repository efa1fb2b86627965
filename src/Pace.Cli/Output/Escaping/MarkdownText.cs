using System.Text;

namespace Pace.Cli.Output.Escaping;

/// <summary>
/// GitHub-flavoured Markdown (export's table, diff's pull-request comment): chart text shows as the text it is and
/// does nothing else. Backslash escapes for Markdown's punctuation (<c>\ ` * _ ~ [ ] ( ) ! # |</c>: no emphasis,
/// code, image or link, no end of a table cell); <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> as entities (no HTML, no
/// entity tricks); <c>@</c> followed by a zero-width space entity (<c>@&amp;#8203;</c>, as Renovate writes it) so a
/// name never mentions — and notifies — a GitHub user or team. Line breaks and other unsafe characters become visible
/// escapes first (<see cref="UnsafeText"/>), so a value stays on its line and in its cell.
/// </summary>
internal static class MarkdownText
{
    private const string Punctuation = "\\`*_~[]()!#|";

    /// <summary>Text for a table cell or a heading.</summary>
    public static string Text(string text)
    {
        var visible = UnsafeText.Visible(text);
        var builder = new StringBuilder(visible.Length + 16);
        foreach (var c in visible)
        {
            switch (c)
            {
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                case '&':
                    builder.Append("&amp;");
                    break;
                case '@':
                    builder.Append("@&#8203;");
                    break;
                default:
                    if (Punctuation.Contains(c, StringComparison.Ordinal))
                    {
                        builder.Append('\\');
                    }

                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }
}
