using Pace.Rendering.Text;

namespace Pace.Rendering.Layout;

/// <summary>
/// Text measuring for the layout, with the fonts of the chart being laid out (<see cref="FontStack"/>): the bundled
/// Lato and Noto Sans, after any fonts the chart names. No machine font is ever used, so output is identical on every
/// machine.
/// </summary>
/// <remarks>
/// Widths come straight from the fonts' own advance tables in font units, not from a sized SKFont: painters place
/// every glyph at exactly these positions, drawing at a size of one em and scaling. That keeps measuring and drawing
/// in exact agreement, and lets the PDF writer emit one string per line instead of a positioning operator per glyph.
/// The stack is ambient for the duration of one layout (<see cref="Use"/>) rather than passed to each of the ~80 places
/// that measure or place text: a layout runs on one thread from start to end, and a painter reads the fonts from the
/// glyph runs each text element carries, never from here.
/// </remarks>
internal static class Fonts
{
    /// <summary>Line height as a multiple of the font size: Lato's ascent + descent is 1.2 em.</summary>
    public const float LineHeightFactor = 1.2f;

    [ThreadStatic]
    private static FontStack? _current;

    /// <summary>The fonts of the layout running on this thread; the bundled fonts outside one.</summary>
    public static FontStack Current => _current ?? FontStack.Bundled();

    /// <summary>Makes a font stack current on this thread until the returned scope is disposed.</summary>
    public static Scope Use(FontStack fonts)
    {
        var previous = _current;
        _current = fonts;
        return new Scope(previous);
    }

    /// <summary>Distance from a line's top to its baseline, for a font size (Lato's, whatever font draws the line).</summary>
    public static float Ascent(float size) => Current.Primary(FontFace.Regular).Metrics.TypoAscender / Current.Primary(FontFace.Regular).UnitsPerEm * size;

    /// <summary>The advance width of a text at a size; text must already be sanitised.</summary>
    public static float Measure(string text, FontFace face, float size) => Current.Measure(text, face, size);

    /// <summary>A sanitised line as it will be drawn.</summary>
    public static ShapedLine Shape(string text, FontFace face) => Current.Shape(text, face);

    /// <summary>Whether some font draws a character.</summary>
    public static bool Covers(int codePoint) => Current.Covers(codePoint);

    /// <summary>Restores the font stack that was current before <see cref="Use"/>.</summary>
    internal readonly struct Scope(FontStack? previous) : IDisposable
    {
        /// <inheritdoc />
        public void Dispose() => _current = previous;
    }
}
