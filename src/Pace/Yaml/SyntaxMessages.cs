namespace Pace.Yaml;

/// <summary>
/// The YAML parser's complaints in the chart's language: YamlDotNet words its errors in English only ("While parsing a
/// flow sequence, did not find expected ',' or ']'"), so the common ones have a phrase of their own in the message
/// tables. A complaint without one keeps the parser's words in English and becomes "the YAML parser could not read
/// past this point" in another language — never English in a Dutch message.
/// </summary>
internal static class SyntaxMessages
{
    /// <summary>A distinctive part of each common parser message, and the phrase that says it.</summary>
    private static readonly (string Fragment, string Phrase)[] Known =
    [
        ("parsing a flow sequence", "SyntaxFlowSequence"),
        ("parsing a flow mapping", "SyntaxFlowMapping"),
        ("scanning a simple key, could not find expected ':'", "SyntaxKeyWithoutColon"),
        ("Mapping values are not allowed in this context", "SyntaxValueNotAllowed"),
        ("found invalid mapping", "SyntaxValueNotAllowed"),
        ("quoted scalar, found unexpected end of stream", "SyntaxQuoteNotClosed"),
        ("found unknown escape character", "SyntaxUnknownEscape"),
        ("tab character that violate indentation", "SyntaxTabIndent"),
        ("cannot start any token", "SyntaxBadCharacter"),
        ("parsing a block mapping, did not find expected key", "SyntaxKeyExpected"),
        ("did not find expected '-' indicator", "SyntaxItemExpected"),
        ("did not find expected node content", "SyntaxValueMissing"),
    ];

    /// <summary>The message for a parser error, cleaned of YamlDotNet's location prefix, in the diagnostics' language.</summary>
    public static string For(string parserMessage, LoadDiagnostics diagnostics)
    {
        foreach (var (fragment, phrase) in Known)
        {
            if (parserMessage.Contains(fragment, StringComparison.Ordinal))
            {
                return diagnostics.Phrase(phrase);
            }
        }

        return diagnostics.Language == ChartLanguage.English ? parserMessage : diagnostics.Phrase("ParserStopped");
    }
}
