namespace Pace.Rendering.Layout;

/// <summary>
/// The colours of a chart. Defaults are dark enough to print in black and white: the accent is a deep blue,
/// greys are for structure, and status never relies on colour alone (each status has its own shape).
/// </summary>
internal sealed record Palette(Rgb Accent)
{
    /// <summary>The default accent: a deep steel blue that prints as a dark grey.</summary>
    public static readonly Rgb DefaultAccent = new(0x1F, 0x4E, 0x79);

    /// <summary>Body text.</summary>
    public Rgb Ink { get; } = new(0x1C, 0x22, 0x2B);

    /// <summary>Secondary text: roles, inputs and outcomes, captions.</summary>
    public Rgb Muted { get; } = new(0x5B, 0x65, 0x72);

    /// <summary>Grid lines and outlines.</summary>
    public Rgb Rule { get; } = new(0xCF, 0xD5, 0xDC);

    /// <summary>Faint fills: alternate rows, empty badges.</summary>
    public Rgb Faint { get; } = new(0xF3, 0xF5, 0xF7);

    /// <summary>White.</summary>
    public Rgb Paper { get; } = new(0xFF, 0xFF, 0xFF);

    /// <summary>Status: target met.</summary>
    public Rgb Green { get; } = new(0x2E, 0x7D, 0x32);

    /// <summary>Status: within tolerance.</summary>
    public Rgb Amber { get; } = new(0xD9, 0x8C, 0x00);

    /// <summary>Status: target missed; also errors.</summary>
    public Rgb Red { get; } = new(0xC6, 0x28, 0x28);

    /// <summary>A light tint of the accent for headings and leading badges.</summary>
    public Rgb AccentTint => Accent.Tint(0.85f);

    /// <summary>Text on an accent fill: white on dark accents, ink on light ones.</summary>
    public Rgb OnAccent => Accent.Luminance > 0.6f ? Ink : Paper;

    /// <summary>The palette for a theme; an absent or malformed accent falls back to the default.</summary>
    public static Palette For(Theme? theme) => new(Rgb.TryParse(theme?.Accent) ?? DefaultAccent);
}
