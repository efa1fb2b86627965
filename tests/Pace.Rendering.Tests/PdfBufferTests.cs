using System.Globalization;
using System.Text;
using Pace.Rendering.Painters.Pdf;

namespace Pace.Rendering.Tests;

/// <summary>
/// The PDF writer spells its syntax as bytes in pooled buffers (PdfBuffer): the bytes must be what the string-based
/// writer before it wrote — the same numbers, the same Latin-1, the same objects — whatever the buffer's size.
/// </summary>
public sealed class PdfBufferTests
{
    [TestCase(0.0)]
    [TestCase(-0.0001)]
    [TestCase(0.0005)]
    [TestCase(-0.0005)]
    [TestCase(12.5)]
    [TestCase(1.23456)]
    [TestCase(-841.99999)]
    [TestCase(595.28)]
    [TestCase(1e7)]
    [TestCase(123456789.987)]
    public void A_number_is_spelled_as_the_decimal_rounded_to_thousandths(double value) =>
        Assert.That(Spelled(value), Is.EqualTo(Reference(value)));

    [Test]
    public void Numbers_over_a_page_and_beyond_are_spelled_as_the_decimal_rounded_to_thousandths()
    {
        // Every thousandth from -2 to 2 points, then a spread of page coordinates with their float noise.
        var values = Enumerable.Range(-2000, 4001).Select(t => t / 1000.0)
            .Concat(Enumerable.Range(0, 5000).Select(i => (double)(float)(i * 0.3371f) - 800));
        var wrong = values.Where(v => Spelled(v) != Reference(v)).Take(5).Select(v => v.ToString("R", CultureInfo.InvariantCulture)).ToList();
        Assert.That(wrong, Is.Empty);
    }

    [TestCase(double.NegativeInfinity)]
    [TestCase(-1e300)]
    [TestCase(-9.3e15)]
    [TestCase(double.PositiveInfinity)]
    [TestCase(double.NaN)]
    public void A_number_past_any_page_is_still_one_number(double value)
    {
        // No coordinate is this large, but a number must never come out as "--…" (the negation of long.MinValue).
        var spelled = PdfSyntax.Number(value);
        Assert.That(spelled, Does.Match("^-?[0-9]+(\\.[0-9]+)?$"));
        Assert.That(spelled.StartsWith('-'), Is.EqualTo(value < 0));
    }

    [Test]
    public void A_buffer_grows_past_its_first_size_and_keeps_every_byte()
    {
        using var buffer = new PdfBuffer(16);
        var expected = new StringBuilder();
        for (var i = 0; i < 3000; i++)
        {
            buffer.Append(i).Append(' ').Append("re\n"u8);
            expected.Append(i.ToString(CultureInfo.InvariantCulture)).Append(" re\n");
        }

        Assert.That(buffer.ToString(), Is.EqualTo(expected.ToString()));
        Assert.That(buffer.Length, Is.EqualTo(expected.Length));
    }

    [Test]
    public void Text_is_written_as_latin1_writes_it()
    {
        const string text = "Caf\u00E9 (n\u00B0 1) \u20AC \u0645";
        using var buffer = new PdfBuffer();
        buffer.Append(text);
        Assert.That(buffer.Span.ToArray(), Is.EqualTo(Encoding.Latin1.GetBytes(text)));
    }

    [Test]
    public void A_character_is_written_as_latin1_writes_it_too()
    {
        const string text = "\u00E9\u20AC\u0645a";
        using var buffer = new PdfBuffer();
        foreach (var c in text)
        {
            buffer.Append(c);
        }

        Assert.That(buffer.Span.ToArray(), Is.EqualTo(Encoding.Latin1.GetBytes(text)), "'\u20AC' is '?', not the byte 0xAC ('\u00AC')");
    }

