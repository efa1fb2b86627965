using System.Globalization;
using Pace.Rendering.Layout;
using Pace.Rendering.Text;

namespace Pace.Rendering.Painters.Pdf;

/// <summary>
/// What the pages of one document draw with — the fonts, the opacities of translucent colours, the logo — named
/// as content streams refer to them, and written once as one resource dictionary every page shares.
/// </summary>
internal sealed class PdfResources
{
    private readonly List<(Typeface Typeface, PdfFont Font)> _fonts = [];
    private readonly SortedDictionary<byte, string> _opacities = [];
    private readonly List<(string Name, LogoImage Image)> _images = [];

    /// <summary>Starts with Lato Regular and Bold as F1 and F2, present in every document; other fonts follow as pages use them.</summary>
    public PdfResources()
    {
        Font(FontStack.Bundled().Primary(FontFace.Regular));
        Font(FontStack.Bundled().Primary(FontFace.Bold));
    }

    /// <summary>The PDF font of a typeface, added on first use as F3, F4…</summary>
    public PdfFont Font(Typeface typeface)
    {
        foreach (var (known, font) in _fonts)
        {
            if (ReferenceEquals(known, typeface))
            {
                return font;
            }
        }

        var added = new PdfFont(typeface, "F" + (_fonts.Count + 1).ToString(CultureInfo.InvariantCulture));
        _fonts.Add((typeface, added));
        return added;
    }

    /// <summary>The name of a graphics state that paints with an opacity (0–254 of 255).</summary>
    public string Opacity(byte alpha)
    {
        if (!_opacities.TryGetValue(alpha, out var name))
        {
            name = "A" + alpha.ToString(CultureInfo.InvariantCulture);
            _opacities.Add(alpha, name);
        }

        return name;
    }

    /// <summary>The name of an image, embedded once per document however many pages draw it.</summary>
    public string Image(LogoImage image)
    {
        foreach (var (name, known) in _images)
        {
            if (ReferenceEquals(known, image))
            {
                return name;
            }
        }

        var added = "Im" + (_images.Count + 1).ToString(CultureInfo.InvariantCulture);
        _images.Add((added, image));
        return added;
    }

    /// <summary>Writes the fonts, graphics states and images, then, under a reserved number, the dictionary naming them.</summary>
    public void Write(PdfFileWriter file, int resources)
    {
        foreach (var (_, font) in _fonts)
        {
            font.Reference = file.Reserve();
        }

        // Each font names itself with a subset tag hashed from its glyphs (PdfFont): the same input, the same tag.
        foreach (var (_, font) in _fonts)
        {
            font.Write(file);
        }

        var states = new List<string>();
        foreach (var (alpha, name) in _opacities)
        {
            var number = file.Reserve();
            var value = PdfSyntax.Component(alpha);
            file.Object(number, $"<</Type /ExtGState /ca {value} /CA {value}>>");
            states.Add($"/{name} {number} 0 R");
        }

        var images = new List<string>();
        foreach (var (name, image) in _images)
        {
            images.Add($"/{name} {WriteImage(file, image)} 0 R");
        }

        file.Object(resources, "<</Font <<" + string.Join(" ", _fonts.Select(f => $"/{f.Font.ResourceName} {f.Font.Reference} 0 R")) + ">>"
            + (states.Count > 0 ? " /ExtGState <<" + string.Join(" ", states) + ">>" : string.Empty)
            + (images.Count > 0 ? " /XObject <<" + string.Join(" ", images) + ">>" : string.Empty) + ">>");
    }

    /// <summary>An RGB image, with its alpha as a soft mask when any pixel is not opaque.</summary>
    private static int WriteImage(PdfFileWriter file, LogoImage pixels)
    {
        var rgba = pixels.Rgba.Span;
        var count = pixels.Width * pixels.Height;
        var rgb = new byte[count * 3];
        var alpha = new byte[count];
        var translucent = false;
        for (var i = 0; i < count; i++)
        {
            rgb[3 * i] = rgba[4 * i];
            rgb[(3 * i) + 1] = rgba[(4 * i) + 1];
            rgb[(3 * i) + 2] = rgba[(4 * i) + 2];
            alpha[i] = rgba[(4 * i) + 3];
            translucent |= alpha[i] != 255;
        }

        // No /Interpolate: PDF/A forbids it (ISO 19005-2 §6.2.8.1), so a viewer's own scaling decides how smooth it looks.
        var size = $" /Width {pixels.Width} /Height {pixels.Height} /BitsPerComponent 8";
        var mask = 0;
        if (translucent)
        {
            mask = file.Reserve();
            file.Stream(mask, " /Type /XObject /Subtype /Image /ColorSpace /DeviceGray" + size, alpha);
        }

        var image = file.Reserve();
        file.Stream(image, " /Type /XObject /Subtype /Image /ColorSpace /DeviceRGB" + size + (translucent ? $" /SMask {mask} 0 R" : string.Empty), rgb);
        return image;
    }
}
