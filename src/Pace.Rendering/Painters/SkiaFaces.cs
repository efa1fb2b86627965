using Pace.Rendering.Layout;
using SkiaSharp;

namespace Pace.Rendering.Painters;

/// <summary>
/// The embedded faces as Skia typefaces, for the PNG and SVG painters; created on first use, once per process.
/// The PDF painter does not need them, so a PDF render never loads Skia's native library.
/// </summary>
internal static class SkiaFaces
{
    private static readonly Lazy<SKTypeface> RegularFace = new(() => Load(FontFace.Regular));
    private static readonly Lazy<SKTypeface> BoldFace = new(() => Load(FontFace.Bold));

    /// <summary>Lato Regular.</summary>
    public static SKTypeface Regular => RegularFace.Value;

    /// <summary>Lato Bold.</summary>
    public static SKTypeface Bold => BoldFace.Value;

    private static SKTypeface Load(FontFace face)
    {
        using var data = SKData.CreateCopy(Fonts.Data(face));
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException($"Skia could not read the embedded font {Fonts.Name(face)}.");
    }
}
