using System.Text;

namespace Pace.Rendering.Site;

/// <summary>
/// Chart text made safe for a web page. Everything a chart says — names, roles, units, messages, paths — reaches the
/// page through <see cref="Append"/>: characters that HTML gives a meaning (&amp; &lt; &gt; " ') become references, and
/// what may not appear in an HTML document at all (controls, noncharacters, lone surrogates) is dropped. Unlike the
/// PDF's sanitiser it keeps every script: the browser has fonts for what the embedded Lato lacks.
/// </summary>
internal static class HtmlText
{
    /// <summary>Longest text kept from one chart value; the chart reader bounds values already, this bounds the page.</summary>
    public const int MaxLength = 4096;

    /// <summary>Appends text, escaped for element content and for quoted attribute values alike.</summary>
    public static void Append(StringBuilder sb, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var length = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (++length > MaxLength)
            {
                sb.Append('\u2026');
                return;
            }

            switch (rune.Value)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                case '\t' or '\n' or '\r': sb.Append(' '); break;
                default:
                    if (Allowed(rune))
                    {
                        sb.Append(rune.ToString());
                    }

                    break;
            }
        }
    }

    /// <summary>The escaped text as a string (tests, attribute values built in pieces).</summary>
    public static string Escape(string? text)
    {
        var sb = new StringBuilder(text?.Length ?? 0);
        Append(sb, text);
        return sb.ToString();
    }

    /// <summary>
    /// Whether a character may stand in an HTML document: not a control (C0, DEL, C1), not a noncharacter
    /// (U+FDD0–FDEF, U+xxFFFE/FFFF). Lone surrogates never arrive here: <see cref="string.EnumerateRunes"/> turns
    /// them into U+FFFD.
    /// </summary>
    public static bool Allowed(Rune rune)
    {
        var v = rune.Value;
        return v >= 0x20 && !(v is >= 0x7F and <= 0x9F) && !(v is >= 0xFDD0 and <= 0xFDEF) && (v & 0xFFFE) != 0xFFFE;
    }
}
