namespace Pace.Rendering.Site;

/// <summary>The site's one stylesheet (<c>pace.css</c>), embedded in this library so every site gets the same bytes.</summary>
internal static class SiteStylesheet
{
    /// <summary>The stylesheet's bytes, with line ends made <c>\n</c> whatever the checkout did.</summary>
    public static byte[] Bytes { get; } = Load();

    private static byte[] Load()
    {
        using var stream = typeof(SiteStylesheet).Assembly.GetManifestResourceStream("Pace.Rendering.Site.pace.css")
            ?? throw new InvalidOperationException("The stylesheet is not embedded in Pace.Rendering.");
        using var reader = new StreamReader(stream);
        return SiteEncoding.Bytes(reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal));
    }
}
