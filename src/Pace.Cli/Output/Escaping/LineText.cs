using System.Text;

namespace Pace.Cli.Output.Escaping;

/// <summary>
/// Line-oriented plain text (the text and msbuild formats, diff's text, standard error, every message a command
/// prints): one finding, one line. Nothing from a chart or a file name may end that line or start another, so line
/// breaks are escaped with every other unsafe character (<see cref="UnsafeText"/>). A path also has its colons
/// escaped (a drive letter's aside): the parsers that read <c>path:line:col: error CODE:</c> and
/// <c>path(line,col): error CODE:</c> split at the first colon, so a file named <c>x:1:1: error PACE999: y</c> could
/// otherwise forge a finding within the line, and a name starting <c>::</c> a GitHub workflow command.
/// </summary>
internal static class LineText
{
    /// <summary>Text from a chart or the user, for the middle or end of a line.</summary>
    public static string Text(string text) => UnsafeText.Visible(text);

    /// <summary>A file path, for the start of a finding line or anywhere else.</summary>
    public static string Path(string path)
    {
        var visible = UnsafeText.Visible(path);
        if (visible.IndexOf(':', StringComparison.Ordinal) < 0)
        {
            return visible;
        }

        var builder = new StringBuilder(visible.Length + 8);
        for (var i = 0; i < visible.Length; i++)
        {
            var driveLetter = i == 1 && char.IsAsciiLetter(visible[0]) && visible.Length > 2 && visible[2] is '\\' or '/';
            if (visible[i] == ':' && !driveLetter)
            {
                builder.Append(UnsafeText.Escape(':'));
            }
            else
            {
                builder.Append(visible[i]);
            }
        }

        return builder.ToString();
    }
}
