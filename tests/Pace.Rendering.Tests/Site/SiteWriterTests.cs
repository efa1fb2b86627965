using Pace.Rendering.Site;

namespace Pace.Rendering.Tests.Site;

/// <summary>Writing the site: all or nothing, only what changed, and never a file Pace did not write.</summary>
[TestFixture]
public sealed class SiteWriterTests
{
    private string _folder = null!;

    [SetUp]
    public void Create() => _folder = Path.Combine(SitePages.TempFolder(), "site");

    [TearDown]
    public void Remove() => Directory.Delete(Path.GetDirectoryName(_folder)!, recursive: true);

    [Test]
    public void A_new_site_is_written_whole_with_its_list_of_files()
    {
        var result = SitePublisher.Write(SitePages.Examples(), _folder, SitePages.AllDownloads);
        Assert.That(result.Written, Is.EqualTo(SitePages.Examples3.Keys.ToList()));
        Assert.That(result.Unchanged, Is.Empty);
        foreach (var (path, bytes) in SitePages.Examples3)
        {
            Assert.That(File.ReadAllBytes(Path.Combine(_folder, path)), Is.EqualTo(bytes), path);
        }

        var listed = File.ReadAllLines(Path.Combine(_folder, SiteWriter.Manifest)).Where(l => !l.StartsWith('#') && !l.StartsWith('=')).Select(l => l.Split(' '));
        Assert.That(listed.Select(l => l[0]), Is.EqualTo(SitePages.Examples3.Keys));
        Assert.That(listed.Select(l => l[1]), Is.EqualTo(SitePages.Examples3.Values.Select(b => SiteManifest.Hash(b))), "each file's SHA-256");
        Assert.That(Directory.GetFiles(_folder, "*.tmp", SearchOption.AllDirectories), Is.Empty);
    }

    [Test]
    public void An_unchanged_chart_is_not_rewritten_and_a_changed_one_only_where_it_changed()
    {
        var checks = SitePages.Examples();
        SitePublisher.Write(checks, _folder, SitePages.AllDownloads);
        var old = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        foreach (var file in Directory.GetFiles(_folder, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, old);
        }

        var again = SitePublisher.Write(checks, _folder, SitePages.AllDownloads);
        Assert.That(again.Written, Is.Empty);
        Assert.That(again.Unchanged, Has.Count.EqualTo(SitePages.Examples3.Count));
        Assert.That(Directory.GetFiles(_folder, "*", SearchOption.AllDirectories).Select(File.GetLastWriteTimeUtc), Is.All.EqualTo(old));

        var source = checks[1].Source!.Text;
        var wholesaler = ChartChecker.Default.CheckText(source.Replace("title: Process Accountability Chart 2027", "title: Changed", StringComparison.Ordinal), checks[1].Path);
        Assert.That(wholesaler.Chart!.Title, Is.EqualTo("Changed"));
        var changed = SitePublisher.Write([checks[0], wholesaler, checks[2]], _folder, SitePages.AllDownloads);
        Assert.That(changed.Written, Is.Not.Empty);
        Assert.That(changed.Written.Where(p => p.Contains('/')), Is.All.StartsWith("technical-wholesaler/").Or.StartWith("rules/"), "only the changed chart's folder");
        Assert.That(changed.Written, Has.None.StartsWith("acme-software/").And.None.StartsWith("brightleaf-foods/"));
        Assert.That(File.GetLastWriteTimeUtc(Path.Combine(_folder, "acme-software", "index.html")), Is.EqualTo(old));
    }

    [Test]
    public void A_run_that_fails_while_writing_leaves_the_previous_site_as_it_was()
    {
        var checks = SitePages.Examples();
        SitePublisher.Write([checks[0]], _folder);
        var before = Snapshot();

        var files = SitePublisher.Build(checks);
        var written = 0;
        Assert.Throws<IOException>(() => SiteWriter.Write(files, _folder, CancellationToken.None, _ =>
        {
            if (++written == 20)
            {
                throw new IOException("disk full (simulated)");
            }
        }));

        Assert.That(Snapshot(), Is.EqualTo(before), "every file as it was, no temporary file left");
    }

    [Test]
    public void A_cancelled_run_leaves_the_previous_site_as_it_was()
    {
        var checks = SitePages.Examples();
        SitePublisher.Write([checks[0]], _folder);
        var before = Snapshot();
        using var cancel = new CancellationTokenSource();
        var files = SitePublisher.Build(checks);
        var written = 0;
        Assert.Throws<OperationCanceledException>(() => SiteWriter.Write(files, _folder, cancel.Token, _ =>
        {
            if (++written == 5)
            {
                cancel.Cancel();
            }
        }));

        Assert.That(Snapshot(), Is.EqualTo(before));
    }

    [Test]
    public void Files_of_the_previous_site_that_are_gone_are_removed_but_files_pace_did_not_write_stay()
    {
        var checks = SitePages.Examples();
        SitePublisher.Write(checks, _folder);
        File.WriteAllText(Path.Combine(_folder, "CNAME"), "charts.example.org");
        var result = SitePublisher.Write([checks[0]], _folder);
        Assert.That(result.Removed, Does.Contain("brightleaf-foods/index.html").And.Contain("technical-wholesaler/technical-wholesaler.pdf"));
        Assert.That(Directory.Exists(Path.Combine(_folder, "brightleaf-foods")), Is.False, "its emptied folder too");
        Assert.That(File.ReadAllText(Path.Combine(_folder, "CNAME")), Is.EqualTo("charts.example.org"));
    }

    [Test]
    public void A_folder_with_files_pace_did_not_write_is_refused_and_left_alone()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, "thesis.docx"), "mine");
        Assert.Throws<SiteFolderException>(() => SitePublisher.Write(SitePages.Examples(), _folder));
        Assert.That(Directory.GetFileSystemEntries(_folder), Is.EqualTo(new[] { Path.Combine(_folder, "thesis.docx") }));
    }

    [Test]
    public void A_folder_where_the_site_writes_a_file_is_refused_before_anything_is_written()
    {
        var checks = SitePages.Examples();
        SitePublisher.Write([checks[0]], _folder);
        Directory.CreateDirectory(Path.Combine(_folder, "technical-wholesaler", "index.html"));
        var before = Snapshot();
        Assert.Throws<SiteFolderException>(() => SitePublisher.Write(checks, _folder));
        Assert.That(Snapshot(), Is.EqualTo(before));
    }

    /// <summary>Every file under the site with its bytes and time, and every folder.</summary>
    private SortedDictionary<string, string> Snapshot()
    {
        var all = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in Directory.GetFileSystemEntries(_folder, "*", SearchOption.AllDirectories))
        {
            all[Path.GetRelativePath(_folder, entry)] = File.Exists(entry)
                ? Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(entry))) + " " + File.GetLastWriteTimeUtc(entry).Ticks
                : "folder";
        }

        return all;
    }
}