    [TestCase((ushort)0)]
    [TestCase((ushort)0x0AB1)]
    [TestCase((ushort)0x2829)]
    [TestCase((ushort)0x5C0D)]
    [TestCase((ushort)0x0A5C)]
    [TestCase((ushort)0x0D0A)]
    [TestCase(ushort.MaxValue)]
    public void A_code_in_a_literal_string_reads_back_as_its_two_bytes(ushort code)
    {
        using var buffer = new PdfBuffer();
        var written = buffer.AppendCode(code).Span.ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(LiteralStringBytes(written), Is.EqualTo(new[] { (byte)(code >> 8), (byte)code }));
            Assert.That(Unescaped(written), Has.None.AnyOf((byte)'(', (byte)')', (byte)'\\', (byte)'\r', (byte)'\n'), "a byte with a meaning in a literal string, or a line end a reader folds, is escaped");
        });
    }

    /// <summary>The bytes a reader takes from the inside of a literal string: ISO 32000-1 §7.3.4.2, table 3, the escapes Pace writes.</summary>
    private static byte[] LiteralStringBytes(byte[] inside)
    {
        var bytes = new List<byte>();
        for (var i = 0; i < inside.Length; i++)
        {
            if (inside[i] != (byte)'\\')
            {
                bytes.Add(inside[i]);
                continue;
            }

            var escaped = inside[++i];
            bytes.Add(escaped switch { (byte)'r' => (byte)'\r', (byte)'n' => (byte)'\n', _ => escaped });
        }

        return [.. bytes];
    }

    /// <summary>The bytes that stand for themselves, with every escape sequence taken out.</summary>
    private static List<byte> Unescaped(byte[] inside)
    {
        var bytes = new List<byte>();
        for (var i = 0; i < inside.Length; i++)
        {
            if (inside[i] == (byte)'\\')
            {
                i++;
                continue;
            }

            bytes.Add(inside[i]);
        }

        return bytes;
    }

    [Test]
    public void Trailing_spaces_are_trimmed_and_nothing_else()
    {
        using var buffer = new PdfBuffer();
        buffer.Append("1 0 R 2 0 R  ");
        buffer.TrimEnd();
        Assert.That(buffer.ToString(), Is.EqualTo("1 0 R 2 0 R"));
    }

    [Test]
    public void An_object_from_a_buffer_is_written_as_the_same_object_from_a_string()
    {
        const string body = "<</S /P /P 3 0 R /K [0 1 2]>>";
        using var buffer = new PdfBuffer();
        buffer.Append(body);
        Assert.That(File(file => file.Object(file.Reserve(), buffer)), Is.EqualTo(File(file => file.Object(file.Reserve(), body))));
    }

    [Test]
    public void Streams_deflated_in_the_background_are_written_as_deflating_them_in_turn_would()
    {
        // More streams than the file holds in flight, of different sizes, among packed objects and reused buffers.
        void Write(PdfFileWriter file)
        {
            using var reused = new PdfBuffer();
            for (var i = 0; i < 12; i++)
            {
                reused.Clear();
                for (var line = 0; line < 400 * (i + 1); line++)
                {
                    reused.Append(line).Append(" 0 0 ").Append(i).Append(" re f\n"u8);
                }

                file.Stream(file.Reserve(), string.Empty, reused.Span);
                var handedOver = new PdfBuffer();
                handedOver.Append(reused.Span[..(reused.Length / 2)]);
                file.StreamAndRelease(file.Reserve(), string.Empty, handedOver);
                file.Object(file.Reserve(), $"<</Page {i}>>");
                file.Stream(file.Reserve(), " /Length1 3", [1, 2, (byte)i]);
            }
        }

        var inTurn = File(Write, background: false);
        var background = File(Write, background: true);
        Assert.Multiple(() =>
        {
            Assert.That(background, Is.EqualTo(inTurn));
            Assert.That(Encoding.Latin1.GetString(inTurn), Does.Contain("/FlateDecode"));
        });
    }

    private static byte[] File(Action<PdfFileWriter> write, bool background = false)
    {
        using var output = new MemoryStream();
        using (var file = new PdfFileWriter(output, background))
        {
            var catalog = file.Reserve();
            var info = file.Reserve();
            file.Object(catalog, "<</Type /Catalog>>");
            file.Object(info, "<<>>");
            write(file);
            file.Finish(catalog, info);
        }

        return output.ToArray();
    }

    private static string Spelled(double value)
    {
        using var buffer = new PdfBuffer(8);
        var spelled = buffer.AppendNumber(value).ToString();
        Assert.That(PdfSyntax.Number(value), Is.EqualTo(spelled), "PdfSyntax.Number and the buffer agree");
        return spelled;
    }

    /// <summary>The rule, by another road: round to thousandths (half away from zero), then .NET's decimal formatting.</summary>
    private static string Reference(double value) =>
        (Math.Round((decimal)Math.Round(value * 1000, MidpointRounding.AwayFromZero)) / 1000m).ToString("0.###", CultureInfo.InvariantCulture);
}
