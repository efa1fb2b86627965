using System.Text;

namespace Pace.Rendering.Site;

/// <summary>
/// The Markdown of Pace's own pages (docs/rules, docs/sources.md) as HTML: headings, paragraphs, lists, tables, fenced
/// code, and inline code, bold, italics and links. Only that — these pages are Pace's, written to this subset — and every
/// text is escaped, so even a page outside the subset shows as text, never as markup. Links go through a resolver that
/// maps them onto the site, or leaves their text alone when the site has no such page.
/// </summary>
internal static class Markdown
{
    /// <summary>Converts a page; <paramref name="link"/> maps a link target to a site address, or <see langword="null"/> to drop the link.</summary>
    public static TrustedMarkup ToHtml(string markdown, Func<string, string?> link)
    {
        var sb = new StringBuilder(markdown.Length * 2);
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var paragraph = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var trimmed = line.TrimStart();
            if (trimmed.StartsWith("```", StringComparison.Ordinal))
            {
                Flush(sb, paragraph, link);
                sb.Append("<pre><code>");
                for (i++; i < lines.Length && !lines[i].TrimStart().StartsWith("```", StringComparison.Ordinal); i++)
                {
                    HtmlText.Append(sb, lines[i]);
                    sb.Append('\n');
                }

                sb.Append("</code></pre>\n");
            }
            else if (trimmed.Length == 0)
            {
                Flush(sb, paragraph, link);
            }
            else if (Heading(trimmed) is var (level, text) && level > 0)
            {
                Flush(sb, paragraph, link);
                sb.Append("<h").Append(level).Append(" id=\"").Append(Slug(text)).Append("\">");
                Inline(sb, text, link);
                sb.Append("</h").Append(level).Append(">\n");
            }
            else if (trimmed.StartsWith('|'))
            {
                Flush(sb, paragraph, link);
                var rows = new List<string>();
                for (; i < lines.Length && lines[i].TrimStart().StartsWith('|'); i++)
                {
                    rows.Add(lines[i].Trim());
                }

                i--;
                Table(sb, rows, link);
            }
            else if (Item(line) is { } first)
            {
                Flush(sb, paragraph, link);
                sb.Append("<ul>\n");
                var item = new StringBuilder(first);
                for (i++; i <= lines.Length; i++)
                {
                    var next = i < lines.Length ? lines[i] : string.Empty;
                    if (Item(next) is { } another)
                    {
                        ListItem(sb, item.ToString(), link);
                        item.Clear().Append(another);
                    }
                    else if (next.StartsWith("  ", StringComparison.Ordinal) && next.Trim().Length > 0)
                    {
                        item.Append(' ').Append(next.Trim().TrimStart('-', '*').Trim());
                    }
                    else
                    {
                        break;
                    }
                }

                ListItem(sb, item.ToString(), link);
                sb.Append("</ul>\n");
                i--;
            }
            else
            {
                paragraph.Add(trimmed);
            }
        }

        Flush(sb, paragraph, link);
        return new TrustedMarkup(sb.ToString());
    }

    /// <summary>A heading's id: its letters and digits, lower case, hyphens between words (as GitHub makes them).</summary>
    public static string Slug(string heading)
    {
        var sb = new StringBuilder(heading.Length);
        foreach (var c in heading.ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                sb.Append(c);
            }
            else if ((c is ' ' or '-') && sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        return sb.ToString().Trim('-') is { Length: > 0 } slug ? slug : "section";
    }

    private static (int Level, string Text) Heading(string line)
    {
        var level = 0;
        while (level < line.Length && line[level] == '#')
        {
            level++;
        }

        return level is >= 1 and <= 6 && level < line.Length && line[level] == ' ' ? (level, line[(level + 1)..].Trim()) : (0, string.Empty);
    }

    private static string? Item(string line) => line.StartsWith("- ", StringComparison.Ordinal) || line.StartsWith("* ", StringComparison.Ordinal) ? line[2..].Trim() : null;

    private static void ListItem(StringBuilder sb, string text, Func<string, string?> link)
    {
        sb.Append("<li>");
        Inline(sb, text, link);
        sb.Append("</li>\n");
    }

    private static void Flush(StringBuilder sb, List<string> paragraph, Func<string, string?> link)
    {
        if (paragraph.Count == 0)
        {
            return;
        }

        sb.Append("<p>");
        Inline(sb, string.Join(' ', paragraph), link);
        sb.Append("</p>\n");
        paragraph.Clear();
    }

    private static void Table(StringBuilder sb, List<string> rows, Func<string, string?> link)
    {
        static string[] Cells(string row) => [.. row.Trim('|').Split('|').Select(c => c.Trim())];
        sb.Append("<table>\n<thead><tr>");
        foreach (var cell in Cells(rows[0]))
        {
            sb.Append("<th scope=\"col\">");
            Inline(sb, cell, link);
            sb.Append("</th>");
        }

        sb.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in rows.Skip(2))
        {
            sb.Append("<tr>");
            foreach (var cell in Cells(row))
            {
                sb.Append("<td>");
                Inline(sb, cell, link);
                sb.Append("</td>");
            }

            sb.Append("</tr>\n");
        }

        sb.Append("</tbody>\n</table>\n");
    }

    /// <summary>Inline code, bold, italics and links; everything else is text.</summary>
    private static void Inline(StringBuilder sb, string text, Func<string, string?> link)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '`' && text.IndexOf('`', i + 1) is var end and > 0)
            {
                sb.Append("<code>");
                HtmlText.Append(sb, text[(i + 1)..end]);
                sb.Append("</code>");
                i = end + 1;
            }
            else if (c == '*' && i + 1 < text.Length && text[i + 1] == '*' && text.IndexOf("**", i + 2, StringComparison.Ordinal) is var bold and > 0)
            {
                sb.Append("<strong>");
                Inline(sb, text[(i + 2)..bold], link);
                sb.Append("</strong>");
                i = bold + 2;
            }
            else if (c == '*' && i + 1 < text.Length && text[i + 1] != ' ' && text.IndexOf('*', i + 1) is var em and > 0)
            {
                sb.Append("<em>");
                Inline(sb, text[(i + 1)..em], link);
                sb.Append("</em>");
                i = em + 1;
            }
            else if (c == '[' && Link(text, i) is var (label, target, next) && next > 0)
            {
                if (link(target) is { } href)
                {
                    sb.Append("<a href=\"");
                    HtmlText.Append(sb, href);
                    sb.Append("\">");
                    Inline(sb, label, link);
                    sb.Append("</a>");
                }
                else
                {
                    Inline(sb, label, link);
                }

                i = next;
            }
            else
            {
                // Plain text up to the next character that may start markup, in one piece so surrogate pairs stay whole.
                var plain = text.IndexOfAny(['`', '*', '['], i + 1);
                plain = plain < 0 ? text.Length : plain;
                HtmlText.Append(sb, text[i..plain]);
                i = plain;
            }
        }
    }

    /// <summary>A link <c>[label](target)</c> at <paramref name="start"/>: its parts and the index after it (0: no link).</summary>
    private static (string Label, string Target, int Next) Link(string text, int start)
    {
        var close = text.IndexOf("](", start, StringComparison.Ordinal);
        var end = close < 0 ? -1 : text.IndexOf(')', close + 2);
        return close < 0 || end < 0 ? (string.Empty, string.Empty, 0) : (text[(start + 1)..close], text[(close + 2)..end], end + 1);
    }
}
