using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;

namespace Pace;

/// <summary>
/// The language of a chart's labels and of its findings, by its code: <c>en</c>, <c>nl</c>, <c>de</c>, <c>fr-CA</c>.
/// A language is data, not a fixed list: Pace knows English and Dutch, and an app or a translation file named in
/// <c>pace.config.yaml</c> adds others (<see cref="Languages"/>). The code is a BCP 47 primary language subtag (2 to 8
/// ASCII letters, written lower-case) with an optional region (2 letters, written upper-case, or 3 digits). The
/// default value is English.
/// </summary>
[TypeConverter(typeof(ChartLanguageConverter))]
public readonly struct ChartLanguage : IEquatable<ChartLanguage>
{
    /// <summary>The longest code accepted: 8 letters, a hyphen and a 3-digit region.</summary>
    public const int MaxCodeLength = 12;

    private readonly string? _code;

    private ChartLanguage(string code) => _code = code;

    /// <summary>English (<c>en</c>): the default.</summary>
    public static ChartLanguage English { get; } = new("en");

    /// <summary>Dutch (<c>nl</c>).</summary>
    public static ChartLanguage Dutch { get; } = new("nl");

    /// <summary>The normalised code: <c>en</c>, <c>nl</c>, <c>de-AT</c>.</summary>
    public string Code => _code ?? "en";

    /// <summary>Two languages are the same when their codes are.</summary>
    /// <param name="left">One language.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether the codes are equal.</returns>
    public static bool operator ==(ChartLanguage left, ChartLanguage right) => left.Equals(right);

    /// <summary>Two languages differ when their codes do.</summary>
    /// <param name="left">One language.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether the codes differ.</returns>
    public static bool operator !=(ChartLanguage left, ChartLanguage right) => !left.Equals(right);

    /// <summary>Reads a code such as <c>de</c> or <c>pt-BR</c> (any letter case); only its form is checked, not whether Pace knows the language.</summary>
    /// <param name="code">The code.</param>
    /// <param name="language">The language, when the code is well formed.</param>
    /// <returns>Whether the code is well formed.</returns>
    public static bool TryParse([NotNullWhen(true)] string? code, out ChartLanguage language)
    {
        language = default;
        if (code is null || code.Length is < 2 or > MaxCodeLength)
        {
            return false;
        }

        var hyphen = code.IndexOf('-', StringComparison.Ordinal);
        var primary = hyphen < 0 ? code : code[..hyphen];
        var region = hyphen < 0 ? null : code[(hyphen + 1)..];
        if (primary.Length is < 2 or > 8 || !primary.All(char.IsAsciiLetter))
        {
            return false;
        }

        if (region is not null && !(region.Length == 2 && region.All(char.IsAsciiLetter)) && !(region.Length == 3 && region.All(char.IsAsciiDigit)))
        {
            return false;
        }

        var normal = primary.ToLowerInvariant() + (region is null ? string.Empty : "-" + region.ToUpperInvariant());
        language = normal switch
        {
            "en" => English,
            "nl" => Dutch,
            _ => new ChartLanguage(normal),
        };
        return true;
    }

    /// <summary>Reads a code such as <c>de</c>; see <see cref="TryParse"/>.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The language.</returns>
    /// <exception cref="FormatException">The code is not a well-formed language code.</exception>
    public static ChartLanguage Parse(string code) =>
        TryParse(code, out var language)
            ? language
            : throw new FormatException("A language code is 2 to 8 ASCII letters, optionally followed by '-' and a region (de, pt-BR).");

    /// <inheritdoc/>
    public bool Equals(ChartLanguage other) => string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ChartLanguage other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>The code: <c>en</c>, <c>nl</c>, <c>de</c>.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code;
}
