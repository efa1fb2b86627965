using System.Buffers.Binary;
using System.IO.Compression;

namespace Pace.Rendering.Painters.Pdf;

/// <summary>
/// Decodes a PNG (ISO/IEC 15948) to 8-bit RGBA, for the PDF's logo image: every colour type (grey, RGB, palette, grey
/// with alpha, RGBA), depths 1–16, <c>tRNS</c> transparency and Adam7 interlacing. Why not Skia: with it, a chart with a
/// logo made the PDF writer load Skia's native library, which a PDF render otherwise never does (its start-up cost,
/// docs/performance.md). Colour profiles and gamma are not applied: the PDF draws the samples as sRGB.
/// </summary>
internal static class PngPixels
{
    /// <summary>More pixels than a logo drawn 110 points wide could use; beyond it the logo is left out, as an unreadable one is.</summary>
    public const int MaxPixels = 4096 * 4096;

    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The image's size and its pixels as RGBA, unpremultiplied; <see langword="null"/> for what is not a PNG this reads.</summary>
    public static (int Width, int Height, byte[] Rgba)? Decode(byte[] png)
    {
        if (png.Length < 33 || !png.AsSpan(0, 8).SequenceEqual(Signature))
        {
            return null;
        }

        int width = 0, height = 0, depth = 0, type = -1, interlace = 0;
        byte[] palette = [];
        byte[] transparency = [];
        using var idat = new MemoryStream();
        for (var at = 8; at + 12 <= png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            if (length < 0 || at + 12L + length > png.Length)
            {
                return null;
            }

            var data = png.AsSpan(at + 8, length);
            switch (System.Text.Encoding.ASCII.GetString(png, at + 4, 4))
            {
                case "IHDR" when length >= 13:
                    (width, height, depth, type, interlace) = (BinaryPrimitives.ReadInt32BigEndian(data), BinaryPrimitives.ReadInt32BigEndian(data[4..]), data[8], data[9], data[12]);
                    break;
                case "PLTE":
                    palette = data.ToArray();
                    break;
                case "tRNS":
                    transparency = data.ToArray();
                    break;
                case "IDAT":
                    idat.Write(data);
                    break;
                case "IEND":
                    at = png.Length;
                    continue;
            }

            at += 12 + length;
        }

        var channels = type switch { 0 => 1, 2 => 3, 3 => 1, 4 => 2, 6 => 4, _ => 0 };
        if (channels == 0 || width <= 0 || height <= 0 || (long)width * height > MaxPixels || depth is not (1 or 2 or 4 or 8 or 16)
            || (type is 2 or 4 or 6 && depth < 8) || (type == 3 && (depth == 16 || palette.Length < 3)) || interlace > 1)
        {
            return null;
        }

        idat.Position = 0;
        using var inflated = new ZLibStream(idat, CompressionMode.Decompress);
        var rgba = new byte[4 * width * height];
        var format = new Format(type, depth, channels, palette, transparency);
        try
        {
            if (interlace == 0)
            {
                Pass(inflated, format, rgba, width, width, height, 0, 0, 1, 1);
            }
            else
            {
                // Adam7: seven passes, each a smaller image of every n-th pixel from an offset.
                ReadOnlySpan<(int X, int Y, int Dx, int Dy)> passes = [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)];
                foreach (var (x, y, dx, dy) in passes)
                {
                    var (w, h) = ((width - x + dx - 1) / dx, (height - y + dy - 1) / dy);
                    if (w > 0 && h > 0)
                    {
                        Pass(inflated, format, rgba, width, w, h, x, y, dx, dy);
                    }
                }
            }
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException)
        {
            return null;
        }

