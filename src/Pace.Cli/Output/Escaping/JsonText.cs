using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Pace.Cli.Output.Escaping;

/// <summary>
/// JSON (json, sarif, gitlab, diff and export json): strings keep their true value, but every character
/// <see cref="UnsafeText"/> names is written as a <c>\uXXXX</c> escape, so a viewer that shows the file raw (a CI log,
/// a terminal) never receives a control, bidi or zero-width character. Otherwise as relaxed as
/// <see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/> (names in any script stay readable); nothing here is
/// embedded in HTML.
/// </summary>
internal static class JsonText
{
    /// <summary>The writer options every JSON output of <c>pace</c> uses.</summary>
    public static JsonWriterOptions Options { get; } = new() { Indented = true, Encoder = new Encoder() };

    /// <summary>The relaxed encoder, plus a visible escape for every unsafe character whatever .NET's own block list holds.</summary>
    private sealed unsafe class Encoder : JavaScriptEncoder
    {
        private static readonly JavaScriptEncoder Relaxed = UnsafeRelaxedJsonEscaping;

        public override int MaxOutputCharactersPerInputCharacter => Math.Max(12, Relaxed.MaxOutputCharactersPerInputCharacter);

        public override bool WillEncode(int unicodeScalar) =>
            Relaxed.WillEncode(unicodeScalar) || !Rune.IsValid(unicodeScalar) || UnsafeText.IsUnsafe(new Rune(unicodeScalar));

        public override int FindFirstCharacterToEncode(char* text, int textLength)
        {
            var relaxed = Relaxed.FindFirstCharacterToEncode(text, textLength);
            var limit = relaxed < 0 ? textLength : relaxed;
            var span = new ReadOnlySpan<char>(text, textLength);
            for (var i = 0; i < limit;)
            {
                if (Rune.DecodeFromUtf16(span[i..], out var rune, out var used) != System.Buffers.OperationStatus.Done || UnsafeText.IsUnsafe(rune))
                {
                    return i;
                }

                i += used;
            }

            return relaxed;
        }

        public override bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
        {
            if (Rune.IsValid(unicodeScalar) && !UnsafeText.IsUnsafe(new Rune(unicodeScalar)))
            {
                return Relaxed.TryEncodeUnicodeScalar(unicodeScalar, buffer, bufferLength, out numberOfCharactersWritten);
            }

            // JSON has no escape above U+FFFF: a supplementary character is written as its two UTF-16 halves.
            var escaped = unicodeScalar <= 0xFFFF
                ? UnsafeText.Escape(unicodeScalar)
                : UnsafeText.Escape(char.ConvertFromUtf32(unicodeScalar)[0]) + UnsafeText.Escape(char.ConvertFromUtf32(unicodeScalar)[1]);
            if (escaped.Length > bufferLength)
            {
                numberOfCharactersWritten = 0;
                return false;
            }

            escaped.AsSpan().CopyTo(new Span<char>(buffer, bufferLength));
            numberOfCharactersWritten = escaped.Length;
            return true;
        }
    }
}
