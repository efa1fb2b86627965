using Pace.Rendering.Layout;

namespace Pace.Rendering.Site;

/// <summary>
/// A chart's accent colour for the light and the dark scheme. The theme's accent is the light one, darkened until text in
/// it reads on white at WCAG's 4.5:1; the dark scheme's is the accent lightened until it reads on the dark background.
/// Text on an accent fill (the process numbers) is white or ink, whichever contrasts more.
/// </summary>
internal static class Accent
{
    /// <summary>The dark scheme's background; the stylesheet's <c>--paper</c> in dark mode.</summary>
    public static readonly Rgb DarkPaper = new(0x14, 0x18, 0x1D);

    /// <summary>The contrast WCAG 2.2 asks of body text (AA).</summary>
    public const double TextContrast = 4.5;

    private static readonly Rgb White = new(0xFF, 0xFF, 0xFF);
    private static readonly Rgb Ink = new(0x1C, 0x22, 0x2B);

    /// <summary>The custom properties of a chart's pages: the accent and the text on it, light and dark; the stylesheet picks by scheme (an inline <c>--accent</c> would beat its dark rule).</summary>
    public static string Style(Palette palette)
    {
        var light = Readable(palette.Accent, White, darken: true);
        var dark = Readable(palette.Accent, DarkPaper, darken: false);
        return $"--accent-light:{light.ToHex()};--on-accent-light:{On(light).ToHex()};--accent-dark:{dark.ToHex()};--on-accent-dark:{On(dark).ToHex()}";
    }

    /// <summary>The colour moved towards black or white in steps of 5 % until it reaches <see cref="TextContrast"/> against the background.</summary>
    public static Rgb Readable(Rgb color, Rgb background, bool darken)
    {
        var result = color;
        for (var step = 1; step <= 20 && Contrast(result, background) < TextContrast; step++)
        {
            result = darken ? color.Shade(step * 0.05f) : color.Tint(step * 0.05f);
        }

        return result;
    }

    /// <summary>WCAG's contrast ratio of two colours (1 to 21).</summary>
    public static double Contrast(Rgb a, Rgb b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static Rgb On(Rgb fill) => Contrast(White, fill) >= Contrast(Ink, fill) ? White : Ink;

    /// <summary>WCAG's relative luminance (sRGB, linearised).</summary>
    private static double Luminance(Rgb c)
    {
        static double Channel(byte v)
        {
            var s = v / 255.0;
            return s <= 0.04045 ? s / 12.92 : Math.Pow((s + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(c.R)) + (0.7152 * Channel(c.G)) + (0.0722 * Channel(c.B));
    }
}