        return (width, height, rgba);
    }

    /// <summary>One (sub)image: its filtered rows read, unfiltered and written into the RGBA pixels at its places.</summary>
    private static void Pass(Stream inflated, Format format, byte[] rgba, int stride, int width, int height, int x0, int y0, int dx, int dy)
    {
        var bits = format.Depth * format.Channels;
        var rowBytes = ((width * bits) + 7) / 8;
        var step = Math.Max(1, bits / 8);
        var previous = new byte[rowBytes];
        var row = new byte[rowBytes];
        for (var y = 0; y < height; y++)
        {
            var filter = inflated.ReadByte();
            inflated.ReadExactly(row);
            Unfilter(filter, row, previous, step);
            for (var x = 0; x < width; x++)
            {
                format.Pixel(row, x, rgba.AsSpan(4 * (((y0 + (y * dy)) * stride) + x0 + (x * dx)), 4));
            }

            (previous, row) = (row, previous);
        }
    }

    /// <summary>Undoes a row's filter (PNG §9) in place, against the row above.</summary>
    private static void Unfilter(int filter, Span<byte> row, ReadOnlySpan<byte> above, int step)
    {
        for (var i = 0; i < row.Length; i++)
        {
            int left = i >= step ? row[i - step] : 0, up = above[i], corner = i >= step ? above[i - step] : 0;
            row[i] = (byte)(row[i] + filter switch
            {
                0 => 0,
                1 => left,
                2 => up,
                3 => (left + up) / 2,
                4 => Paeth(left, up, corner),
                _ => throw new InvalidDataException($"PNG row filter {filter}"),
            });
        }
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var (pa, pb, pc) = (Math.Abs(p - a), Math.Abs(p - b), Math.Abs(p - c));
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    /// <summary>How samples are laid out, and how a pixel becomes RGBA.</summary>
    private sealed record Format(int Type, int Depth, int Channels, byte[] Palette, byte[] Transparency)
    {
        /// <summary>The raw value of sample <paramref name="channel"/> of pixel <paramref name="x"/> (0 … 2^depth − 1).</summary>
        private int Sample(ReadOnlySpan<byte> row, int x, int channel)
        {
            var index = (x * Channels) + channel;
            return Depth switch
            {
                16 => BinaryPrimitives.ReadUInt16BigEndian(row[(2 * index)..]),
                8 => row[index],
                _ => (row[index * Depth / 8] >> (8 - Depth - (index * Depth % 8))) & ((1 << Depth) - 1),
            };
        }

        /// <summary>A sample scaled to 8 bits.</summary>
        private byte Eight(int value) => Depth == 16 ? (byte)(value >> 8) : (byte)(value * 255 / ((1 << Depth) - 1));

        /// <summary>The transparent value of grey or RGB images (tRNS), one sample, or −1.</summary>
        private int Key(int channel) => Transparency.Length >= 2 * (channel + 1) ? BinaryPrimitives.ReadUInt16BigEndian(Transparency.AsSpan(2 * channel)) : -1;

        public void Pixel(ReadOnlySpan<byte> row, int x, Span<byte> rgba)
        {
            switch (Type)
            {
                case 3:
                    var entry = Math.Min(Sample(row, x, 0), (Palette.Length / 3) - 1);
                    Palette.AsSpan(3 * entry, 3).CopyTo(rgba);
                    rgba[3] = entry < Transparency.Length ? Transparency[entry] : (byte)255;
                    break;
                case 0 or 4:
                    var grey = Sample(row, x, 0);
                    rgba[0] = rgba[1] = rgba[2] = Eight(grey);
                    rgba[3] = Type == 4 ? Eight(Sample(row, x, 1)) : grey == Key(0) ? (byte)0 : (byte)255;
                    break;
                default:
                    var (r, g, b) = (Sample(row, x, 0), Sample(row, x, 1), Sample(row, x, 2));
                    (rgba[0], rgba[1], rgba[2]) = (Eight(r), Eight(g), Eight(b));
                    rgba[3] = Type == 6 ? Eight(Sample(row, x, 3)) : r == Key(0) && g == Key(1) && b == Key(2) ? (byte)0 : (byte)255;
                    break;
            }
        }
    }
}
