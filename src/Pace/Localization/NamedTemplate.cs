using System.Globalization;
using System.Text;

namespace Pace.Localization;

/// <summary>
/// Message templates with named placeholders (<c>KPI '{kpi}' of process '{process}'</c>), the one format of every
/// built-in message, team message and translation. A brace that does not open a placeholder is text, so a message
/// holds one without escaping it: <c>'rules: {{code}: off}'</c> reads "'rules: {ACME001: off}'".
/// </summary>
internal static class NamedTemplate
{
    /// <summary>The longest placeholder name: far longer than any template uses, short enough to keep a scan linear.</summary>
    private const int MaxName = 64;

    /// <summary>The template filled in: each <c>{name}</c> replaced by the value of that name; a name without a value stays as written.</summary>
    public static string Fill(string template, IReadOnlyList<MessageArgument> arguments)
    {
        var text = new StringBuilder(template.Length + 32);
        Walk(template, run => text.Append(run), name =>
        {
            foreach (var argument in arguments)
            {
                if (string.Equals(argument.Name, name, StringComparison.Ordinal))
                {
                    text.Append(Convert.ToString(argument.Value, CultureInfo.InvariantCulture));
                    return;
                }
            }

            text.Append('{').Append(name).Append('}');
        });
        return text.ToString();
    }

    /// <summary>The placeholder names of a template, each once, in the order they first appear.</summary>
    public static IReadOnlyList<string> Names(string template)
    {
        var names = new List<string>();
        Walk(template, _ => { }, name =>
        {
            if (!names.Contains(name, StringComparer.Ordinal))
            {
                names.Add(name);
            }
        });
        return names;
    }

    /// <summary>Reads a template left to right: literal text to one callback, placeholder names to the other.</summary>
    private static void Walk(string template, Action<string> text, Action<string> placeholder)
    {
        // The next '}' is looked up once and reused while it lies ahead, and a name is short: a team's message of many
        // '{' before one '}' stays linear (it is filled for every finding).
        var run = new StringBuilder();
        var next = template.IndexOf('}');
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if (next >= 0 && next <= i)
            {
                next = template.IndexOf('}', i + 1);
            }

            var close = c == '{' ? next : -1;
            if (close > i + 1 && close - i - 1 <= MaxName && IsName(template.AsSpan(i + 1, close - i - 1)))
            {
                if (run.Length > 0)
                {
                    text(run.ToString());
                    run.Clear();
                }

                placeholder(template[(i + 1)..close]);
                i = close;
            }
            else
            {
                run.Append(c);
            }
        }

        if (run.Length > 0)
        {
            text(run.ToString());
        }
    }

    /// <summary>A placeholder name: a lower-case letter, then lower-case letters, digits and hyphens.</summary>
    private static bool IsName(ReadOnlySpan<char> text)
    {
        if (!char.IsAsciiLetterLower(text[0]))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }
}
