using System.Collections.Concurrent;
using Pace.Configuration;
using Pace.Files;
using Pace.Imaging;
using Pace.Localization;

namespace Pace;

/// <summary>
/// Reads a chart's <c>theme.logo</c> for the check, so the logo is read once, by the guarded access, and a bad one is a
/// finding <c>pace validate</c> reports, not a surprise at render time. As a font (<see cref="ConfinedFile"/>), a logo
/// must lie — links followed — inside the chart's repository (outside one, the chart's folder) or a folder a
/// configuration names in <c>logo-folders:</c>; it must be a regular file of at most <see cref="MaxBytes"/>, a PNG of at
/// most <see cref="PngDecoder.MaxSide"/> pixels a side that decodes. Anything else is a PACE119 warning at
/// <c>theme.logo</c> and no logo: a logo is decoration, and never stops a chart. Decoded logos are kept per file (and its
/// size and time), so a batch sharing one decodes it once.
/// </summary>
internal sealed class LogoReader
{
    /// <summary>The largest logo file read: 2 MiB, far above a logo's size and small enough to hold.</summary>
    public const int MaxBytes = 2 * 1024 * 1024;

    private const int CacheSize = 64;

    private readonly ConcurrentDictionary<string, Lazy<Outcome>> _decoded = new(StringComparer.Ordinal);

    /// <summary>The logo of a chart, or the PACE119 warning that says why there is none; both null when it names none.</summary>
    public (ChartLogo? Logo, Diagnostic? Finding) Read(Chart chart, string? chartPath, PaceConfig? configuration, ChartLanguage language, CancellationToken cancellationToken)
    {
        var written = chart.Theme?.Logo;
        if (string.IsNullOrWhiteSpace(written))
        {
            return (null, null);
        }

        var outcome = Resolve(written, chartPath ?? chart.Source?.Node.File, configuration, cancellationToken);
        if (outcome.Logo is { } logo)
        {
            return (logo, null);
        }

        var key = "PACE119" + outcome.Variant;
        MessageArgument[] arguments = [new("file", written), .. outcome.Arguments.Select(a => a.Value is Phrase p ? a with { Value = p.In(language) } : a)];
        var span = chart.Theme!.Source?.ValueOf("logo");
        return (null, new Diagnostic("PACE119", Severity.Warning, MessageTable.Get(language, key), arguments, "theme.logo", span) { MessageKey = key });
    }

    private Outcome Resolve(string written, string? chartFile, PaceConfig? configuration, CancellationToken cancellationToken)
    {
        string folder;
        try
        {
            folder = chartFile is null ? Environment.CurrentDirectory : Path.GetDirectoryName(Path.GetFullPath(chartFile))!;
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            return Outcome.Refused("Missing");
        }

        var boundary = PaceConfigReader.RepositoryOf(folder) ?? folder;
        var (real, refusal) = ConfinedFile.Locate(written, folder, configuration?.LogoFolderPaths().Prepend(boundary) ?? [boundary]);
        if (real is null)
        {
            return refusal == ConfinedRefusal.Outside ? Outcome.Refused("Outside", new MessageArgument("folders", boundary)) : Outcome.Refused(refusal.ToString());
        }

        var info = new FileInfo(real);
        var key = info.Exists ? $"{real}|{info.Length}|{info.LastWriteTimeUtc.Ticks}" : null;
        if (key is null)
        {
            return Load(real, cancellationToken);
        }

        if (_decoded.Count > CacheSize)
        {
            _decoded.Clear(); // a long-lived checker (a server) meets many logos; keep the memory bounded
        }

        return _decoded.GetOrAdd(key, _ => new Lazy<Outcome>(() => Load(real, cancellationToken), LazyThreadSafetyMode.PublicationOnly)).Value;
    }

    private static Outcome Load(string real, CancellationToken cancellationToken)
    {
        var (content, refusal) = ConfinedFile.Read(real, MaxBytes, cancellationToken);
        switch (refusal)
        {
            case ConfinedRefusal.None:
                break;
            case ConfinedRefusal.NotRegular:
                return Outcome.Refused("NotRegular", new MessageArgument("kind", new Phrase("FileKind" + content!.Kind)));
            case ConfinedRefusal.TooLarge:
                return Outcome.Refused("TooLarge", new MessageArgument("limit", MaxBytes));
            default:
                return Outcome.Refused(refusal.ToString());
        }

        var bytes = content!.Bytes.ToArray();
        try
        {
            var header = PngChunks.ReadHeader(bytes);
            if (header.Width > PngDecoder.MaxSide || header.Height > PngDecoder.MaxSide)
            {
                return Outcome.Refused("Pixels", new("width", header.Width), new("height", header.Height), new("limit", PngDecoder.MaxSide));
            }

            return new Outcome(new ChartLogo(real, PngDecoder.Decode(bytes, ChartLogo.MaxPixels, ChartLogo.MaxPixels, cancellationToken)), string.Empty, []);
        }
        catch (PngFormatException e)
        {
            return Outcome.Refused(string.Empty, new MessageArgument("reason", new Phrase(e.Reason)));
        }
    }

    /// <summary>A message-table phrase put into a message in the finding's language.</summary>
    private sealed record Phrase(string Key)
    {
        public string In(ChartLanguage language) => MessageTable.Get(language, Key);
    }

    /// <summary>What reading a logo came to: the logo, or the PACE119 variant and its arguments after the written path.</summary>
    private sealed record Outcome(ChartLogo? Logo, string Variant, MessageArgument[] Arguments)
    {
        public static Outcome Refused(string variant, params MessageArgument[] arguments) => new(null, variant, arguments);
    }
}
