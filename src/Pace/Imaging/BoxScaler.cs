namespace Pace.Imaging;

/// <summary>
/// Collects the pixels of an image, in any order, into a copy scaled down by a whole factor: each pixel of the result
/// is the average of a square of <c>k × k</c> source pixels (fewer at the right and bottom edges), weighted by alpha
/// so transparent pixels add no colour. Only the scaled result is held — never the full-size image — so a logo
/// costs memory for the size it is drawn at, whatever its size in the file. Integer arithmetic throughout: the same
/// pixels give the same bytes on every machine.
/// </summary>
internal sealed class BoxScaler
{
    /// <summary>The largest factor in one pass: 64 × 64 pixels × 255 × 255 stay inside a 32-bit sum.</summary>
    private const int MaxFactor = 64;

    private readonly int _width;
    private readonly int _height;
    private readonly int _factor;
    private readonly byte[]? _direct;
    private readonly uint[]? _sums;

    /// <summary>Prepares to scale a <paramref name="width"/> × <paramref name="height"/> image to fit the bounds (never up).</summary>
    public BoxScaler(int width, int height, int maxWidth, int maxHeight)
    {
        (_width, _height) = (width, height);
        _factor = Math.Clamp(Math.Max(Ceiling(width, maxWidth), Ceiling(height, maxHeight)), 1, MaxFactor);
        ScaledWidth = Ceiling(width, _factor);
        ScaledHeight = Ceiling(height, _factor);
        if (_factor == 1)
        {
            _direct = new byte[4 * width * height];
        }
        else
        {
            _sums = new uint[4 * ScaledWidth * ScaledHeight];
        }
    }

    public int ScaledWidth { get; }

    public int ScaledHeight { get; }

    /// <summary>Scales an RGBA image (4 bytes a pixel, straight alpha) to fit the bounds.</summary>
    public static RgbaImage Scale(RgbaImage image, int maxWidth, int maxHeight)
    {
        var current = image;
        do
        {
            var scaler = new BoxScaler(current.Width, current.Height, maxWidth, maxHeight);
            if (scaler._factor == 1)
            {
                return current;
            }

            for (var y = 0; y < current.Height; y++)
            {
                scaler.Row(y, 0, 1, current.Pixels.AsSpan(4 * current.Width * y, 4 * current.Width));
            }

            current = scaler.Result(image.SourceWidth, image.SourceHeight);
        }
        while (current.Width > maxWidth || current.Height > maxHeight);
        return current;
    }

    /// <summary>Adds the pixels of a row: the first at (<paramref name="x"/>, <paramref name="y"/>), the others every <paramref name="step"/> pixels.</summary>
    public void Row(int y, int x, int step, ReadOnlySpan<byte> rgba)
    {
        var count = rgba.Length / 4;
        if (_direct is not null)
        {
            for (var i = 0; i < count; i++, x += step)
            {
                rgba.Slice(4 * i, 4).CopyTo(_direct.AsSpan(4 * ((y * _width) + x)));
            }

            return;
        }

        var rowStart = y / _factor * ScaledWidth;
        for (var i = 0; i < count; i++, x += step)
        {
            var at = 4 * (rowStart + (x / _factor));
            uint alpha = rgba[(4 * i) + 3];
            _sums![at] += rgba[4 * i] * alpha;
            _sums[at + 1] += rgba[(4 * i) + 1] * alpha;
            _sums[at + 2] += rgba[(4 * i) + 2] * alpha;
            _sums[at + 3] += alpha;
        }
    }

    /// <summary>The scaled image; <paramref name="sourceWidth"/> and <paramref name="sourceHeight"/> say what it was scaled from.</summary>
    public RgbaImage Result(int sourceWidth, int sourceHeight)
    {
        if (_direct is not null)
        {
            return new RgbaImage(_width, _height, _direct, sourceWidth, sourceHeight);
        }

        var pixels = new byte[4 * ScaledWidth * ScaledHeight];
        for (var sy = 0; sy < ScaledHeight; sy++)
        {
            var rows = (uint)Math.Min(_factor, _height - (sy * _factor));
            for (var sx = 0; sx < ScaledWidth; sx++)
            {
                var count = rows * (uint)Math.Min(_factor, _width - (sx * _factor));
                var at = 4 * ((sy * ScaledWidth) + sx);
                var alpha = _sums![at + 3];
                for (var c = 0; c < 3; c++)
                {
                    pixels[at + c] = alpha == 0 ? (byte)0 : (byte)((_sums[at + c] + (alpha / 2)) / alpha);
                }

                pixels[at + 3] = (byte)((alpha + (count / 2)) / count);
            }
        }

        return new RgbaImage(ScaledWidth, ScaledHeight, pixels, sourceWidth, sourceHeight);
    }

    private static int Ceiling(int value, int divisor) => (int)(((long)value + divisor - 1) / Math.Max(1, divisor));
}
