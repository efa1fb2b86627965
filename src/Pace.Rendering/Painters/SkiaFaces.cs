using System.Runtime.CompilerServices;
using Pace.Rendering.Text;
using SkiaSharp;

namespace Pace.Rendering.Painters;

/// <summary>
/// The fonts as Skia typefaces, for the PNG painter and SVG outlines; each created on first use and kept as long as its
/// <see cref="Typeface"/> lives. The PDF painter does not need them, so a PDF render never loads Skia's native library.
/// </summary>
internal static class SkiaFaces
{
    private static readonly ConditionalWeakTable<Typeface, SKTypeface> Loaded = [];

    /// <summary>The Skia typeface of a font.</summary>
    public static SKTypeface Of(Typeface font) => Loaded.GetValue(font, Load);

    /// <summary>A font at one em (its units per em), unhinted, with linear metrics: glyphs are placed at font-unit positions and scaled.</summary>
    public static SKFont EmFont(Typeface font) => new(Of(font), font.UnitsPerEm)
    {
        Hinting = SKFontHinting.None,
        LinearMetrics = true,
        Subpixel = true,
        Edging = SKFontEdging.Antialias,
    };

    private static SKTypeface Load(Typeface font)
    {
        using var data = SKData.CreateCopy(font.Data);
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException($"Skia could not read the font {font.Name}.");
    }
}
