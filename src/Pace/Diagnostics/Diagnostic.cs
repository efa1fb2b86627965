using System.Globalization;
using Pace.Localization;

namespace Pace;

/// <summary>
/// One finding about a chart: a stable code, a severity, a message and the named arguments it was made from,
/// the path in the model (e.g. <c>processes[2].kpis[0].target</c>) and where it stands in the file. Two diagnostics
/// with the same code, severity, message, arguments (compared item by item), path and span are equal.
/// </summary>
public sealed record Diagnostic
{
    /// <summary>Creates a diagnostic.</summary>
    /// <param name="code">The rule or load-error code, e.g. <c>PACE002</c>.</param>
    /// <param name="severity">The severity.</param>
    /// <param name="messageTemplate">The template the message is made from, with named placeholders: <c>Process '{process}'</c>.</param>
    /// <param name="arguments">The template's arguments, by name.</param>
    /// <param name="path">The model path the finding is about; empty for the whole chart.</param>
    /// <param name="span">Where in the file; <see langword="null"/> for charts built in code.</param>
    public Diagnostic(string code, Severity severity, string messageTemplate, IReadOnlyList<MessageArgument> arguments, string path, SourceSpan? span)
    {
        Code = code;
        Severity = severity;
        MessageTemplate = messageTemplate;
        Arguments = ValueList<MessageArgument>.From(arguments);
        Path = path;
        Span = span;
        Message = NamedTemplate.Fill(messageTemplate, Printable(arguments));
    }

    /// <summary>The stable code, e.g. <c>PACE002</c>.</summary>
    public string Code { get; init; }

    /// <summary>The severity after rule settings were applied.</summary>
    public Severity Severity { get; init; }

    /// <summary>The message in the language it was made for.</summary>
    public string Message { get; }

    /// <summary>The template the message was made from.</summary>
    public string MessageTemplate { get; }

    /// <summary>The template's arguments (names, counts, values), each with its placeholder's name; compared by content.</summary>
    public IReadOnlyList<MessageArgument> Arguments { get; }

    /// <summary>The model path, e.g. <c>processes[2].owner</c>; empty for the whole chart.</summary>
    public string Path { get; }

    /// <summary>Where in the file, when the chart was read from one.</summary>
    public SourceSpan? Span { get; }

    /// <summary>The key of the built-in message table the template came from, if any.</summary>
    internal string? MessageKey { get; init; }

    /// <summary>The message in another language, for built-in codes; the same message otherwise.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The formatted message.</returns>
    public string MessageIn(ChartLanguage language) =>
        MessageKey is not null && MessageTable.TryGet(language, MessageKey, out var template)
            ? NamedTemplate.Fill(template, Printable(Arguments))
            : Message;

    /// <summary>
    /// Texts from the chart as they go into a message: control characters and line breaks escaped (<c>\n</c>,
    /// <c>\u0007</c>) and texts over 120 characters cut, so that every message is one line of reasonable length —
    /// a name with a line break in it must not break the <c>path:line:col:</c> lines CI parsers read.
    /// <see cref="Arguments"/> keeps the values as they were.
    /// </summary>
    private static MessageArgument[] Printable(IReadOnlyList<MessageArgument> arguments) =>
        [.. arguments.Select(a => a.Value is string s ? a with { Value = Printable(s) } : a)];

    private static string Printable(string text)
    {
        const int Longest = 120;
        var needsWork = text.Length > Longest;
        foreach (var c in text)
        {
            needsWork |= char.IsControl(c) || c is '\u2028' or '\u2029';
        }

        if (!needsWork)
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(Math.Min(text.Length, Longest + 8));
        foreach (var c in text)
        {
            if (builder.Length >= Longest)
            {
                // Do not leave half of a surrogate pair behind.
                if (char.IsHighSurrogate(builder[^1]))
                {
                    builder.Length--;
                }

                builder.Append('…');
                break;
            }

            builder.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) || c is '\u2028' or '\u2029' => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    /// <summary>The diagnostic as compilers print it: <c>path:line:col: severity CODE: message</c>.</summary>
    /// <returns>The line.</returns>
    public override string ToString()
    {
        var where = Span is null ? "<chart>" : Span.ToString();
        return $"{where}: {Severity.ToString().ToLowerInvariant()} {Code}: {Message}";
    }
}
