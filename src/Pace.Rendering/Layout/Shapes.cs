using Pace.Analysis;

namespace Pace.Rendering.Layout;

/// <summary>Small geometric marks built from points: status marks, chevrons, pills.</summary>
internal static class Shapes
{
    /// <summary>
    /// A status mark centred on a point, with a shape per status so it reads in black and white:
    /// a circle for green, a triangle for amber, a square for red, and for no verdict a small outlined ring.
    /// </summary>
    /// <remarks>
    /// The same marks serve as severity (a warning is amber) and as "within the advised range" on the people page:
    /// presentation borrows the status shapes, it does not judge anything here.
    /// </remarks>
    public static Element StatusMark(KpiStatus status, Point center, float size, Palette palette, string? label = null)
    {
        var r = size / 2;
        Element mark = status switch
        {
            KpiStatus.Green => new CircleElement(center, r, palette.Green),
            KpiStatus.Amber => new PathElement(
                [new(center.X, center.Y - r), new(center.X + r, center.Y + (r * 0.8f)), new(center.X - r, center.Y + (r * 0.8f))], true, palette.Amber),
            KpiStatus.Red => new BoxElement(new Rect(center.X - (r * 0.85f), center.Y - (r * 0.85f), r * 1.7f, r * 1.7f), palette.Red),
            _ => new CircleElement(center, r * 0.85f, null, palette.Muted, 0.75f),
        };
        return mark with { Label = label };
    }

    /// <summary>A chevron (arrow-shaped band) filling a box; the first has a flat back, every other a notch.</summary>
    public static PathElement Chevron(Rect box, float tip, bool first, Rgb fill)
    {
        var midY = box.Y + (box.Height / 2);
        var points = new List<Point>
        {
            new(box.X, box.Y),
            new(box.Right - tip, box.Y),
            new(box.Right, midY),
            new(box.Right - tip, box.Bottom),
            new(box.X, box.Bottom),
        };
        if (!first)
        {
            points.Add(new(box.X + tip, midY));
        }

        return new PathElement(points, true, fill);
    }
}
