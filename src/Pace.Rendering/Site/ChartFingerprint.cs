using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Pace.Configuration;

namespace Pace.Rendering.Site;

/// <summary>
/// The SHA-256 of everything a chart's pages and downloads are made of: the chart's text and path, its findings (they
/// carry the configuration's rule levels and team checks), its language, every setting of its (merged) configuration,
/// the bytes of its own fonts, its logo's pixels, the date its PDF carries, its folder in the site, the site's options, and this
/// build of Pace. Equal fingerprints mean equal files, so the site's next run can keep that chart's files as they are
/// without laying it out (<see cref="SiteManifest"/>).
/// </summary>
internal static class ChartFingerprint
{
    /// <summary>Bumped when what goes into the fingerprint changes, so an older site's fingerprints never match.</summary>
    private const string Scheme = "pace-site-chart 1";

    // This build: the version says which release, the modules' ids (content hashes under the deterministic build)
    // which code, so a developer's rebuild with a changed painter never keeps the files of the previous build.
    private static readonly string Build = string.Join(
        ' ',
        typeof(ChartFingerprint).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "?",
        typeof(ChartFingerprint).Module.ModuleVersionId.ToString("N"),
        typeof(CheckResult).Module.ModuleVersionId.ToString("N"));

    /// <summary>
    /// The fingerprint as 64 lower-case hex digits; <see langword="null"/> for a chart that did not load or was built
    /// in code (no text to hash): such a chart is always built again.
    /// </summary>
    public static string? Of(ChartSite site, SiteOptions options)
    {
        var check = site.Check;
        if (site.Context is not { } context || check.Source is not { } source || check.Chart is not { } chart)
        {
            return null;
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Add(hash, Scheme);
        Add(hash, Build);
        Add(hash, site.Folder);
        Add(hash, ((int)options.Downloads).ToString(CultureInfo.InvariantCulture));
        Add(hash, options.PngDpi.ToString("R", CultureInfo.InvariantCulture));
        Add(hash, ChartRenderer.TimestampOf(chart, options.Render()).ToString("O", CultureInfo.InvariantCulture));
        Add(hash, site.Labels.Code);
        Add(hash, check.Path ?? string.Empty);
        Add(hash, source.Text);
        foreach (var d in check.Diagnostics)
        {
            var span = d.Span is { } s ? FormattableString.Invariant($"{s.StartLine}:{s.StartColumn}-{s.EndLine}:{s.EndColumn}") : "-";
            Add(hash, $"{d.Code} {(int)d.Severity} {span} {d.Path}\n{d.Message}");
        }

        foreach (var font in chart.Theme?.Fonts ?? [])
        {
            Add(hash, font.ToString());
        }

        foreach (var data in context.Fonts.OwnData())
        {
            Add(hash, data);
        }

        if (context.Logo is { } logo)
        {
            Add(hash, FormattableString.Invariant($"logo {logo.Width}x{logo.Height}"));
            Add(hash, logo.Rgba.Span);
        }

        if (check.Configuration is { } config)
        {
            AddConfiguration(hash, config);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>
    /// The merged configuration's settings, not its files' bytes: the chain of files was read by the check (the site
    /// reads no files but its own), and a comment edited in <c>pace.config.yaml</c> changes no page.
    /// </summary>
    private static void AddConfiguration(IncrementalHash hash, PaceConfig config)
    {
        Add(hash, FormattableString.Invariant($"config {config.Path} {config.Root} {config.Language}"));
        foreach (var setting in config.LogoFolderPaths().Select(f => "logo-folder " + f)
            .Concat(config.FontFolderPaths().Select(f => "font-folder " + f))
            .Concat(config.Files.Select(f => "files " + f))
            .Concat(config.RuleLevels.Select(r => FormattableString.Invariant($"rule {r.Key} {r.Value}")).Order(StringComparer.Ordinal))
            .Concat(config.Checks.Select(c => FormattableString.Invariant($"check {c.Code} {c.Severity} {c.Kind} {string.Join('\u001F', c.Values)} {c.Limit} {c.Timing} {c.Focus}")))
            .Concat(config.Fonts.Select(f => "font " + f)))
        {
            Add(hash, setting);
        }
    }

    /// <summary>Each part with its length first, so no two different lists of parts hash the same.</summary>
    private static void Add(IncrementalHash hash, ReadOnlySpan<byte> bytes)
    {
        Span<byte> length = stackalloc byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteInt64LittleEndian(length, bytes.Length);
        hash.AppendData(length);
        hash.AppendData(bytes);
    }

    private static void Add(IncrementalHash hash, string text) => Add(hash, Encoding.UTF8.GetBytes(text));
}
