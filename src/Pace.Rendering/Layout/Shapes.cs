using Pace.Analysis;

namespace Pace.Rendering.Layout;

/// <summary>Small geometric marks built from points: status marks, chevrons, pills.</summary>
internal static class Shapes
{
    /// <summary>
    /// A status mark centred on a point, with a shape per status so it reads in black and white:
    /// a circle for green, a star for super-green, a triangle for amber, a square for red, and for no verdict a small
    /// outlined ring.
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
            KpiStatus.Super => Star(center, r, palette.Green),
            KpiStatus.Red => new BoxElement(new Rect(center.X - (r * 0.85f), center.Y - (r * 0.85f), r * 1.7f, r * 1.7f), palette.Red),
            _ => new CircleElement(center, r * 0.85f, null, palette.Muted, 0.75f),
        };
        return mark with { Label = label };
    }

    /// <summary>
    /// A stale number: an outlined diamond, no fill — a shape none of the status marks has, so it reads in black and
    /// white, and empty, because the number it stands for was not reported.
    /// </summary>
    public static PathElement StaleMark(Point center, float size, Palette palette)
    {
        var r = size / 2;
        return new PathElement([new(center.X, center.Y - r), new(center.X + r, center.Y), new(center.X, center.Y + r), new(center.X - r, center.Y)], true, null, palette.Ink, 0.9f);
    }

    /// <summary>A five-pointed star: super-green, a shape of its own beside green's circle.</summary>
    public static PathElement Star(Point center, float r, Rgb fill)
    {
        var points = new List<Point>(10);
        for (var i = 0; i < 10; i++)
        {
            // Points up; the inner corners at 0.45 of the radius keep the star solid at 5 pt.
            var radius = i % 2 == 0 ? r * 1.1f : r * 0.5f;
            var angle = (MathF.PI / 5 * i) - (MathF.PI / 2);
            points.Add(new(center.X + (radius * MathF.Cos(angle)), center.Y + (radius * MathF.Sin(angle))));
        }

        return new PathElement(points, true, fill);
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
