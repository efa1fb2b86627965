using Pace.Imaging;

namespace Pace;

/// <summary>
/// A chart's <c>theme.logo</c> as the check read it: decoded from its PNG file into 8-bit RGBA pixels (straight
/// alpha, row by row), scaled down to at most <see cref="MaxPixels"/> pixels a side. Immutable.
/// </summary>
public sealed class ChartLogo
{
    /// <summary>The most pixels a side a decoded logo keeps; a larger one is scaled down by a whole factor (averaging).</summary>
    public const int MaxPixels = 1024;

    private readonly RgbaImage _image;

    internal ChartLogo(string path, RgbaImage image)
    {
        Path = path;
        _image = image;
    }

    /// <summary>The logo file that was read (after following links).</summary>
    public string Path { get; }

    /// <summary>The width of <see cref="Rgba"/> in pixels.</summary>
    public int Width => _image.Width;

    /// <summary>The height of <see cref="Rgba"/> in pixels.</summary>
    public int Height => _image.Height;

    /// <summary>The width of the image in its file.</summary>
    public int SourceWidth => _image.SourceWidth;

    /// <summary>The height of the image in its file.</summary>
    public int SourceHeight => _image.SourceHeight;

    /// <summary>The pixels: 4 bytes each (red, green, blue, alpha; alpha not premultiplied), <see cref="Width"/> a row.</summary>
    public ReadOnlyMemory<byte> Rgba => _image.Pixels;

    /// <summary>This logo scaled down (never up), by a whole factor, to fit a box of pixels — as a painter would embed it.</summary>
    /// <param name="maxWidth">The most pixels across.</param>
    /// <param name="maxHeight">The most pixels down.</param>
    /// <returns>This logo when it fits already; else a smaller copy.</returns>
    public ChartLogo ScaledToFit(int maxWidth, int maxHeight)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxWidth, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxHeight, 1);
        var scaled = BoxScaler.Scale(_image, maxWidth, maxHeight);
        return ReferenceEquals(scaled, _image) ? this : new ChartLogo(Path, scaled);
    }
}
