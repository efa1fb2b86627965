using System.Globalization;
using System.Text;
using Pace.Rendering.Layout;
using Pace.Rendering.Text;

namespace Pace.Rendering.Painters;

/// <summary>
/// Writes one page as SVG from the same placed elements the PDF painter draws, so the image looks the same in every
/// browser and on every machine: the fonts travel inside the file as <c>@font-face</c> data URIs, cut down to the
/// characters the page writes (<see cref="SvgFonts"/>), and every character is placed at the x the layout measured.
/// Shaped runs (Arabic, a chart's own fonts with ligatures or marks) and boxes for missing characters are glyph outlines,
/// labelled with their text. The size is given in millimetres, so the page imports at its printed size.
/// </summary>
internal static class SvgPainter
{
    /// <summary>Paints a page and returns the SVG bytes (UTF-8).</summary>
    public static byte[] Encode(LayoutPage page, DocumentInfo info, int number, int count)
    {
        var body = new SvgBody();
        foreach (var element in page.Elements)
        {
            body.Add(element);
        }

        var sb = new StringBuilder(64 * 1024);
        sb.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
          .Append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").Append(Mm(page.Width * page.Scale)).Append("mm\" height=\"").Append(Mm(page.Height * page.Scale))
          .Append("mm\" viewBox=\"0 0 ").Append(SvgBody.Num(page.Width)).Append(' ').Append(SvgBody.Num(page.Height)).Append("\">\n")
          .Append("<title>").Append(SvgBody.Escape(info.Title + (info.Author.Length > 0 ? " – " + info.Author : string.Empty))).Append("</title>\n")
          .Append("<desc>").Append(SvgBody.Escape(string.Create(CultureInfo.InvariantCulture, $"{info.Subject} ({number}/{count})"))).Append("</desc>\n");
        if (body.Fonts.Count > 0)
        {
            sb.Append("<defs><style>\n");
            foreach (var (font, family) in body.Fonts)
            {
                var data = SvgFonts.Subset(font, body.CharactersOf(font));
                // One family per font, declared for every weight: text asks for 400 or 700 (bold), and a font the chart
                // names without a bold face must not be emboldened by the browser, as neither the PNG nor the PDF does.
                var (type, format) = font.HasCffOutlines ? ("otf", "opentype") : ("ttf", "truetype");
                sb.Append("@font-face{font-family:\"").Append(family).Append("\";font-weight:100 900;src:url(data:font/").Append(type).Append(";base64,")
                  .Append(Convert.ToBase64String(data)).Append(") format(\"").Append(format).Append("\")}\n");
            }

            sb.Append("text{font-synthesis:none}\n</style></defs>\n");
        }

        sb.Append("<rect width=\"").Append(SvgBody.Num(page.Width)).Append("\" height=\"").Append(SvgBody.Num(page.Height)).Append("\" fill=\"#ffffff\"/>\n");
        sb.Append(body.Text);
        sb.Append("</svg>\n");
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    /// <summary>Points to millimetres, three decimals. The viewBox stays in layout units, so an A3 page (scale √2) is drawn larger.</summary>
    private static string Mm(float points) => SvgBody.Num(points * 25.4 / 72);
}
