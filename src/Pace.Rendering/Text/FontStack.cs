
namespace Pace.Rendering.Text;

/// <summary>
/// The fonts a chart is drawn with, in the order they are tried for each character, as CSS's <c>font-family</c> tries
/// them: the fonts the chart (or its configuration) names, then the bundled Lato, then the bundled Noto Sans complement.
/// A character none of them has is drawn as a box and reported (PACE022). Immutable; shared by every thread.
/// </summary>
internal sealed class FontStack
{
    // The Noto Sans complement is loaded only when a text has a character Lato lacks: most charts never need it, and
    // each bundled face costs its parsing at the first render of a process.
    private static readonly Lazy<FontStack> BundledStack = new(() => new FontStack(
        new FontList([new(() => Bundled("Lato-Regular")), new(() => Bundled("NotoSans-Regular"))]),
        new FontList([new(() => Bundled("Lato-Bold")), new(() => Bundled("NotoSans-Bold"))])));

    private readonly FontList _regular;
    private readonly FontList _bold;
    private readonly ShapeCache _cache = new();
    private Typeface? _firstRegular;
    private Typeface? _firstBold;

    private FontStack(FontList regular, FontList bold)
    {
        _regular = regular;
        _bold = bold;
    }

    /// <summary>The bundled fonts alone.</summary>
    public static FontStack Bundled() => BundledStack.Value;

    /// <summary>The bundled fonts with a chart's own before them; a font without a bold face draws bold text too.</summary>
    public static FontStack With(IReadOnlyList<(Typeface Regular, Typeface? Bold)> fonts)
    {
        var bundled = Bundled();
        return fonts.Count == 0
            ? bundled
            : new FontStack(
                new FontList([.. fonts.Select(f => Loaded(f.Regular)), .. bundled._regular.Items]),
                new FontList([.. fonts.Select(f => Loaded(f.Bold ?? f.Regular)), .. bundled._bold.Items]));

        static Lazy<Typeface> Loaded(Typeface font) => new(() => font);
    }

    /// <summary>The bytes of the fonts the chart (or its configuration) names, regular then bold; none for the bundled stack.</summary>
    public IEnumerable<byte[]> OwnData()
    {
        // The chart's own fonts are loaded already (With takes them loaded); the bundled ones, last, are left unloaded.
        var bundled = BundledStack.Value._regular.Count;
        return _regular.Items[..^bundled].Concat(_bold.Items[..^bundled]).Select(font => font.Value.Data);
    }

    /// <summary>The bundled Lato face: line metrics, and the box drawn for a missing character, come from it.</summary>
    public Typeface Primary(FontFace face) => Stack(face)[^2];

    /// <summary>The fonts tried for a face, in order.</summary>
    public IReadOnlyList<Typeface> Stack(FontFace face) => face == FontFace.Bold ? _bold : _regular;

    /// <summary>Whether some font draws a code point in both faces (characters that draw nothing, such as a joiner, count as drawn).</summary>
    public bool Covers(int codePoint) =>
        Shaping.IsIgnorable(codePoint) || (_regular.Any(f => f.Has(codePoint)) && _bold.Any(f => f.Has(codePoint)));

    /// <summary>The advance width of a sanitised text at a size, in points.</summary>
    public float Measure(string text, FontFace face, float size) =>
        TryUnits(text, face, out var units) ? Points(face, units, size) : Shape(text, face).Width(size);

    /// <summary>
    /// The advance of a text in the first font's units, in the common case that needs no shaping: bundled fonts first,
    /// every character in that font at an advance, nothing right-to-left, no surrogates. Widths are then additive — a
    /// line's units are its words' units plus its spaces' — which lets the fitter wrap a text at every size it tries
    /// from one measurement of each word. (A character the font has at no advance, a combining mark, is not the common
    /// case: same width by shaping, just slower.)
    /// </summary>
    /// <returns><see langword="false"/> when the text must be shaped to be measured.</returns>
    public bool TryUnits(ReadOnlySpan<char> text, FontFace face, out long units)
    {
        units = 0;
        var first = First(face);
        if (first.Shapes)
        {
            return false;
        }

        foreach (var c in text)
        {
            var advance = first.CharacterAdvance(c);
            if (advance == 0 || c is (>= '\u0590' and <= '\u08FF') or (>= '\uD800' and <= '\uDFFF') or >= '\uFB1D')
            {
                return false;
            }

            units += advance;
        }

        return true;
    }

    /// <summary>Font units of <see cref="TryUnits"/> as points at a size: the one expression <see cref="Measure"/> uses too, so both agree to the bit.</summary>
    public float Points(FontFace face, long units, float size) => units * size / First(face).UnitsPerEm;

    private Typeface First(FontFace face) => face == FontFace.Bold ? _firstBold ??= _bold[0] : _firstRegular ??= _regular[0];

    /// <summary>A sanitised line as it is drawn: fonts chosen, shaped, in visual order.</summary>
    public ShapedLine Shape(string text, FontFace face)
    {
        if (text.Length == 0)
        {
            return ShapedLine.Empty;
        }

        var fonts = Stack(face);
        if (!fonts[0].Shapes && Shaping.PlainRun(fonts[0], text) is { } plain)
        {
            return new ShapedLine([plain], string.Empty);
        }

        return _cache.GetOrAdd(text, face, () => Shaping.Shape(text, fonts, Primary(face)));
    }

    private static Typeface Bundled(string name)
    {
        using var stream = typeof(FontStack).Assembly.GetManifestResourceStream("Pace.Rendering.Fonts." + name + ".ttf")
            ?? throw new InvalidOperationException($"The bundled font {name} is missing from the assembly.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        try
        {
            return Typeface.Load(name, buffer.ToArray(), shaped: false);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidOperationException($"The bundled font {name} is broken: {e.Message}.", e);
        }
    }

    /// <summary>Fonts in the order they are tried, each loaded the first time it is asked for.</summary>
    private sealed class FontList(Lazy<Typeface>[] items) : IReadOnlyList<Typeface>
    {
        public Lazy<Typeface>[] Items { get; } = items;

        public int Count => Items.Length;

        public Typeface this[int index] => Items[index].Value;

        public IEnumerator<Typeface> GetEnumerator() => Items.Select(i => i.Value).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>Shaped lines by text and face: layout measures the same words again and again while it wraps and shrinks.</summary>
    private sealed class ShapeCache
    {
        private const int Capacity = 4096;
        private readonly Dictionary<(string, FontFace), ShapedLine> _lines = [];
        private readonly Lock _lock = new();

        public ShapedLine GetOrAdd(string text, FontFace face, Func<ShapedLine> shape)
        {
            lock (_lock)
            {
                if (_lines.TryGetValue((text, face), out var known))
                {
                    return known;
                }
            }

            var line = shape();
            lock (_lock)
            {
                if (_lines.Count >= Capacity)
                {
                    _lines.Clear();
                }

                _lines[(text, face)] = line;
            }

            return line;
        }
    }
}
