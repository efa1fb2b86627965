using System.Text.RegularExpressions;
using YamlDotNet.Core;

namespace Pace.Yaml;

/// <summary>
/// Decides how <see cref="ChartWriter"/> writes a user's text. YamlDotNet's emitter already refuses the plain style
/// where YAML's syntax forbids it (a leading <c>-</c>, <c>: </c>, <c> #</c>, surrounding spaces…); what it cannot know
/// is which plain texts a YAML reader would resolve to another type. This class adds that, and sends texts with
/// line breaks or control characters to the double-quoted style, where the emitter escapes them.
/// </summary>
internal static partial class ScalarQuoting
{
    /// <summary>The scalar style to ask the emitter for.</summary>
    /// <returns>
    /// <see cref="ScalarStyle.DoubleQuoted"/> for text that needs escapes; <see cref="ScalarStyle.SingleQuoted"/> for
    /// text that would read as another type (the emitter moves to double quotes where single ones cannot hold the
    /// text); <see cref="ScalarStyle.Any"/> otherwise, letting the emitter pick plain when YAML's syntax allows it.
    /// </returns>
    public static ScalarStyle StyleFor(string value)
    {
        if (NeedsEscapes(value))
        {
            return ScalarStyle.DoubleQuoted;
        }

        // A leading ':' or '?' is plain after "key: " but, as a block list item ("- :x"), YamlDotNet's reader takes it
        // for an indicator and drops it (found by the round-trip property test once steps became block items).
        return LooksLikeAnotherType(value) || value[0] is ':' or '?' ? ScalarStyle.SingleQuoted : ScalarStyle.Any;
    }

    /// <summary>Whether the text holds a line break of any kind.</summary>
    public static bool HasLineBreak(string value) => value.AsSpan().IndexOfAny("\r\n\u0085\u2028\u2029") >= 0;

    /// <summary>
    /// Whether the text holds a character that only an escape writes safely: C0 and C1 controls (tab included,
    /// as a plain or single-quoted text would lose a trailing one), line breaks, the byte-order mark, non-characters
    /// and surrogates that are not part of a pair.
    /// </summary>
    public static bool NeedsEscapes(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c < ' ' || c is >= '\u007F' and <= '\u009F' || c is '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF')
            {
                return true;
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a plain scalar with this text would be read as something other than a string by YAML 1.1 or 1.2
    /// readers: null, booleans (including YAML 1.1's <c>yes</c>, <c>no</c>, <c>on</c>, <c>off</c>, <c>y</c>, <c>n</c>),
    /// numbers in any base, <c>.inf</c> and <c>.nan</c>, dates and times, and YAML 1.1's merge and value keys.
    /// Pace's own reader would read most of these back as text; other tools would not, so they are quoted.
    /// </summary>
    public static bool LooksLikeAnotherType(string value) =>
        value.Length == 0 || Keyword().IsMatch(value) || NumberLike().IsMatch(value);

    [GeneratedRegex(@"^(~|null|true|false|yes|no|on|off|y|n|<<|=)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Keyword();

    /// <summary>Anything that starts like a number, date or time: an optional sign, then a digit or a dot and a digit, or .inf/.nan.</summary>
    [GeneratedRegex(@"^[-+]?(\.?[0-9]|\.(inf|nan)$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberLike();
}
