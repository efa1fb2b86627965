namespace Pace.Rendering.Text;

/// <summary>The two faces text is set in; each is a stack of fonts (<see cref="FontStack"/>).</summary>
internal enum FontFace
{
    /// <summary>Regular weight (400).</summary>
    Regular,

    /// <summary>Bold weight (700).</summary>
    Bold,
}
