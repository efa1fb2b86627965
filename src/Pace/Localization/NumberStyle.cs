using System.Globalization;

namespace Pace;

/// <summary>
/// How a language writes numbers: its decimal and group separators, and whether a space stands between the euro sign
/// and the number (<c>€ 25.000</c>) and before a per cent sign (<c>12,5 %</c>). English and Dutch are Pace's own; a
/// language an app adds (<see cref="Languages.Add"/>) names its own or takes its base language's.
/// </summary>
public sealed class NumberStyle : IEquatable<NumberStyle>
{
    /// <summary>Creates a style; see <see cref="Problem"/> for what is refused.</summary>
    /// <param name="decimalSeparator">The decimal separator, one character: <c>.</c> or <c>,</c>.</param>
    /// <param name="groupSeparator">The thousands separator, one character: <c>,</c>, <c>.</c>, a space.</param>
    /// <param name="spaceAfterCurrency">Whether a space follows the euro sign (<c>€ 25.000</c>).</param>
    /// <param name="spaceBeforePercent">Whether a space precedes the per cent sign (<c>12,5 %</c>).</param>
    /// <exception cref="ArgumentException">A separator is not one character that is no letter, digit or control character, or both are the same.</exception>
    public NumberStyle(string decimalSeparator, string groupSeparator, bool spaceAfterCurrency = false, bool spaceBeforePercent = false)
    {
        ArgumentNullException.ThrowIfNull(decimalSeparator);
        ArgumentNullException.ThrowIfNull(groupSeparator);
        if (Problem(decimalSeparator, groupSeparator) is { } problem)
        {
            throw new ArgumentException(problem, nameof(decimalSeparator));
        }

        DecimalSeparator = decimalSeparator;
        GroupSeparator = groupSeparator;
        SpaceAfterCurrency = spaceAfterCurrency;
        SpaceBeforePercent = spaceBeforePercent;
    }

    /// <summary>English: <c>€25,000</c>, <c>12.5%</c>.</summary>
    public static NumberStyle English { get; } = new(".", ",");

    /// <summary>Dutch: <c>€ 25.000</c>, <c>12,5 %</c>.</summary>
    public static NumberStyle Dutch { get; } = new(",", ".", spaceAfterCurrency: true, spaceBeforePercent: true);

    /// <summary>The decimal separator.</summary>
    public string DecimalSeparator { get; }

    /// <summary>The thousands separator.</summary>
    public string GroupSeparator { get; }

    /// <summary>Whether a space follows the euro sign.</summary>
    public bool SpaceAfterCurrency { get; }

    /// <summary>Whether a space precedes the per cent sign.</summary>
    public bool SpaceBeforePercent { get; }

    /// <summary>.NET's number format for these separators (invariant otherwise: output never depends on the machine).</summary>
    internal NumberFormatInfo Format => field ??= new NumberFormatInfo { NumberDecimalSeparator = DecimalSeparator, NumberGroupSeparator = GroupSeparator, NegativeSign = "-" };

    /// <summary>Why two separators cannot write numbers, in English; <see langword="null"/> when they can.</summary>
    internal static string? Problem(string decimalSeparator, string groupSeparator) =>
        !Usable(decimalSeparator) || !Usable(groupSeparator)
            ? "A separator is one character that is no letter, digit or control character."
            : decimalSeparator == groupSeparator ? "The decimal and group separators must differ." : null;

    /// <inheritdoc/>
    public bool Equals(NumberStyle? other) =>
        other is not null && DecimalSeparator == other.DecimalSeparator && GroupSeparator == other.GroupSeparator
        && SpaceAfterCurrency == other.SpaceAfterCurrency && SpaceBeforePercent == other.SpaceBeforePercent;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as NumberStyle);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(DecimalSeparator, GroupSeparator, SpaceAfterCurrency, SpaceBeforePercent);

    private static bool Usable(string separator) =>
        separator.Length == 1 && !char.IsLetterOrDigit(separator[0]) && !char.IsControl(separator[0]) && !char.IsSurrogate(separator[0]) && separator[0] != '-';
}
