using System.Net.Sockets;
using Pace.Files;
using Pace.Localization;
using Pace.Yaml;

namespace Pace.Tests.Files;

/// <summary>
/// The one guarded read every file of Pace goes through: only regular files, bounded while read. Each case is bounded
/// in time by the test (a hang fails it instead of hanging the run) and, where it could be large, in memory.
/// </summary>
public class GuardedFileTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(5);

    [SetUp]
    public void OnLinux()
    {
        if (!OperatingSystem.IsLinux())
        {
            EnvironmentLimit.Skip(Limit.OtherPlatform, "FIFOs and devices as Linux has them");
        }
    }

    [Test]
    public void A_fifo_is_refused_without_waiting_for_a_writer()
    {
        using var folder = new TempFolder();
        var fifo = folder["pipe.pace.yaml"];
        Assert.That(TempFolder.Run("mkfifo", fifo), Is.True, "mkfifo (coreutils, on every Linux) made the FIFO");

        var result = WithinBound(() => ChartChecker.Default.CheckFile(fifo));

        Assert.Multiple(() =>
        {
            Assert.That(GuardedFile.KindOf(fifo), Is.EqualTo(FileKind.Fifo));
            Assert.That(result.Diagnostics.Single().Code, Is.EqualTo("PACE116"));
            Assert.That(result.Diagnostics.Single().Message, Is.EqualTo(Named.Format(EnglishMessages.PACE116, ("kind", EnglishMessages.FileKindFifo))));
            Assert.That(result.Diagnostics.Single().Span, Is.EqualTo(SourceSpan.At(fifo, 1, 1)));
        });
    }

    [Test]
    public void A_device_is_refused_unread_though_its_length_says_zero()
    {
        Assert.That(new FileInfo("/dev/zero").Length, Is.Zero, "what .NET's metadata says, which is why it is not trusted");
        var before = GC.GetTotalAllocatedBytes(precise: true);

        var result = WithinBound(() => ChartChecker.Default.CheckFile("/dev/zero"));

        Assert.Multiple(() =>
        {
            Assert.That(GuardedFile.KindOf("/dev/zero"), Is.EqualTo(FileKind.CharacterDevice));
            Assert.That(result.Diagnostics.Single().Message, Is.EqualTo(Named.Format(EnglishMessages.PACE116, ("kind", EnglishMessages.FileKindCharacterDevice))));
            Assert.That(GC.GetTotalAllocatedBytes(precise: true) - before, Is.LessThan(4 * 1024 * 1024), "nothing is read from the device");
        });
    }

    [Test]
    public void The_reader_refuses_a_device_even_through_a_link()
    {
        using var folder = new TempFolder();
        var link = folder["zero.pace.yaml"];
        File.CreateSymbolicLink(link, "/dev/zero");

        var load = WithinBound(() => ChartReader.ReadFile(link));

        Assert.That(load.Diagnostics.Single().Code, Is.EqualTo("PACE116"));
    }

    [Test]
    public void A_proc_file_is_bounded_while_read_not_by_its_reported_length()
    {
        Assert.That(new FileInfo("/proc/self/maps").Length, Is.Zero);

        var content = GuardedFile.Read("/proc/self/maps", maxBytes: 100);

        Assert.Multiple(() =>
        {
            Assert.That(content.Kind, Is.EqualTo(FileKind.Regular));
            Assert.That(content.Refusal, Is.EqualTo(FileRefusal.TooLarge));
            Assert.That(content.BytesSeen, Is.GreaterThan(100));
            Assert.That(content.Bytes.IsEmpty, Is.True);
        });
    }

    [Test]
    public void A_3_GB_sparse_file_is_refused_after_reading_no_more_than_the_limit()
    {
        using var folder = new TempFolder();
        var huge = folder["huge.pace.yaml"];
        using (var stream = File.Create(huge))
        {
            stream.SetLength(3L * 1024 * 1024 * 1024); // sparse: no disk used
        }

        var before = GC.GetTotalAllocatedBytes(precise: true);
        var result = WithinBound(() => ChartChecker.Default.CheckFile(huge));
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnostics.Single().Code, Is.EqualTo("PACE110"));
            Assert.That(result.Source, Is.Null, "no text was kept, so no excerpt can read it again");
            Assert.That(allocated, Is.LessThan(3 * ChartReaderOptions.Default.MaxInputBytes), "read up to the limit, not the file");
        });
    }

    [Test]
    public void A_socket_and_a_folder_are_refused()
    {
        using var folder = new TempFolder();
        var socketPath = folder["socket.pace.yaml"];
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(socketPath));
        Directory.CreateDirectory(folder["dir.pace.yaml"]);

        Assert.Multiple(() =>
        {
            Assert.That(WithinBound(() => ChartChecker.Default.CheckFile(socketPath)).Diagnostics.Single().Message, Is.EqualTo(Named.Format(EnglishMessages.PACE116, ("kind", EnglishMessages.FileKindSocket))));
            Assert.That(WithinBound(() => ChartChecker.Default.CheckFile(folder["dir.pace.yaml"])).Diagnostics.Single().Message, Is.EqualTo(Named.Format(EnglishMessages.PACE116, ("kind", EnglishMessages.FileKindDirectory))));
        });
    }

    [Test]
    public void A_link_out_of_the_charts_folder_is_skipped_and_nothing_of_its_target_is_echoed()
    {
        using var folder = new TempFolder();
        folder.Write("secret.env", "SECRET=hunter2\n");
        Directory.CreateDirectory(folder["charts"]);
        var link = folder["charts/a.pace.yaml"];
        File.CreateSymbolicLink(link, "../secret.env");

        var result = ChartChecker.Default.CheckFile(link);

        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnostics.Single().Code, Is.EqualTo("PACE117"));
            Assert.That(result.Diagnostics.Single().Message, Does.Not.Contain("hunter2"));
            Assert.That(result.Source, Is.Null);
        });
    }

    [Test]
    public void A_link_inside_the_folder_is_followed()
    {
        using var folder = new TempFolder();
        var real = folder.Write("real.pace.yaml", "pace: 1\norganization: Linked\nprocesses: []\n");
        var link = folder["link.pace.yaml"];
        File.CreateSymbolicLink(link, "real.pace.yaml");

        var result = ChartChecker.Default.CheckFile(link);

        Assert.That(result.Chart?.Organization, Is.EqualTo("Linked"), real);
    }

    [Test]
    public void A_link_loop_is_reported_not_followed()
    {
        using var folder = new TempFolder();
        File.CreateSymbolicLink(folder["a.pace.yaml"], "b.pace.yaml");
        File.CreateSymbolicLink(folder["b.pace.yaml"], "a.pace.yaml");

        var result = WithinBound(() => ChartChecker.Default.CheckFile(folder["a.pace.yaml"]));

        Assert.That(result.Diagnostics.Single().Message, Is.EqualTo(EnglishMessages.PACE117Loop));
        Assert.Throws<IOException>(() => RealPath.Resolve(folder["a.pace.yaml"]));
    }

    [Test]
    public void Real_paths_resolve_links_in_folders_and_relative_targets()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder["real/inner"]);
        File.CreateSymbolicLink(folder["alias"], "real");
        var real = RealPath.Resolve(folder.Path);

        Assert.Multiple(() =>
        {
            Assert.That(RealPath.Resolve(folder["alias/inner/../x.yaml"]), Is.EqualTo(Path.Combine(real, "real", "x.yaml")));
            Assert.That(RealPath.IsWithin(Path.Combine(real, "real", "x"), Path.Combine(real, "real")), Is.True);
            Assert.That(RealPath.IsWithin(Path.Combine(real, "realm", "x"), Path.Combine(real, "real")), Is.False, "a prefix of the name is not the folder");
        });
    }

    private static string Format(string template, params object[] arguments) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, template, arguments);

    private static T WithinBound<T>(Func<T> action)
    {
        var task = Task.Run(action);
        Assert.That(task.Wait(Bound), Is.True, $"did not finish within {Bound.TotalSeconds} s");
        return task.Result;
    }
}
