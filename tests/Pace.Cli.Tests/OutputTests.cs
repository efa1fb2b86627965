namespace Pace.Cli.Tests;

/// <summary>
/// Where a render goes: only a regular file is replaced (a device node, FIFO or link given as <c>-o</c> is refused and
/// left as it was), <c>-o -</c> writes to standard output, and temporary files have a name of their own and are
/// cleared up by the next render into their folder.
/// </summary>
public class OutputTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    [SetUp]
    public void OnLinux()
    {
        if (!OperatingSystem.IsLinux())
        {
            EnvironmentLimit.Skip(Limit.OtherPlatform, "device nodes and FIFOs as Linux has them");
        }
    }

    private static (int Exit, string Out, string Err) Render(params string[] args)
    {
        var task = Task.Run(() => PaceTool.Run(["render", PaceTool.Example("technical-wholesaler.pace.yaml"), .. args]));
        Assert.That(task.Wait(Bound), Is.True, "did not finish in time");
        return task.Result;
    }

    [Test]
    public void A_device_as_output_is_refused_and_left_a_device()
    {
        var dir = PaceTool.TempFolder();
        var device = Path.Combine(dir, "null");
        Root();
        Assert.That(Run("mknod", device, "c", "1", "3"), Is.True, "mknod (coreutils) made the device");

        var (exit, _, error) = Render("-o", device);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(error, Is.EqualTo($"pace: {device} is a character device, not a regular file; Pace replaces only regular files, so it was left alone (use -o - to write to standard output)\n"));
            Assert.That(Pace.Files.GuardedFile.KindOf(device), Is.EqualTo(Pace.Files.FileKind.CharacterDevice), "still a device");
            Assert.That(Directory.GetFiles(dir), Is.EqualTo(new[] { device }), "no temporary file left");
        });
    }

    [Test]
    public void A_fifo_or_a_link_as_output_is_refused_without_waiting()
    {
        var dir = PaceTool.TempFolder();
        var fifo = Path.Combine(dir, "pipe.pdf");
        Assert.That(Run("mkfifo", fifo), Is.True, "mkfifo (coreutils)");
        var target = Path.Combine(dir, "target.pdf");
        File.WriteAllText(target, "earlier");
        var link = Path.Combine(dir, "link.pdf");
        File.CreateSymbolicLink(link, "target.pdf");

        Assert.Multiple(() =>
        {
            Assert.That(Render("-o", fifo).Err, Does.StartWith($"pace: {fifo} is a named pipe (FIFO), not a regular file"));
            Assert.That(Render("-o", link).Err, Does.StartWith($"pace: {link} is a symbolic link; Pace replaces only regular files"));
            Assert.That(new FileInfo(link).LinkTarget, Is.EqualTo("target.pdf"));
            Assert.That(File.ReadAllText(target), Is.EqualTo("earlier"));
        });
    }

    [Test]
    public void The_library_refuses_to_replace_a_device_too()
    {
        var dir = PaceTool.TempFolder();
        var device = Path.Combine(dir, "zero");
        Root();
        Assert.That(Run("mknod", device, "c", "1", "5"), Is.True, "mknod (coreutils) made the device");
        var check = ChartChecker.Default.CheckFile(PaceTool.Example("technical-wholesaler.pace.yaml"));

        Assert.Throws<IOException>(() => Pace.Rendering.ChartRenderer.RenderFile(check, device));
        Assert.That(Pace.Files.GuardedFile.KindOf(device), Is.EqualTo(Pace.Files.FileKind.CharacterDevice));
    }

    [Test]
    public void Dash_writes_the_pdf_to_standard_output_and_nothing_else()
    {
        using var stdout = new MemoryStream();
        using var text = new StringWriter();
        using var errors = new StringWriter();

        var exit = PaceCommand.Run(["render", PaceTool.Example("technical-wholesaler.pace.yaml"), "-o", "-"], text, errors, Stream.Null, stdout);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero, errors.ToString());
            Assert.That(stdout.ToArray().AsSpan(0, 5).ToArray(), Is.EqualTo("%PDF-"u8.ToArray()));
            Assert.That(text.ToString(), Is.Empty, "no 'chart → file' line in the PDF's stream");
            Assert.That(File.Exists(Path.Combine(Path.GetDirectoryName(PaceTool.Example("technical-wholesaler.pace.yaml"))!, "-")), Is.False);
        });
    }

    [Test]
    public void Dash_is_refused_when_standard_output_is_a_terminal()
    {
        using var text = new StringWriter();
        using var errors = new StringWriter();

        var exit = PaceCommand.RunAsync(["render", PaceTool.Example("technical-wholesaler.pace.yaml"), "-o", "-"], text, errors, CancellationToken.None, outputIsTerminal: true).GetAwaiter().GetResult();

        Assert.That((exit, errors.ToString()), Is.EqualTo((2, "pace: -o - writes the rendered bytes to standard output, which is a terminal here; pipe it (| lpr) or redirect it (> chart.pdf)\n")));
    }

    [Test]
    public void Standard_input_renders_to_standard_output()
    {
        using var stdin = new MemoryStream(File.ReadAllBytes(PaceTool.Example("technical-wholesaler.pace.yaml")));
        using var stdout = new MemoryStream();
        using var errors = new StringWriter();

        var exit = PaceCommand.Run(["render", "--stdin-filepath", "editor.pace.yaml", "-o", "-", "--format", "svg"], TextWriter.Null, errors, stdin, stdout);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero, errors.ToString());
            Assert.That(System.Text.Encoding.UTF8.GetString(stdout.ToArray()), Does.StartWith("<?xml").Or.StartWith("<svg"));
        });
    }

    [Test]
    public void Temporary_files_have_their_own_name_and_old_ones_are_cleared_by_the_next_render()
    {
        var dir = PaceTool.TempFolder();
        var stale = Path.Combine(dir, ".w.pdf.pace-tmp-0123456789ab");
        var fresh = Path.Combine(dir, ".w.pdf.pace-tmp-ba9876543210");
        var lookalike = Path.Combine(dir, ".w.pdf.pace-tmp-notours");
        var linked = Path.Combine(dir, ".x.pdf.pace-tmp-aaaaaaaaaaaa");
        var precious = Path.Combine(dir, "precious.txt");
        foreach (var file in new[] { stale, fresh, lookalike, precious })
        {
            File.WriteAllText(file, "x");
        }

        File.CreateSymbolicLink(linked, "precious.txt");
        var old = DateTime.UtcNow.AddHours(-2);
        foreach (var file in new[] { stale, lookalike })
        {
            File.SetLastWriteTimeUtc(file, old);
        }

        File.SetLastWriteTimeUtc(precious, old);

        var (exit, _, error) = Render("-o", Path.Combine(dir, "w.pdf"));

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero, error);
            Assert.That(File.Exists(stale), Is.False, "a leftover of ours, older than the run: removed");
            Assert.That(File.Exists(fresh), Is.True, "written after this process started: perhaps another render's, kept");
            Assert.That(File.Exists(lookalike), Is.True, "not our name exactly: kept");
            Assert.That(new FileInfo(linked).LinkTarget, Is.EqualTo("precious.txt"), "a link is never followed nor removed");
            Assert.That(File.ReadAllText(precious), Is.EqualTo("x"));
            Assert.That(Directory.GetFiles(dir).Select(Path.GetFileName).Where(n => n!.Contains(".pace-tmp-", StringComparison.Ordinal)), Has.Exactly(3).Items);
        });
    }

    private static void Root()
    {
        if (Environment.UserName != "root")
        {
            EnvironmentLimit.Skip(Limit.NotRoot, "only root can make a device node (mknod)");
        }
    }

    private static bool Run(string program, params string[] arguments)
    {
        using var process = System.Diagnostics.Process.Start(program, arguments);
        process.WaitForExit();
        return process.ExitCode == 0;
    }
}
