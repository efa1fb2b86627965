namespace Pace.Imaging;

/// <summary>Decoded pixels: 8-bit RGBA with straight alpha, row by row, and the size of the image they were scaled from.</summary>
internal sealed record RgbaImage(int Width, int Height, byte[] Pixels, int SourceWidth, int SourceHeight);
