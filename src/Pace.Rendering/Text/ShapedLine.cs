namespace Pace.Rendering.Text;

/// <summary>
/// Glyphs of one font drawn left to right from the pen position, in font units. <see cref="Text"/> is the text the
/// run stands for, in logical order; each glyph's <see cref="Clusters"/> entry is the index in it of the first character
/// the glyph draws — ascending for left-to-right runs, descending for right-to-left ones.
/// </summary>
/// <param name="Font">The font.</param>
/// <param name="Glyphs">The glyph numbers, in visual order.</param>
/// <param name="Advances">How far each glyph moves the pen, in font units.</param>
/// <param name="Offsets">Each glyph's (x, y up) displacement from its pen position, or <see langword="null"/> when all are zero.</param>
/// <param name="Clusters">The index in <see cref="Text"/> of the first character each glyph draws.</param>
/// <param name="Text">The characters the run draws, in logical order.</param>
internal sealed record GlyphRun(Typeface Font, ushort[] Glyphs, int[] Advances, (int X, int Y)[]? Offsets, int[] Clusters, string Text)
{
    /// <summary>The run's width in font units.</summary>
    public long Units => Advances.Sum(a => (long)a);

    /// <summary>The run's width at a font size, in points.</summary>
    public float Width(float size) => Units * size / Font.UnitsPerEm;

    /// <summary>
    /// Whether every glyph is the font's own glyph for one character, at its advance, unmoved, left to right: such a run
    /// can be written as plain text (PDF <c>Tj</c>, SVG <c>&lt;text&gt;</c>) and read back character by character.
    /// </summary>
    public bool IsPlain { get; init; }

    /// <summary>Whether the run is right-to-left (its glyphs are in visual order, its text in logical order).</summary>
    public bool RightToLeft { get; init; }

    /// <summary>Whether the run is boxes drawn for characters no font has.</summary>
    public bool IsBox { get; init; }

    /// <summary>
    /// The characters glyph <paramref name="index"/> draws: its cluster, or empty for the second glyph of a cluster. In a
    /// right-to-left run a cluster of several characters (a lam-alef ligature) is given in visual order: PDF readers get
    /// right-to-left text in visual order and reverse it character by character (measured with pdftotext: a logical
    /// "لا" came out as "ال").
    /// </summary>
    public string CharactersOf(int index)
    {
        var start = Clusters[index];
        var first = Array.IndexOf(Clusters, start) == index;
        if (!first)
        {
            return string.Empty;
        }

        // The cluster ends where the next higher cluster index starts.
        var end = Text.Length;
        foreach (var c in Clusters)
        {
            if (c > start && c < end)
            {
                end = c;
            }
        }

        var characters = Text[start..end];
        if (!RightToLeft || characters.Length < 2)
        {
            return characters;
        }

        var runes = characters.EnumerateRunes().Reverse();
        return string.Concat(runes.Select(r => r.ToString()));
    }

    /// <inheritdoc />
    public bool Equals(GlyphRun? other) =>
        other is not null && ReferenceEquals(Font, other.Font) && Text == other.Text && Glyphs.AsSpan().SequenceEqual(other.Glyphs)
        && Advances.AsSpan().SequenceEqual(other.Advances) && Clusters.AsSpan().SequenceEqual(other.Clusters)
        && (Offsets ?? []).AsSpan().SequenceEqual(other.Offsets ?? []);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Text, Glyphs.Length);
}

/// <summary>
/// One line of text as it is drawn: its runs in visual order, left to right. A line is <em>plain</em> when it is a
/// single plain run (every chart in Latin, Greek or Cyrillic): painters then write it as text, as before shaping existed.
/// </summary>
/// <param name="Runs">The runs, left to right.</param>
/// <param name="Missing">The characters no font has, drawn as a box; empty when every character is drawn.</param>
internal sealed record ShapedLine(IReadOnlyList<GlyphRun> Runs, string Missing)
{
    /// <summary>The empty line.</summary>
    public static ShapedLine Empty { get; } = new([], string.Empty);

    /// <summary>Whether the line is one plain run and every character is drawn.</summary>
    public bool IsPlain => Runs.Count <= 1 && Runs.All(r => r.IsPlain) && Missing.Length == 0;

    /// <summary>The line's width at a size, in points.</summary>
    public float Width(float size) => Runs.Sum(r => r.Width(size));

    /// <inheritdoc />
    public bool Equals(ShapedLine? other) => other is not null && Missing == other.Missing && Runs.SequenceEqual(other.Runs);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Runs.Count, Missing);
}
