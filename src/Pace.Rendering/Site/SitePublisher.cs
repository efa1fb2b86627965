namespace Pace.Rendering.Site;

/// <summary>
/// Publishes checked charts as a static web site: an index of the charts, per chart its pages (the chart, people and
/// focus, the FACe, the weekly scorecard, trends, findings, where the chart has them) and its downloads (PDF, PNG, SVG), a page per rule in each language the charts use, and one
/// stylesheet. The site needs no script and no other host, and every link is relative, so it works from
/// <c>file://</c> and from any sub-path of a web server. Identical input gives identical bytes. Safe to call from many
/// threads at once.
/// </summary>
public static class SitePublisher
{
    /// <summary>The most charts one site takes; more is a mistake in the input, not a site anyone reads.</summary>
    public const int MaxCharts = 10_000;

    /// <summary>
    /// Where a rule's page is in every site Pace publishes, relative to the site's root (<c>rules/nl/PACE002.html</c>),
    /// so a report can link a finding to it; <see langword="null"/> for a code without a page (a team's own check).
    /// </summary>
    /// <param name="code">The rule's code, e.g. <c>PACE002</c>.</param>
    /// <param name="language">The language of the chart the finding is in: its site pages are in that language.</param>
    /// <returns>The page's path with <c>/</c>, or <see langword="null"/>.</returns>
    public static string? RulePagePath(string code, ChartLanguage language)
    {
        ArgumentNullException.ThrowIfNull(code);
        return RulePages.Has(code) ? RulePages.PathOf(code, SiteLabels.For(language)) : null;
    }

    /// <summary>Builds the site in memory: every file's path in the site (with <c>/</c>) and its bytes, in ordinal order.</summary>
    /// <param name="checks">The checked charts, in the order the index lists them; charts that did not load get a findings page.</param>
    /// <param name="options">Downloads and their resolution; <see cref="SiteOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels between charts and pages.</param>
    /// <returns>The site's files.</returns>
    /// <exception cref="ArgumentException">No charts, or more than <see cref="MaxCharts"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The PNG resolution is not between 1 and 1200 dpi.</exception>
    public static IReadOnlyDictionary<string, byte[]> Build(IReadOnlyList<CheckResult> checks, SiteOptions? options = null, CancellationToken cancellationToken = default) =>
        Assemble(checks, options, null, null, cancellationToken).Files;

    /// <summary>
    /// Builds the site and writes it into a folder. A chart whose fingerprint (its text, findings, configuration, fonts,
    /// logo, the options and this build of Pace) is the one the folder's <c>.pace-site</c> lists, and whose files are
    /// all still there as written, is neither laid out nor painted: its files are kept. Nothing is written until every
    /// file is built; every changed file is then written beside its target first and only moved into place once all of
    /// them were written, so a failed or cancelled run leaves the previous site as it was. A file whose bytes did not
    /// change is not touched (its time stays), and files of the previous site that the new one no longer has are
    /// removed — only files Pace wrote there, as listed in the folder's <c>.pace-site</c>.
    /// </summary>
    /// <param name="checks">The checked charts, in the order the index lists them.</param>
    /// <param name="folder">The site's folder; created when missing. It must be empty or hold a site Pace wrote.</param>
    /// <param name="options">Downloads and their resolution; <see cref="SiteOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the run; the folder is then as it was.</param>
    /// <returns>What was written, left alone and removed, and which charts were built.</returns>
    /// <exception cref="ArgumentException">No charts, or more than <see cref="MaxCharts"/>.</exception>
    /// <exception cref="SiteFolderException">The folder holds files that are not a Pace site, or a file stands where a folder must go.</exception>
    /// <exception cref="IOException">The folder cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder may not be written.</exception>
    public static SiteWriteResult Write(IReadOnlyList<CheckResult> checks, string folder, SiteOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        var previous = SiteWriter.Previous(folder);
        var site = Assemble(checks, options, Path.GetFullPath(folder), previous, cancellationToken);
        return SiteWriter.Write(site, folder, previous, cancellationToken);
    }

    /// <summary>
    /// The site's files; with a folder (<paramref name="root"/>), also every chart's fingerprint, and the files of the
    /// charts the previous site (<paramref name="previous"/>) already has as they would be built.
    /// </summary>
    private static BuiltSite Assemble(IReadOnlyList<CheckResult> checks, SiteOptions? options, string? root, SiteManifest? previous, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checks);
        options ??= SiteOptions.Default;
        if (checks.Count is 0 or > MaxCharts)
        {
            throw new ArgumentException($"A site takes 1 to {MaxCharts} charts; {checks.Count} were given.", nameof(checks));
        }

