using System.Diagnostics.CodeAnalysis;

namespace Pace;

/// <summary>
/// The code of a rule, e.g. <c>PACE016</c> or a team's own <c>ACME001</c>: one to twelve ASCII letters, then three
/// or four digits, kept in upper case. Rule settings are keyed by it, so a typo fails where it is written (the
/// command line, a configuration, your code) instead of silently setting nothing.
/// </summary>
/// <remarks>
/// Findings and rules keep their code as text (<see cref="Diagnostic.Code"/>, <see cref="Validation.Rule.Code"/>):
/// that is what every output prints. Compare them through <see cref="Matches(string?)"/>.
/// </remarks>
public readonly record struct RuleCode
{
    private const int MaxLetters = 12;

    private RuleCode(string value) => _value = value;

    private readonly string? _value;

    /// <summary>The code in upper case; an empty text for <c>default</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Reads a code, in any case and with surrounding spaces.</summary>
    /// <param name="text">The text, e.g. <c>pace016</c>.</param>
    /// <returns>The code, e.g. <c>PACE016</c>.</returns>
    /// <exception cref="FormatException">The text is not letters followed by three or four digits.</exception>
    public static RuleCode Parse(string text) =>
        TryParse(text, out var code)
            ? code
            : throw new FormatException("A rule code is 1 to 12 letters followed by 3 or 4 digits, e.g. PACE016.");

    /// <summary>Reads a code, in any case and with surrounding spaces.</summary>
    /// <param name="text">The text.</param>
    /// <param name="code">The code when the text is one.</param>
    /// <returns>Whether the text is a rule code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out RuleCode code)
    {
        code = default;
        var span = text.AsSpan().Trim();
        var letters = 0;
        while (letters < span.Length && char.IsAsciiLetter(span[letters]))
        {
            letters++;
        }

        var digits = span.Length - letters;
        if (letters is 0 or > MaxLetters || digits is < 3 or > 4 || span[letters..].ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        code = new RuleCode(span.ToString().ToUpperInvariant());
        return true;
    }

    /// <summary>Whether a code written as text (a finding's, a rule's) is this code, in any case.</summary>
    /// <param name="text">The code as text.</param>
    /// <returns><see langword="true"/> when they are the same code.</returns>
    public bool Matches(string? text) => string.Equals(Value, text?.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>The code, e.g. <c>PACE016</c>.</summary>
    /// <returns>The code in upper case.</returns>
    public override string ToString() => Value;
}
