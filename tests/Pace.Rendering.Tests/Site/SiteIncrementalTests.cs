using System.Text;
using Pace.Rendering.Site;

namespace Pace.Rendering.Tests.Site;

/// <summary>
/// The site's next run: a chart whose fingerprint and files are as the folder's <c>.pace-site</c> lists them is
/// neither laid out nor painted, and a manifest that cannot be trusted makes every chart be built again.
/// </summary>
[TestFixture]
public sealed class SiteIncrementalTests
{
    private static readonly SiteOptions Everything = new() { Downloads = SiteDownloads.All };
    private static readonly DateTime Old = new(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private string _folder = null!;

    [SetUp]
    public void Create() => _folder = Path.Combine(SitePages.TempFolder(), "site");

    [TearDown]
    public void Remove() => Directory.Delete(Path.GetDirectoryName(_folder)!, recursive: true);

    private static string[] Folders => [.. SitePages.Examples().Select(c => SiteNames.Stem(c))];

    [Test]
    public void A_second_run_over_an_unchanged_site_lays_nothing_out_and_leaves_every_file_as_it_was()
    {
        var checks = SitePages.Examples();
        var first = SitePublisher.Write(checks, _folder, Everything);
        Assert.That(first.LaidOut, Is.EqualTo(Folders), "the first run lays out every chart");
        var before = AgedSnapshot();

        var again = SitePublisher.Write(checks, _folder, Everything);

        Assert.That(again.LaidOut, Is.Empty, "no layout");
        Assert.That(again.ChartsBuilt, Is.Empty);
        Assert.That(again.Written, Is.Empty);
        Assert.That(again.Unchanged, Is.EqualTo(first.Written.Where(p => p != SiteWriter.Manifest)));
        Assert.That(Snapshot(), Is.EqualTo(before), "every file byte- and time-identical");
    }

    [Test]
    public void A_listed_path_that_differs_only_in_case_from_a_written_one_is_not_removed()
    {
        // On Windows and macOS 'ACME/index.html' is the file just written as 'acme/index.html': removing it would delete it.
        var checks = SitePages.Examples();
        SitePublisher.Write(checks, _folder, Everything);
        var manifest = Path.Combine(_folder, SiteWriter.Manifest);
        var upper = Folders[0].ToUpperInvariant() + "/index.html";
        var text = File.ReadAllText(manifest);
        File.WriteAllText(manifest, text.Replace("# end", upper + " " + new string('0', 64) + "\n# end", StringComparison.Ordinal));

        var result = SitePublisher.Write(checks, _folder, Everything);

        Assert.That(result.Removed, Does.Not.Contain(upper));
        Assert.That(File.Exists(Path.Combine(_folder, Folders[0], "index.html")), Is.True);
    }

    [Test]
    public void Changing_one_chart_builds_only_that_chart_and_the_site_pages()
    {
        var checks = SitePages.Examples();
        SitePublisher.Write(checks, _folder, Everything);
        AgedSnapshot();
        var changed = Changed(checks, 1);

        var result = SitePublisher.Write(changed, _folder, Everything);

        var folder = SiteNames.Stem(checks[1]);
        Assert.That(result.ChartsBuilt, Is.EqualTo(new[] { folder }));
        Assert.That(result.LaidOut, Is.EqualTo(new[] { folder }));
        Assert.That(result.Written.Where(p => p.Contains('/')), Is.All.StartsWith(folder + "/"));
        Assert.That(result.Written, Does.Contain(IndexHtmlPage.File), "the index shows the new title");
        Assert.That(result.Written, Does.Contain(folder + "/" + folder + ".pdf"));
        foreach (var other in Folders.Where(f => f != folder))
        {
            Assert.That(Directory.GetFiles(Path.Combine(_folder, other)).Select(File.GetLastWriteTimeUtc), Is.All.EqualTo(Old), other);
        }

        Assert.That(OnDisk(), Is.EqualTo(SitePublisher.Build(changed, Everything)), "the site is the one a full build makes");
    }

    [Test]
    public void Pages_without_downloads_lay_nothing_out()
    {
        var result = SitePublisher.Write(SitePages.Examples(), _folder, new SiteOptions { Downloads = SiteDownloads.None });
        Assert.That(result.ChartsBuilt, Is.EqualTo(Folders));
        Assert.That(result.LaidOut, Is.Empty, "the pages need the check and its context, not the layout");
        Assert.That(result.Written, Has.None.Match(@"^([a-z0-9-]+)/\1\.(pdf|png|svg)$"), "no download (a chart's logo.png would be a page's image)");
    }

    [Test]
    public void Other_options_build_every_chart_again()
    {
        var checks = SitePages.Examples();
        SitePublisher.Write(checks, _folder, Everything);
        var result = SitePublisher.Write(checks, _folder, Everything with { PngDpi = 72 });
        Assert.That(result.ChartsBuilt, Is.EqualTo(Folders));
    }

    [Test]
    public void A_file_changed_in_the_site_builds_its_chart_again_and_puts_it_back()
    {
        var checks = SitePages.Examples();
        SitePublisher.Write(checks, _folder, Everything);
        var folder = SiteNames.Stem(checks[0]);
        var page = Path.Combine(_folder, folder, "index.html");
        File.AppendAllText(page, "<!-- edited -->");

        var result = SitePublisher.Write(checks, _folder, Everything);

        Assert.That(result.ChartsBuilt, Is.EqualTo(new[] { folder }));
        Assert.That(File.ReadAllBytes(page), Is.EqualTo(SitePublisher.Build(checks, Everything)[folder + "/index.html"]));
    }

    [Test]
    public void A_changed_setting_of_the_configuration_builds_the_chart_again()
    {
        var charts = Path.Combine(Path.GetDirectoryName(_folder)!, "charts");
        Directory.CreateDirectory(Path.Combine(charts, "fonts"));
        var chart = Path.Combine(charts, "wholesaler.pace.yaml");
        File.Copy(Path.Combine(TestContext.CurrentContext.TestDirectory, "examples", "technical-wholesaler.pace.yaml"), chart);
        var config = Path.Combine(charts, "pace.config.yaml");
        File.WriteAllText(config, "root: true\n");
        SitePublisher.Write([new ChartChecker().CheckFile(chart)], _folder);
        Assert.That(SitePublisher.Write([new ChartChecker().CheckFile(chart)], _folder).ChartsBuilt, Is.Empty, "the same configuration");

        // A setting that changes no finding and no page: the fingerprint still takes it, so nothing stale is kept.
        File.WriteAllText(config, "root: true\nfont-folders: [fonts]\n");
        var check = new ChartChecker().CheckFile(chart);
        Assert.That(check.Configuration!.FontFolders, Has.Count.EqualTo(1));
        Assert.That(SitePublisher.Write([check], _folder).ChartsBuilt, Is.EqualTo(new[] { "wholesaler" }));
    }

    [TestCase("edited")]
    [TestCase("truncated")]
    [TestCase("huge")]
    [TestCase("binary")]
    [TestCase("after-end")]
    [TestCase("duplicate")]
    [TestCase("empty")]
    public void A_hostile_manifest_builds_every_chart_again_and_never_stops_the_run(string damage)
    {
        var checks = SitePages.Examples();
        SitePublisher.Write(checks, _folder, Everything);
        var manifest = Path.Combine(_folder, SiteWriter.Manifest);
        var text = File.ReadAllText(manifest);
        var chartLine = text.Split('\n').First(l => l.StartsWith("= ", StringComparison.Ordinal));
        switch (damage)
        {
            case "edited":
                // One digit of a chart's fingerprint, and a file listed with a hash that is not SHA-256.
                File.WriteAllText(manifest, text.Replace(chartLine, chartLine[..^5] + (chartLine[^5] == '0' ? '1' : '0') + chartLine[^4..], StringComparison.Ordinal).Replace("index.html ", "index.html x", StringComparison.Ordinal));
                break;
            case "truncated":
                File.WriteAllText(manifest, text[..(text.Length * 2 / 3)]);
                break;
            case "huge":
                using (var stream = File.Open(manifest, FileMode.Append))
                {
                    stream.SetLength(SiteManifest.MaxBytes + 1);
                }

                break;
            case "binary":
                var at = text.IndexOf(chartLine, StringComparison.Ordinal);
                File.WriteAllBytes(manifest, [.. Encoding.UTF8.GetBytes(text[..at]), 0, 0xFF, 0xFE, .. Encoding.UTF8.GetBytes(text[at..])]);
                break;
            case "after-end":
                File.WriteAllText(manifest, text + chartLine + "\n");
                break;
            case "duplicate":
                File.WriteAllText(manifest, text.Replace(chartLine, chartLine + "\n" + chartLine, StringComparison.Ordinal));
                break;
            default:
                File.WriteAllText(manifest, string.Empty);
                break;
        }

        SiteWriteResult? result = null;
        Assert.DoesNotThrow(() => result = SitePublisher.Write(checks, _folder, Everything));

        Assert.That(result!.ChartsBuilt, Is.EqualTo(Folders), "every chart built again");
        Assert.That(OnDisk(), Is.EqualTo(SitePublisher.Build(checks, Everything)));
        Assert.That(SitePublisher.Write(checks, _folder, Everything).ChartsBuilt, Is.Empty, "the manifest is whole again");
    }

    /// <summary>The checks with one chart's title changed.</summary>
    private static List<CheckResult> Changed(IReadOnlyList<CheckResult> checks, int index)
    {
        var source = checks[index].Source!.Text;
        var title = checks[index].Chart!.Title!;
        var changed = ChartChecker.Default.CheckText(source.Replace("title: " + title, "title: Changed", StringComparison.Ordinal), checks[index].Path);
        Assert.That(changed.Chart!.Title, Is.EqualTo("Changed"));
        return [.. checks.Select((c, i) => i == index ? changed : c)];
    }

    /// <summary>Every file's time set far back, then the snapshot.</summary>
    private SortedDictionary<string, string> AgedSnapshot()
    {
        foreach (var file in Directory.GetFiles(_folder, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, Old);
        }

        return Snapshot();
    }

    private SortedDictionary<string, string> Snapshot() => new(
        Directory.GetFiles(_folder, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(_folder, f),
            f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))) + " " + File.GetLastWriteTimeUtc(f).Ticks),
        StringComparer.Ordinal);

    /// <summary>The site's files on disk, without the manifest, as a built site has them.</summary>
    private SortedDictionary<string, byte[]> OnDisk() => new(
        Directory.GetFiles(_folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_folder, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(p => p != SiteWriter.Manifest)
            .ToDictionary(p => p, p => File.ReadAllBytes(Path.Combine(_folder, p))),
        StringComparer.Ordinal);
}
