using System.Globalization;
using System.Text;

namespace Pace.Cli.Input;

/// <summary>
/// A path as the command prints it in a message: control characters and line breaks escaped (<c>\n</c>,
/// <c>\u001b</c>) and cut at 300 characters, so a file name cannot break a message line or drive the terminal.
/// </summary>
internal static class Shown
{
    private const int MaxLength = 300;

    public static string Path(string path)
    {
        var shown = new StringBuilder(Math.Min(path.Length, MaxLength + 8));
        foreach (var c in path.Length > MaxLength ? path[..MaxLength] : path)
        {
            _ = c switch
            {
                '\n' => shown.Append("\\n"),
                '\r' => shown.Append("\\r"),
                '\t' => shown.Append("\\t"),
                _ when char.IsControl(c) || c is '\u2028' or '\u2029' => shown.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ => shown.Append(c),
            };
        }

        return path.Length > MaxLength ? shown.Append("...").ToString() : shown.ToString();
    }
}
