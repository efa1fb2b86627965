namespace Pace.Rendering;

/// <summary>Placeholder until the renderer lands.</summary>
public static class ChartRenderer
{
}
