using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Pace.Cli.Output;

/// <summary>
/// A stable identity for each finding, so code scanning and GitLab follow a finding across commits instead of closing
/// and reopening it whenever a line is inserted above it: a SHA-256 of the code, the file and the message's arguments
/// (the names it is about, not its line or its language), with a counter for the same finding twice in one file.
/// </summary>
internal sealed class Fingerprints
{
    /// <summary>The name SARIF's <c>partialFingerprints</c> carries it under (versioned, as SARIF advises).</summary>
    public const string Key = "paceFinding/v1";

    private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);

    /// <summary>The fingerprint of the next finding: <c>hash</c>, or <c>hash:2</c> for the second with the same hash.</summary>
    public string Next(string path, Diagnostic d)
    {
        var identity = new StringBuilder().Append(d.Code).Append('\0').Append(path.Replace('\\', '/')).Append('\0').Append(d.Path.Length == 0 ? string.Empty : Shape(d.Path));
        foreach (var argument in d.Arguments)
        {
            identity.Append('\0').Append(Convert.ToString(argument.Value, CultureInfo.InvariantCulture));
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity.ToString())));
        var count = _seen[hash] = _seen.GetValueOrDefault(hash) + 1;
        return count == 1 ? hash : string.Create(CultureInfo.InvariantCulture, $"{hash}:{count}");
    }

    /// <summary>The model path without its list positions (<c>processes[].kpis[].target</c>): moving a process keeps its findings' identity.</summary>
    private static string Shape(string path)
    {
        var builder = new StringBuilder(path.Length);
        var inIndex = false;
        foreach (var c in path)
        {
            if (c == '[')
            {
                inIndex = true;
                builder.Append(c);
            }
            else if (c == ']')
            {
                inIndex = false;
                builder.Append(c);
            }
            else if (!inIndex)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
