using Pace.Rendering.Layout;

namespace Pace.Rendering.Painters;

/// <summary>Receives an outline segment by segment; each painter turns it into its own kind of path.</summary>
internal interface IOutlineSink
{
    /// <summary>A whole axis-aligned rectangle, as its own closed figure.</summary>
    void Rectangle(float x, float y, float width, float height);

    /// <summary>Starts a figure.</summary>
    void MoveTo(float x, float y);

    /// <summary>A straight segment.</summary>
    void LineTo(float x, float y);

    /// <summary>A cubic Bézier segment.</summary>
    void CubicTo(float x1, float y1, float x2, float y2, float x, float y);

    /// <summary>Closes the figure.</summary>
    void Close();
}

/// <summary>
/// The geometry both the Skia painter and the PDF writer draw, in one place, so the formats cannot drift apart:
/// rounded boxes, their inset outlines, polylines, circles as curves, the dash pattern.
/// </summary>
internal static class Outlines
{
    /// <summary>Cubic control distance for a quarter circle, as a fraction of the radius.</summary>
    public const float Kappa = 0.5523f;

    /// <summary>Dashed lines: 2.5 pt on, 2 pt off.</summary>
    public static readonly float[] Dash = [2.5f, 2f];

    /// <summary>A box's filled shape: its bounds, corners rounded when it has a radius.</summary>
    public static void Fill(BoxElement box, IOutlineSink sink) =>
        RoundRect(box.Bounds.X, box.Bounds.Y, box.Bounds.Width, box.Bounds.Height, box.Radius, sink);

    /// <summary>A box's outline, inset by half the stroke so the stroke stays inside the box as laid out.</summary>
    public static void Stroke(BoxElement box, IOutlineSink sink)
    {
        var half = box.StrokeWidth / 2;
        RoundRect(box.Bounds.X + half, box.Bounds.Y + half, box.Bounds.Width - box.StrokeWidth, box.Bounds.Height - box.StrokeWidth, MathF.Max(0, box.Radius - half), sink);
    }

    /// <summary>A polygon (closed) or polyline (open) through its points.</summary>
    public static void Polyline(PathElement path, IOutlineSink sink)
    {
        sink.MoveTo(path.Points[0].X, path.Points[0].Y);
        for (var i = 1; i < path.Points.Count; i++)
        {
            sink.LineTo(path.Points[i].X, path.Points[i].Y);
        }

        if (path.Closed)
        {
            sink.Close();
        }
    }

    /// <summary>A circle as four cubic quarter arcs (for formats without a circle of their own).</summary>
    public static void Circle(CircleElement circle, IOutlineSink sink)
    {
        float x = circle.Center.X, y = circle.Center.Y, r = circle.Radius, k = r * Kappa;
        sink.MoveTo(x + r, y);
        sink.CubicTo(x + r, y + k, x + k, y + r, x, y + r);
        sink.CubicTo(x - k, y + r, x - r, y + k, x - r, y);
        sink.CubicTo(x - r, y - k, x - k, y - r, x, y - r);
        sink.CubicTo(x + k, y - r, x + r, y - k, x + r, y);
        sink.Close();
    }

    /// <summary>
    /// A rectangle with corners rounded by four cubic quarter circles: four lines and four curves, compact in SVG and
    /// PDF, where a path of arcs would be written as dozens of segments.
    /// </summary>
    private static void RoundRect(float x, float y, float width, float height, float radius, IOutlineSink sink)
    {
        radius = MathF.Min(radius, MathF.Min(width, height) / 2);
        if (radius <= 0)
        {
            sink.Rectangle(x, y, width, height);
            return;
        }

        float right = x + width, bottom = y + height, k = radius * (1 - Kappa);
        sink.MoveTo(x + radius, y);
        sink.LineTo(right - radius, y);
        sink.CubicTo(right - k, y, right, y + k, right, y + radius);
        sink.LineTo(right, bottom - radius);
        sink.CubicTo(right, bottom - k, right - k, bottom, right - radius, bottom);
        sink.LineTo(x + radius, bottom);
        sink.CubicTo(x + k, bottom, x, bottom - k, x, bottom - radius);
        sink.LineTo(x, y + radius);
        sink.CubicTo(x, y + k, x + k, y, x + radius, y);
        sink.Close();
    }
}
