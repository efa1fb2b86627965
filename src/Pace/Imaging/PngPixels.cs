using System.Buffers.Binary;

namespace Pace.Imaging;

/// <summary>
/// Turns a reconstructed PNG row into 8-bit RGBA with straight alpha, for every colour type and bit depth: grey of
/// 1, 2 and 4 bits scaled to the full range, 16-bit samples cut to their high byte, palette entries looked up, and tRNS
/// applied (palette alphas, or the one transparent grey or RGB value, compared at full precision).
/// </summary>
internal sealed class PngPixels
{
    private readonly PngHeader _header;
    private readonly byte[] _palette;
    private readonly byte[] _paletteAlpha;
    private readonly int[]? _transparent;

    public PngPixels(PngHeader header, byte[] palette, byte[] transparency)
    {
        _header = header;
        if (header.ColourType == PngHeader.Palette && palette.Length == 0)
        {
            throw new PngFormatException("PngReasonPalette");
        }

        _palette = palette;
        _paletteAlpha = header.ColourType == PngHeader.Palette ? transparency : [];
        _transparent = (header.ColourType, transparency.Length) switch
        {
            (PngHeader.Grey, >= 2) => [BinaryPrimitives.ReadUInt16BigEndian(transparency)],
            (PngHeader.Rgb, >= 6) => [BinaryPrimitives.ReadUInt16BigEndian(transparency), BinaryPrimitives.ReadUInt16BigEndian(transparency.AsSpan(2)), BinaryPrimitives.ReadUInt16BigEndian(transparency.AsSpan(4))],
            _ => null,
        };
    }

    /// <summary>Converts <paramref name="width"/> pixels of a row into <paramref name="rgba"/>, 4 bytes each.</summary>
    public void Convert(ReadOnlySpan<byte> row, int width, Span<byte> rgba)
    {
        var depth = _header.BitDepth;
        for (var x = 0; x < width; x++)
        {
            var o = rgba.Slice(4 * x, 4);
            switch (_header.ColourType)
            {
                case PngHeader.Grey:
                    var grey = Sample(row, x, 0, 1);
                    o[0] = o[1] = o[2] = Eight(grey);
                    o[3] = _transparent is [var t] && t == grey ? (byte)0 : (byte)255;
                    break;
                case PngHeader.Rgb:
                    int r = Sample(row, x, 0, 3), g = Sample(row, x, 1, 3), b = Sample(row, x, 2, 3);
                    (o[0], o[1], o[2]) = (Eight(r), Eight(g), Eight(b));
                    o[3] = _transparent is [var tr, var tg, var tb] && tr == r && tg == g && tb == b ? (byte)0 : (byte)255;
                    break;
                case PngHeader.Palette:
                    var index = Sample(row, x, 0, 1);
                    var known = 3 * index < _palette.Length;
                    // An index past the palette is black, as libpng's zero-filled palette gives it.
                    (o[0], o[1], o[2]) = known ? (_palette[3 * index], _palette[(3 * index) + 1], _palette[(3 * index) + 2]) : ((byte)0, (byte)0, (byte)0);
                    o[3] = index < _paletteAlpha.Length ? _paletteAlpha[index] : (byte)255;
                    break;
                case PngHeader.GreyAlpha:
                    o[0] = o[1] = o[2] = Eight(Sample(row, x, 0, 2));
                    o[3] = Eight(Sample(row, x, 1, 2));
                    break;
                default:
                    for (var c = 0; c < 4; c++)
                    {
                        o[c] = Eight(Sample(row, x, c, 4));
                    }

                    break;
            }
        }

        int Sample(ReadOnlySpan<byte> bytes, int pixel, int channel, int channels)
        {
            if (depth == 8)
            {
                return bytes[(pixel * channels) + channel];
            }

            if (depth == 16)
            {
                return BinaryPrimitives.ReadUInt16BigEndian(bytes[(2 * ((pixel * channels) + channel))..]);
            }

            // 1, 2 or 4 bits: one channel, packed from the high bits of each byte down.
            var bit = pixel * depth;
            return (bytes[bit >> 3] >> (8 - depth - (bit & 7))) & ((1 << depth) - 1);
        }
    }

    /// <summary>
    /// A sample at this image's depth as 8 bits: below 8 spread over 0–255 (1 → 255, 3 → 255, 15 → 255); from 16 the high
    /// byte, as libpng's <c>png_set_strip_16</c> gives it (measured against libpng through SkiaSharp over all 65,536 values).
    /// </summary>
    private byte Eight(int sample) => _header.BitDepth switch
    {
        16 => (byte)(sample >> 8),
        8 => (byte)sample,
        var depth => (byte)(sample * 255 / ((1 << depth) - 1)),
    };
}
