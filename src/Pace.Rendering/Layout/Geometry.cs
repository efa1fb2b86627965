namespace Pace.Rendering.Layout;

/// <summary>A colour with alpha; kept as plain bytes so layout never needs a drawing library.</summary>
internal readonly record struct Rgb(byte R, byte G, byte B, byte A = 255)
{
    /// <summary>Parses <c>#RRGGBB</c>; <see langword="null"/> for anything else, so a bad theme colour falls back to the default.</summary>
    public static Rgb? TryParse(string? hex)
    {
        if (hex is not { Length: 7 } || hex[0] != '#')
        {
            return null;
        }

        return uint.TryParse(hex.AsSpan(1), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out var v)
            ? new Rgb((byte)(v >> 16), (byte)(v >> 8), (byte)v)
            : null;
    }

    /// <summary>This colour mixed with white: <paramref name="amount"/> 0 keeps it, 1 gives white. Used for tints of the accent.</summary>
    public Rgb Tint(float amount) => new(Mix(R, amount), Mix(G, amount), Mix(B, amount), A);

    /// <summary>This colour darkened towards black by <paramref name="amount"/> (0..1).</summary>
    public Rgb Shade(float amount) => new((byte)(R * (1 - amount)), (byte)(G * (1 - amount)), (byte)(B * (1 - amount)), A);

    /// <summary>Relative luminance (0 black .. 1 white), to choose readable text on a filled shape.</summary>
    public float Luminance => ((0.2126f * R) + (0.7152f * G) + (0.0722f * B)) / 255f;

    /// <summary>The colour as <c>#rrggbb</c>.</summary>
    public string ToHex() => $"#{R:x2}{G:x2}{B:x2}";

    private static byte Mix(byte c, float amount) => (byte)MathF.Round(c + ((255 - c) * Math.Clamp(amount, 0, 1)));
}

/// <summary>A point in PDF points (1/72 inch), origin top-left, y growing down.</summary>
internal readonly record struct Point(float X, float Y);

/// <summary>An axis-aligned rectangle in points.</summary>
internal readonly record struct Rect(float X, float Y, float Width, float Height)
{
    /// <summary>The right edge.</summary>
    public float Right => X + Width;

    /// <summary>The bottom edge.</summary>
    public float Bottom => Y + Height;

    /// <summary>Builds a rectangle from its edges.</summary>
    public static Rect FromEdges(float left, float top, float right, float bottom) => new(left, top, right - left, bottom - top);

    /// <summary>The rectangle shrunk by a margin on every side (never below zero size).</summary>
    public Rect Deflate(float dx, float dy) => new(X + dx, Y + dy, MathF.Max(0, Width - (2 * dx)), MathF.Max(0, Height - (2 * dy)));

    /// <summary>Whether <paramref name="inner"/> lies within this rectangle, allowing for float rounding.</summary>
    public bool Contains(Rect inner, float slack = 0.01f) =>
        inner.X >= X - slack && inner.Y >= Y - slack && inner.Right <= Right + slack && inner.Bottom <= Bottom + slack;

    /// <summary>A slice from the top of this rectangle.</summary>
    public Rect Top(float height) => this with { Height = MathF.Min(height, Height) };

    /// <summary>What remains below a slice of <paramref name="height"/> from the top.</summary>
    public Rect Below(float height) => new(X, Y + MathF.Min(height, Height), Width, MathF.Max(0, Height - height));
}
