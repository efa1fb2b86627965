using System.Security.Cryptography;
using System.Text;

namespace Pace.Rendering.Site;

/// <summary>
/// The site's <c>.pace-site</c>: every file Pace wrote there with the SHA-256 of its bytes, and every chart's
/// <see cref="ChartFingerprint"/> with the number of files in its folder, then an end line. The next run removes only
/// files listed here, and keeps a chart's files without laying it out when its fingerprint is the same and every one
/// of its files is still there with the bytes listed. The file is read as hostile: a line it does not understand, a
/// missing end line (cut short) or a file too large to be a manifest makes every chart be built again; it never stops
/// the run.
/// </summary>
internal sealed class SiteManifest
{
    /// <summary>The manifest's file, at the site's root.</summary>
    public const string FileName = ".pace-site";

    /// <summary>The largest manifest read; 10,000 charts of ten files each are about 1 MB.</summary>
    public const long MaxBytes = 16L * 1024 * 1024;

    private const string Header = "# The files pace site wrote here; the next run removes only files listed here.";
    private const string Explanation = "# A file: its path and SHA-256. A chart: '=', its folder, the SHA-256 of what its pages are made of, its number of files.";
    private const string End = "# end";

    private readonly Dictionary<string, string?> _files;
    private readonly Dictionary<string, (string Fingerprint, int Count)> _charts;

    // The files by their chart's folder (a site of 10,000 charts lists 100,000 files: no chart scans them all).
    private readonly ILookup<string, KeyValuePair<string, string?>> _byFolder;

    private SiteManifest(Dictionary<string, string?> files, Dictionary<string, (string, int)> charts)
    {
        _files = files;
        _charts = charts;
        _byFolder = files.ToLookup(f => FolderOf(f.Key), StringComparer.Ordinal);
    }

    /// <summary>Every file the previous run listed (a file with no readable hash too: it is still Pace's to remove).</summary>
    public IReadOnlyCollection<string> Files => _files.Keys;

    /// <summary>A manifest that could not be read (too large, unreadable): it lists nothing and trusts no fingerprint.</summary>
    public static SiteManifest Unreadable => new(new(StringComparer.Ordinal), new(StringComparer.Ordinal));

    /// <summary>Reads a site's manifest from its bytes (<see cref="SiteWriter.Previous"/> reads the file).</summary>
    public static SiteManifest Parse(ReadOnlySpan<byte> bytes)
    {
        var files = new Dictionary<string, string?>(StringComparer.Ordinal);
        var charts = new Dictionary<string, (string, int)>(StringComparer.Ordinal);

        // A line this version does not write, or anything after the end line, and no fingerprint is trusted; the
        // files are still read, to be removed when the new site no longer has them.
        var trusted = true;
        var ended = false;
        foreach (var line in Encoding.UTF8.GetString(bytes).Split('\n'))
        {
            trusted &= Parse(line, files, charts) && !(ended && line.Length > 0);
            ended |= line == End;
        }

        if (!trusted || !ended)
        {
            charts.Clear();
        }

        return new SiteManifest(files, charts);
    }

    /// <summary>
    /// The files of a chart's folder when the previous run built it from the same fingerprint and they are all still
    /// there, byte for byte: path in the site and SHA-256. <see langword="null"/> means the chart is built again.
    /// </summary>
    /// <param name="folder">The chart's folder in the site.</param>
    /// <param name="fingerprint">The chart's fingerprint now.</param>
    /// <param name="hashOnDisk">The SHA-256 of a site file as it is on disk, <see langword="null"/> when it is missing or unreadable.</param>
    /// <param name="cancellationToken">Cancels between files.</param>
    public IReadOnlyDictionary<string, string>? Reusable(string folder, string fingerprint, Func<string, string?> hashOnDisk, CancellationToken cancellationToken)
    {
        if (!_charts.TryGetValue(folder, out var chart) || chart.Fingerprint != fingerprint)
        {
            return null;
        }

        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, hash) in _byFolder[folder])
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (hash is null || hashOnDisk(path) != hash)
            {
                return null;
            }

            files[path] = hash;
        }

        return files.Count == chart.Count ? files : null;
    }

    /// <summary>The manifest of a site: its files with their hashes, and the fingerprints of the charts that have one.</summary>
    public static byte[] Bytes(IReadOnlyDictionary<string, string> files, IReadOnlyDictionary<string, string> charts)
    {
        var text = new StringBuilder(Header).Append('\n').Append(Explanation).Append('\n');
        foreach (var (path, hash) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            text.Append(path).Append(' ').Append(hash).Append('\n');
        }

        var counts = files.Keys.CountBy(FolderOf, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        foreach (var (folder, fingerprint) in charts.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            var count = counts.GetValueOrDefault(folder);
            text.Append("= ").Append(folder).Append(' ').Append(fingerprint).Append(' ').Append(count.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        }

        return SiteEncoding.Bytes(text.Append(End).Append('\n').ToString());
    }

    /// <summary>The SHA-256 of bytes, as the manifest writes it.</summary>
    public static string Hash(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>One line into the lists; <see langword="false"/> when it is not a line this version writes.</summary>
    private static bool Parse(string line, Dictionary<string, string?> files, Dictionary<string, (string, int)> charts)
    {
        if (line.Length == 0 || line.StartsWith('#'))
        {
            return true;
        }

        var parts = line.Split(' ');
        if (parts is ["=", var folder, var fingerprint, var count] && SiteWriter.IsSafe(folder) && !folder.Contains('/') && IsHash(fingerprint)
            && int.TryParse(count, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n))
        {
            return charts.TryAdd(folder, (fingerprint, n));
        }

        if (parts is [var path, var hash] && SiteWriter.IsSafe(path) && IsHash(hash))
        {
            return files.TryAdd(path, hash);
        }

        // A path of an older manifest (no hash): still a file Pace wrote.
        if (parts is [var bare] && SiteWriter.IsSafe(bare))
        {
            files.TryAdd(bare, null);
        }

        return false;
    }

    /// <summary>The chart folder a site file is in (its first segment); a file at the root, such as the index, has none.</summary>
    private static string FolderOf(string path) => path.IndexOf('/', StringComparison.Ordinal) is > 0 and var slash ? path[..slash] : string.Empty;

    private static bool IsHash(string text) => text.Length == 64 && text.All(char.IsAsciiHexDigitLower);
}
