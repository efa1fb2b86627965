namespace Pace.Rendering.Layout;

/// <summary>Small geometric marks built from points: status marks, chevrons, pills.</summary>
internal static class Shapes
{
    /// <summary>
    /// A status mark centred on a point, with a shape per status so it reads in black and white:
    /// a circle for green, a triangle for amber, a square for red.
    /// </summary>
    public static Element StatusMark(Status status, Point center, float size, Palette palette)
    {
        var r = size / 2;
        return status switch
        {
            Status.Green => new CircleElement(center, r, palette.Green),
            Status.Amber => new PathElement(
                [new(center.X, center.Y - r), new(center.X + r, center.Y + (r * 0.8f)), new(center.X - r, center.Y + (r * 0.8f))], true, palette.Amber),
            _ => new BoxElement(new Rect(center.X - (r * 0.85f), center.Y - (r * 0.85f), r * 1.7f, r * 1.7f), palette.Red),
        };
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
