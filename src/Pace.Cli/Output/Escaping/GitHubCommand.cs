using System.Text;

namespace Pace.Cli.Output.Escaping;

/// <summary>
/// GitHub Actions workflow commands, <c>::error file=…,line=…::message</c>: the runner's own escaping (<c>%</c>,
/// CR and LF as <c>%25</c>, <c>%0D</c>, <c>%0A</c>; in a property also <c>:</c> and <c>,</c> as <c>%3A</c>,
/// <c>%2C</c>), so no value can end the command, start another one, or close a property early; every other unsafe
/// character as a visible escape (<see cref="UnsafeText"/>).
/// </summary>
internal static class GitHubCommand
{
    /// <summary>The message after the closing <c>::</c>; its line breaks show as line breaks in the annotation.</summary>
    public static string Data(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '%' => "%25",
                '\r' => "%0D",
                '\n' => "%0A",
                _ => c.ToString(),
            });
        }

        return UnsafeText.Visible(builder.ToString());
    }

    /// <summary>A property value (<c>file=</c>, <c>title=</c>).</summary>
    public static string Property(string text) =>
        Data(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
