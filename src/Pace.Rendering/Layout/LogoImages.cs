using System.Buffers.Binary;

namespace Pace.Rendering.Layout;

/// <summary>Tells a usable PNG logo from anything else, from its bytes alone (reading the file is not layout's job).</summary>
internal static class LogoImages
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Accepts PNG bytes with a sane header (signature, IHDR, positive size); anything else is <see langword="null"/>.</summary>
    public static LogoImage? FromBytes(byte[] png)
    {
        // Signature (8) + IHDR length (4) + "IHDR" (4) + width (4) + height (4).
        if (png.Length < 24 || !png.AsSpan(0, 8).SequenceEqual(Signature) || !png.AsSpan(12, 4).SequenceEqual("IHDR"u8))
        {
            return null;
        }

        var width = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4));
        var height = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4));
        return width is > 0 and <= 10000 && height is > 0 and <= 10000 ? new LogoImage(png, width, height) : null;
    }
}
