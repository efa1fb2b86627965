using Pace.Rendering.Layout;

namespace Pace.Rendering;

/// <summary>
/// The logo a check read (<see cref="CheckResult.Logo"/>: decoded and bounded by the pipeline, never read here),
/// scaled down to what its box on the page can show, so a large logo is not embedded in every PDF at full size.
/// </summary>
internal static class LogoFile
{
    /// <summary>The resolution a logo keeps in its box: 600 dpi, print quality and more than the default PNG's 150.</summary>
    public const float Dpi = 600;

    /// <summary>The check's logo, scaled to fit the header's logo box at <see cref="Dpi"/>; <see langword="null"/> when there is none.</summary>
    public static LogoImage? For(CheckResult check)
    {
        if (check.Logo is not { } logo)
        {
            return null;
        }

        var fitted = logo.ScaledToFit(Pixels(PageFrame.LogoMaxWidth), Pixels(PageFrame.LogoHeight));
        return new LogoImage(fitted.Width, fitted.Height, fitted.Rgba, logo.SourceWidth, logo.SourceHeight);
    }

    private static int Pixels(float points) => (int)MathF.Ceiling(points / 72 * Dpi);
}
