using System.Globalization;
using System.Text;

namespace Pace.Validation;

/// <summary>
/// Turns a message with named placeholders (<c>KPI '{kpi}' uses '{unit}'</c>), as teams write them, into the
/// composite format findings are made with (<c>KPI '{0}' uses '{1}'</c>). Names are replaced by their position in
/// the kind's argument list, so a translation may put them in any order; every other brace is kept as text.
/// </summary>
internal static class NamedTemplate
{
    /// <summary>The composite template, or <see langword="null"/> with the first name that is not an argument.</summary>
    public static string? ToComposite(string template, IReadOnlyList<string> names, out string? unknown)
    {
        unknown = null;
        var composite = new StringBuilder(template.Length + 8);
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            var close = c == '{' ? template.IndexOf('}', i + 1) : -1;
            if (close > i + 1 && IsName(template.AsSpan(i + 1, close - i - 1)))
            {
                var name = template[(i + 1)..close];
                var index = IndexOf(names, name);
                if (index < 0)
                {
                    unknown = name;
                    return null;
                }

                composite.Append('{').Append(index.ToString(CultureInfo.InvariantCulture)).Append('}');
                i = close;
            }
            else
            {
                // A brace that is not a placeholder is text: doubled, as composite format wants it.
                composite.Append(c);
                if (c is '{' or '}')
                {
                    composite.Append(c);
                }
            }
        }

        return composite.ToString();
    }

    private static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (string.Equals(names[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsName(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiLetterLower(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }
}
