using System.Buffers;
using System.Globalization;

namespace Pace.Rendering.Painters.Pdf;

/// <summary>
/// PDF syntax written straight as bytes into a buffer rented from the pool: numbers are formatted in place and
/// operators are UTF-8 literals, so painting a page makes no string per operator and no page-sized string or array
/// (before: a StringBuilder of UTF-16 chunks, copied to Latin-1 for the deflater; ~1 MB allocated a render of the
/// 8-page example, docs/performance.md). PDF syntax is 8-bit: a character is one byte, and only characters below
/// U+0100 may be appended.
/// </summary>
internal sealed class PdfBuffer : IDisposable
{
    private byte[] _bytes;

    /// <summary>A buffer of at least <paramref name="capacity"/> bytes, grown as needed.</summary>
    public PdfBuffer(int capacity = 4096) => _bytes = ArrayPool<byte>.Shared.Rent(capacity);

    /// <summary>The bytes written.</summary>
    public int Length { get; private set; }

    /// <summary>The bytes written, valid until the next append.</summary>
    public ReadOnlySpan<byte> Span => _bytes.AsSpan(0, Length);

    /// <summary>Appends ASCII syntax given as a UTF-8 literal (<c>"re f\n"u8</c>).</summary>
    public PdfBuffer Append(ReadOnlySpan<byte> ascii)
    {
        ascii.CopyTo(Room(ascii.Length));
        Length += ascii.Length;
        return this;
    }

    /// <summary>
    /// Appends text (names, escaped strings, hex) one byte a character, as Latin-1: a character above U+00FF becomes
    /// '?', as <see cref="System.Text.Encoding.Latin1"/> writes it (the writer's encoding before this buffer).
    /// </summary>
    public PdfBuffer Append(string latin1)
    {
        var room = Room(latin1.Length);
        for (var i = 0; i < latin1.Length; i++)
        {
            var c = latin1[i];
            room[i] = c <= '\u00FF' ? (byte)c : (byte)'?';
        }

        Length += latin1.Length;
        return this;
    }

    /// <summary>Appends one character as Latin-1, '?' for any other (as <see cref="Append(string)"/> does), never a cut-off byte.</summary>
    public PdfBuffer Append(char c)
    {
        Room(1)[0] = c <= '\u00FF' ? (byte)c : (byte)'?';
        Length++;
        return this;
    }

    /// <summary>Appends a whole number in decimal.</summary>
    public PdfBuffer Append(long value)
    {
        // 20 bytes hold any long; formatted in place (IUtf8SpanFormattable), no string.
        value.TryFormat(Room(20), out var written, default, CultureInfo.InvariantCulture);
        Length += written;
        return this;
    }

    /// <summary>Appends a number as <see cref="PdfSyntax.Number"/> spells it: at most three decimals, no exponent.</summary>
    public PdfBuffer AppendNumber(double value)
    {
        Length += PdfSyntax.FormatNumber(value, Room(PdfSyntax.MaxNumberBytes));
        return this;
    }

    /// <summary>
    /// Appends a two-byte code as it stands inside a literal string, <c>(…)</c>: half the bytes of a hex string, the
    /// page's text in two bytes a glyph. The three bytes a literal string gives a meaning to are escaped, and so are
    /// the line ends, which a reader would otherwise fold to one <c>\n</c> (ISO 32000-1 §7.3.4.2).
    /// </summary>
    public PdfBuffer AppendCode(ushort code)
    {
        var room = Room(4);
        var at = Escaped(room, 0, (byte)(code >> 8));
        Length += Escaped(room, at, (byte)code);
        return this;
    }

    private static int Escaped(Span<byte> room, int at, byte value)
    {
        switch (value)
        {
            case (byte)'(' or (byte)')' or (byte)'\\':
                room[at] = (byte)'\\';
                room[at + 1] = value;
                return at + 2;
            case (byte)'\r':
                room[at] = (byte)'\\';
                room[at + 1] = (byte)'r';
                return at + 2;
            case (byte)'\n':
                room[at] = (byte)'\\';
                room[at + 1] = (byte)'n';
                return at + 2;
            default:
                room[at] = value;
                return at + 1;
        }
    }

    /// <summary>Drops spaces at the end.</summary>
    public void TrimEnd()
    {
        while (Length > 0 && _bytes[Length - 1] == (byte)' ')
        {
            Length--;
        }
    }

    /// <summary>Forgets what was written, keeping the buffer.</summary>
    public void Clear() => Length = 0;

    /// <summary>The bytes as text (one character a byte), for tests and messages.</summary>
    public override string ToString() => System.Text.Encoding.Latin1.GetString(Span);

    /// <summary>Returns the buffer to the pool.</summary>
    public void Dispose()
    {
        var bytes = _bytes;
        _bytes = [];
        Length = 0;
        if (bytes.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>At least <paramref name="count"/> free bytes after what was written, growing (doubling) the buffer when needed.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private Span<byte> Room(int count)
    {
        // Every append asks for room: the common case is one comparison, inlined; growing is apart.
        if (Length + count > _bytes.Length)
        {
            Grow(count);
        }

        return _bytes.AsSpan(Length);
    }

    private void Grow(int count)
    {
        var grown = ArrayPool<byte>.Shared.Rent(Math.Max(Length + count, 2 * _bytes.Length));
        _bytes.AsSpan(0, Length).CopyTo(grown);
        if (_bytes.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_bytes);
        }

        _bytes = grown;
    }
}
