using System.Xml;

namespace Pace.Cli.Output.Escaping;

/// <summary>
/// XML (the junit format): the writer escapes markup (<c>&lt;</c>, <c>&amp;</c>, quotes); before it, every unsafe
/// character becomes a visible escape (<see cref="UnsafeText"/>) — XML 1.0 cannot carry most control characters at
/// all, and a raw line break in a text node would let chart text start a line of the report.
/// </summary>
internal static class XmlValue
{
    /// <summary>The writer settings of every XML report: UTF-8 without a byte-order mark, indented, LF line ends.</summary>
    public static XmlWriterSettings Settings { get; } = new()
    {
        Encoding = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Entitize,
    };

    /// <summary>A value for an attribute or a text node.</summary>
    public static string Of(string text) => UnsafeText.Visible(text);
}