        if (!(options.PngDpi is >= 1 and <= 1200))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.PngDpi, "PngDpi must be between 1 and 1200.");
        }

        var names = SiteNames.For(checks);
        var charts = new ChartSite[checks.Count];
        var chartFiles = new List<(string Path, byte[] Bytes)>?[checks.Count];
        var kept = new IReadOnlyDictionary<string, string>?[checks.Count];
        var fingerprints = new string?[checks.Count];

        // Charts are independent: each is laid out and painted on its own worker, and the files are gathered in input
        // order afterwards, so the bytes do not depend on which worker finished first.
        Parallel.For(0, checks.Count, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Math.Min(Environment.ProcessorCount, checks.Count) }, i =>
        {
            ArgumentNullException.ThrowIfNull(checks[i], nameof(checks));
            var chart = charts[i] = ChartSite.Create(checks[i], names[i], options, cancellationToken);
            fingerprints[i] = root is null ? null : ChartFingerprint.Of(chart, options);
            kept[i] = fingerprints[i] is { } fingerprint ? previous?.Reusable(chart.Folder, fingerprint, path => SiteWriter.HashOf(root!, path), cancellationToken) : null;
            chartFiles[i] = kept[i] is null ? [.. SiteContent.Files(chart, options, cancellationToken)] : null;
        });

        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        var site = SiteLanguage(charts);
        files[IndexHtmlPage.File] = SiteEncoding.Bytes(IndexHtmlPage.Document(site, charts));
        files[PageShell.Stylesheet] = SiteStylesheet.Bytes;
        files[RulePages.SourcesFile] = SiteEncoding.Bytes(RulePages.Sources());
        foreach (var labels in charts.Select(c => c.Labels).Append(site).Distinct().OrderBy(l => l.Code, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var (path, html) in RulePages.For(labels))
            {
                files[path] = SiteEncoding.Bytes(html);
            }
        }

        foreach (var (path, bytes) in chartFiles.SelectMany(f => f ?? []))
        {
            files[path] = bytes;
        }

        return new BuiltSite(
            files.AsReadOnly(),
            kept.SelectMany(k => k ?? new Dictionary<string, string>()).ToDictionary(StringComparer.Ordinal),
            Enumerable.Range(0, charts.Length).Where(i => fingerprints[i] is not null).ToDictionary(i => charts[i].Folder, i => fingerprints[i]!, StringComparer.Ordinal),
            [.. Enumerable.Range(0, charts.Length).Where(i => kept[i] is null).Select(i => charts[i].Folder)])
        {
            LaidOut = [.. charts.Where(c => c.LaidOut).Select(c => c.Folder)],
        };
    }

    /// <summary>The index's language: the charts' one language when they share it, else English.</summary>
    private static SiteLabels SiteLanguage(IReadOnlyList<ChartSite> charts)
    {
        var languages = charts.Select(c => c.Labels).Distinct().ToList();
        return languages.Count == 1 ? languages[0] : SiteLabels.English;
    }
}

/// <summary>What <see cref="SitePublisher.Write"/> did, by path in the site (with <c>/</c>), each list in ordinal order.</summary>
/// <param name="Written">Files that were new or changed.</param>
/// <param name="Unchanged">Files whose bytes were already there; not touched.</param>
/// <param name="Removed">Files of the previous site that the new one no longer has.</param>
public sealed record SiteWriteResult(IReadOnlyList<string> Written, IReadOnlyList<string> Unchanged, IReadOnlyList<string> Removed)
{
    /// <summary>The folders of the charts built this run, in input order; the others' files were kept from the previous run.</summary>
    public IReadOnlyList<string> ChartsBuilt { get; init; } = [];

    /// <summary>The folders of the charts laid out this run (for a download), in input order; tests read it.</summary>
    internal IReadOnlyList<string> LaidOut { get; init; } = [];
}

/// <summary>The site's folder cannot take the site: it holds other files, or a file stands where the site needs a folder.</summary>
public sealed class SiteFolderException : IOException
{
    /// <summary>An exception with a message.</summary>
    /// <param name="message">What is wrong with the folder.</param>
    public SiteFolderException(string message)
        : base(message)
    {
    }

    /// <summary>An exception without a message.</summary>
    public SiteFolderException()
    {
    }

    /// <summary>An exception with a message and its cause.</summary>
    /// <param name="message">What is wrong with the folder.</param>
    /// <param name="innerException">The cause.</param>
    public SiteFolderException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
