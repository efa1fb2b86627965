namespace Pace.Rendering.Tests;

/// <summary>RenderFile is atomic: a failed render never leaves a partial file, and keeps an earlier one intact.</summary>
public sealed class RenderFileTests
{
    private string _folder = string.Empty;

    [SetUp]
    public void CreateFolder()
    {
        _folder = Path.Combine(Path.GetTempPath(), "pace-render-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
    }

    [TearDown]
    public void RemoveFolder()
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(_folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        Directory.Delete(_folder, recursive: true);
    }

    [Test]
    public void Writes_the_pdf_and_nothing_else()
    {
        var path = Path.Combine(_folder, "chart.pdf");
        ChartRenderer.RenderFile(TestCharts.Example("acme-software"), path);
        Assert.Multiple(() =>
        {
            Assert.That(Directory.GetFiles(_folder).Select(Path.GetFileName), Is.EqualTo(new[] { "chart.pdf" }));
            Assert.That(File.ReadAllBytes(path), Is.EqualTo(ChartRenderer.RenderPages(TestCharts.Example("acme-software"))[0]));
        });
    }

    [Test]
    public void Replaces_an_earlier_file()
    {
        var path = Path.Combine(_folder, "chart.pdf");
        File.WriteAllText(path, "old");
        ChartRenderer.RenderFile(TestCharts.Example("technical-wholesaler"), path);
        Assert.That(File.ReadAllBytes(path).Take(5), Is.EqualTo("%PDF-"u8.ToArray()));
    }

    [Test]
    public void A_cancelled_render_leaves_the_earlier_file_and_no_temporary_file()
    {
        var path = Path.Combine(_folder, "chart.pdf");
        File.WriteAllText(path, "earlier");
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.Throws<OperationCanceledException>(() => ChartRenderer.RenderFile(TestCharts.Checked(TestCharts.Example("acme-software")), path, null, cts.Token));
        AssertOnly(path, "earlier");
    }

    [Test]
    public void A_failing_render_leaves_the_earlier_file_and_no_temporary_file()
    {
        var path = Path.Combine(_folder, "chart.png");
        File.WriteAllText(path, "earlier");
        Assert.Throws<ArgumentOutOfRangeException>(() => ChartRenderer.RenderFile(TestCharts.Checked(TestCharts.Example("acme-software")), path, new RenderOptions { Format = OutputFormat.Png, PngDpi = -1 }));
        AssertOnly(path, "earlier");
    }

    [Test]
    public void A_read_only_folder_fails_without_touching_the_earlier_file()
    {
        var path = Path.Combine(_folder, "chart.pdf");
        File.WriteAllText(path, "earlier");
        if (OperatingSystem.IsWindows())
        {
            EnvironmentLimit.Skip(Limit.OtherPlatform, "folder modes are a Unix notion");
        }
        else
        {
            File.SetUnixFileMode(_folder, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        }
        if (CanWrite(_folder))
        {
            EnvironmentLimit.Skip(Limit.Root, "root may write anywhere, so a read-only folder cannot be simulated (Pace.Cli.Tests checks it as 'nobody')");
        }

        Assert.Throws<UnauthorizedAccessException>(() => ChartRenderer.RenderFile(TestCharts.Example("acme-software"), path));
        AssertOnly(path, "earlier");
    }

    [Test]
    public void A_folder_that_takes_no_new_files_is_named_and_the_temporary_file_is_not()
    {
        // /proc lets no one create a file (ENOENT); the message is about the user's target, not our temporary name.
        if (!OperatingSystem.IsLinux())
        {
            EnvironmentLimit.Skip(Limit.OtherPlatform, "/proc is Linux's");
        }

        var sync = Assert.Catch(() => ChartRenderer.RenderFile(TestCharts.Example("technical-wholesaler"), "/proc/pace-chart.pdf"));
        var async = Assert.CatchAsync(() => ChartRenderer.RenderFileAsync(TestCharts.Checked(TestCharts.Example("technical-wholesaler")), "/proc/pace-chart.pdf"));
        Assert.Multiple(() =>
        {
            foreach (var e in new[] { sync, async })
            {
                Assert.That(e, Is.InstanceOf<IOException>().Or.InstanceOf<UnauthorizedAccessException>());
                Assert.That(e!.Message, Does.StartWith("no file can be created in the folder '/proc'"));
                Assert.That(e.Message, Does.Not.Contain(".pace-tmp-"));
            }
        });
    }

    private void AssertOnly(string path, string content)
    {
        Assert.Multiple(() =>
        {
            Assert.That(File.ReadAllText(path), Is.EqualTo(content));
            Assert.That(Directory.GetFiles(_folder), Is.EqualTo(new[] { path }), "no temporary file is left behind");
        });
    }

    private static bool CanWrite(string folder)
    {
        try
        {
            var probe = Path.Combine(folder, "probe");
            File.WriteAllText(probe, string.Empty);
            File.Delete(probe);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
