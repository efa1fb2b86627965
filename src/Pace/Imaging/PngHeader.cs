using System.Buffers.Binary;

namespace Pace.Imaging;

/// <summary>
/// A PNG's IHDR chunk (ISO/IEC 15948 §11.2.2): size, bit depth, colour type and interlace method, checked against
/// the combinations the standard allows.
/// </summary>
internal sealed record PngHeader(int Width, int Height, int BitDepth, int ColourType, bool Interlaced)
{
    /// <summary>Grey, RGB, palette, grey with alpha, RGB with alpha.</summary>
    public const int Grey = 0, Rgb = 2, Palette = 3, GreyAlpha = 4, RgbAlpha = 6;

    /// <summary>Samples a pixel has: 1 (grey, palette index), 2 (grey and alpha), 3 (RGB) or 4 (RGBA).</summary>
    public int Channels => ColourType switch
    {
        Rgb => 3,
        GreyAlpha => 2,
        RgbAlpha => 4,
        _ => 1,
    };

    /// <summary>Bits a pixel takes in a row.</summary>
    public int BitsPerPixel => Channels * BitDepth;

    /// <summary>The bytes a filter looks back to: a whole pixel, or 1 below 8 bits a pixel (§9.2).</summary>
    public int FilterStride => Math.Max(1, BitsPerPixel / 8);

    /// <summary>The bytes of one row of <paramref name="width"/> pixels, without its filter byte.</summary>
    public int RowBytes(int width) => (int)((((long)width * BitsPerPixel) + 7) / 8);

    /// <summary>Reads and checks the 13 bytes of IHDR.</summary>
    /// <exception cref="PngFormatException">A field has a value the standard does not allow.</exception>
    public static PngHeader Read(ReadOnlySpan<byte> data)
    {
        if (data.Length != 13)
        {
            throw new PngFormatException("PngReasonHeader");
        }

        var width = BinaryPrimitives.ReadInt32BigEndian(data);
        var height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
        int depth = data[8], type = data[9];
        var allowed = type switch
        {
            Grey => depth is 1 or 2 or 4 or 8 or 16,
            Palette => depth is 1 or 2 or 4 or 8,
            Rgb or GreyAlpha or RgbAlpha => depth is 8 or 16,
            _ => false,
        };
        if (width <= 0 || height <= 0 || !allowed || data[10] != 0 || data[11] != 0 || data[12] > 1)
        {
            throw new PngFormatException("PngReasonHeader");
        }

        return new PngHeader(width, height, depth, type, data[12] == 1);
    }
}
