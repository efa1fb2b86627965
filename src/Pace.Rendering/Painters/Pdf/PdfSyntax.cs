using System.Globalization;
using System.Text;

namespace Pace.Rendering.Painters.Pdf;

/// <summary>
/// How values are spelled in a PDF file (ISO 32000-1 §7.3): numbers, names, text strings and dates, always the
/// same way for the same value, so identical input gives identical bytes.
/// </summary>
internal static class PdfSyntax
{
    /// <summary>The most bytes <see cref="FormatNumber"/> writes: a sign, 19 digits, a point and three decimals.</summary>
    public const int MaxNumberBytes = 24;

    /// <summary>A real number with at most three decimals (1/1000 point is far below what any device shows), no exponent.</summary>
    public static string Number(double value)
    {
        Span<byte> digits = stackalloc byte[MaxNumberBytes];
        return Encoding.ASCII.GetString(digits[..FormatNumber(value, digits)]);
    }

    /// <summary>
    /// Writes a number as <see cref="Number"/> spells it into <paramref name="destination"/> (at least
    /// <see cref="MaxNumberBytes"/> long) and returns the bytes written. Hand-made from the rounded thousandths: formatting
    /// with a custom format string was the PDF writer's largest cost (measured with perf, docs/performance.md).
    /// </summary>
    public static int FormatNumber(double value, Span<byte> destination)
    {
        var rounded = Math.Round(value * 1000, MidpointRounding.AwayFromZero);
        if (rounded is > -4e9 and < 4e9)
        {
            // Every coordinate of a page: 32-bit arithmetic and the runtime's own digit writer for the whole part.
            var length = 0;
            if (rounded < 0)
            {
                destination[length++] = (byte)'-';
                rounded = -rounded;
            }

            var small = (uint)rounded;
            var wholePart = small / 1000;
            wholePart.TryFormat(destination[length..], out var written, default, CultureInfo.InvariantCulture);
            return Fraction((int)(small - (wholePart * 1000)), destination, length + written);
        }

        // Clamped so that the negation below cannot overflow: a value past ±9.2e15 (or NaN, infinity) is no coordinate
        // of any page, but must still come out as one number, never "--…".
        var thousandths = (long)Math.Clamp(rounded, -9e18, 9e18);
        var at = 0;
        if (thousandths < 0)
        {
            destination[at++] = (byte)'-';
            thousandths = -thousandths;
        }

        (thousandths / 1000).TryFormat(destination[at..], out var digits, default, CultureInfo.InvariantCulture);
        return Fraction((int)(thousandths % 1000), destination, at + digits);
    }

    /// <summary>Writes thousandths after the whole part: nothing for none, else a point and the digits up to the last that is not 0.</summary>
    private static int Fraction(int fraction, Span<byte> destination, int length)
    {
        if (fraction != 0)
        {
            destination[length++] = (byte)'.';
            destination[length++] = (byte)('0' + (fraction / 100));
            if (fraction % 100 != 0)
            {
                destination[length++] = (byte)('0' + (fraction / 10 % 10));
                if (fraction % 10 != 0)
                {
                    destination[length++] = (byte)('0' + (fraction % 10));
                }
            }
        }

        return length;
    }

    /// <summary>Every colour component 0–255 as the 0–1 number PDF wants, four decimals; spelled once, not per use.</summary>
    private static readonly string[] Components = Enumerable.Range(0, 256)
        .Select(v => v switch
        {
            0 => "0",
            255 => "1",
            _ => Math.Round(v / 255.0, 4, MidpointRounding.AwayFromZero).ToString("0.####", CultureInfo.InvariantCulture),
        })
        .ToArray();

    /// <summary>A colour component 0–255 as the 0–1 number PDF wants, four decimals.</summary>
    public static string Component(byte value) => Components[value];

    /// <summary>
    /// A text string: a literal <c>(…)</c> when every character is printable ASCII, else UTF-16BE with a byte order
    /// mark as hex, which every reader decodes (PDFDocEncoding would not cover €, → or Dutch quotes).
    /// </summary>
    public static string Text(string value)
    {
        if (value.All(c => c is >= ' ' and <= '~'))
        {
            var sb = new StringBuilder(value.Length + 2).Append('(');
            foreach (var c in value)
            {
                if (c is '(' or ')' or '\\')
                {
                    sb.Append('\\');
                }

                sb.Append(c);
            }

            return sb.Append(')').ToString();
        }

        return "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(value)) + ">";
    }

    /// <summary>A date as <c>(D:YYYYMMDDHHmmSS+00'00')</c>, in UTC.</summary>
    public static string Date(DateTimeOffset when) =>
        "(D:" + when.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "+00'00')";

    /// <summary>
    /// The longest string a PDF/A file may hold is 32,767 bytes (ISO 19005-2 §6.1.13); one less, since veraPDF has tested
    /// it strictly ("&lt; 32767"). A text string in UTF-16 spends two bytes a code unit and two on the byte order mark.
    /// </summary>
    public const int MaxStringBytes = 32766;

    /// <summary>
    /// A text string a PDF/A file can hold, and an XMP packet too (so metadata can be written in step): tabs and line
    /// breaks as spaces, characters XML 1.0 forbids (other controls, unpaired surrogates, U+FFFE/FFFF) dropped, then cut
    /// on a character boundary (a whole grapheme cluster) with an ellipsis when it would exceed <see cref="MaxStringBytes"/>.
    /// </summary>
    public static string Bounded(string? value)
    {
        var clean = Clean(value ?? string.Empty);
        if (StringBytes(clean) <= MaxStringBytes)
        {
            return clean;
        }

        // With the ellipsis the string is UTF-16: two bytes for the byte order mark, two a code unit, one unit for "…".
        var room = ((MaxStringBytes - 2) / 2) - 1;
        var length = 0;
        var at = 0;
        while (at < clean.Length)
        {
            var next = StringInfo.GetNextTextElementLength(clean, at);
            if (length + next > room)
            {
                break;
            }

            length += next;
            at += next;
        }

        return clean[..length] + "\u2026";
    }

    /// <summary>The bytes of a text string as <see cref="PdfSyntax.Text"/> writes it, escapes and hex digits not counted.</summary>
    public static int StringBytes(string value) =>
        value.All(c => c is >= ' ' and <= '~') ? value.Length : 2 + (2 * value.Length);

    private static string Clean(string value)
    {
        var sb = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                sb.Append(c).Append(value[++i]);
            }
            else if (c is '\t' or '\n' or '\r')
            {
                // XML readers turn a carriage return into a line feed: as a space the two copies still read the same.
                sb.Append(' ');
            }
            else if (c >= ' ' && !char.IsSurrogate(c) && c is not ('\uFFFE' or '\uFFFF'))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
