using System.Diagnostics;

namespace Pace.Cli.Tests;

/// <summary>The real executable in a separate process: exit codes, streams, no stack traces, Ctrl+C-free commands.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class ProcessTests
{
    private static (int Exit, string Out, string Err) Exec(params string[] args) => Run(false, args);

    /// <summary>Runs pace as the unprivileged user 'nobody', so file permissions apply (they do not to root).</summary>
    private static (int Exit, string Out, string Err) ExecAsNobody(params string[] args)
    {
        if (Environment.UserName != "root")
        {
            EnvironmentLimit.Skip(Limit.NotRoot, "runs pace as the user 'nobody' with setpriv");
        }

        if (!File.Exists("/usr/bin/setpriv"))
        {
            EnvironmentLimit.Skip(Limit.NoDebianPackage, "util-linux (setpriv) runs pace as another user");
        }

        return Run(true, args);
    }

    private static (int Exit, string Out, string Err) Run(bool asNobody, string[] args) =>
        asNobody
            ? PaceTool.RunProcess(["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"], args, new Dictionary<string, string> { ["HOME"] = Path.GetTempPath() })
            : PaceTool.RunProcess([], args);

    [Test]
    public void Validate_as_a_process_prints_findings_and_exits_1()
    {
        var file = PaceTool.Example(Path.Combine("invalid", "two-owners.pace.yaml"));
        var (exit, output, error) = Exec("validate", file, "--format", "msbuild");
        Assert.That(exit, Is.EqualTo(1), error);
        Assert.That(output, Does.Contain($"{file}(13,12): error PACE002: "));
    }

    [Test]
    public void Render_as_a_process_writes_a_pdf()
    {
        var dir = PaceTool.TempFolder();
        var pdf = Path.Combine(dir, "w.pdf");
        var (exit, _, error) = Exec("render", PaceTool.Example("technical-wholesaler.pace.yaml"), "-o", pdf);
        Assert.That(exit, Is.EqualTo(0), error);
        Assert.That(File.ReadAllBytes(pdf).AsSpan(0, 5).ToArray(), Is.EqualTo("%PDF-"u8.ToArray()));
    }

    [Test]
    public void A_missing_file_is_exit_2_with_one_line_and_no_stack_trace()
    {
        var (exit, output, error) = Exec("render", "nope.pace.yaml");
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(error.Trim().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(error + output, Does.Not.Contain(" at "));
    }

    [Test]
    public void Help_lists_every_command()
    {
        var (exit, output, _) = Exec("--help");
        Assert.That(exit, Is.EqualTo(0));
        foreach (var command in new[] { "validate", "render", "init", "schema", "diff", "export", "explain" })
        {
            Assert.That(output, Does.Contain(command));
        }
    }

    private static string OpenFolder()
    {
        var dir = PaceTool.TempFolder();
        File.SetUnixFileMode(dir, (UnixFileMode)0b111_111_111);
        return dir;
    }

    [Test]
    public void An_unreadable_folder_is_exit_2_with_one_line()
    {
        var dir = OpenFolder();
        var locked = Path.Combine(dir, "locked");
        Directory.CreateDirectory(locked);
        File.Copy(PaceTool.Example("acme-software.pace.yaml"), Path.Combine(locked, "a.pace.yaml"));
        File.SetUnixFileMode(locked, UnixFileMode.None);
        var (exit, output, error) = ExecAsNobody("validate", locked);
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(error.Trim(), Does.StartWith($"pace: {locked}: a folder cannot be read"));
        Assert.That(error + output, Does.Not.Contain(" at "));
    }

    [Test]
    public void An_unwritable_output_is_exit_2_with_one_line_and_no_file()
    {
        var dir = OpenFolder();
        var readOnly = Path.Combine(dir, "readonly");
        Directory.CreateDirectory(readOnly);
        File.SetUnixFileMode(readOnly, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        var (exit, _, error) = ExecAsNobody("render", PaceTool.Example("technical-wholesaler.pace.yaml"), "-o", Path.Combine(readOnly, "w.pdf"));
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(error.Trim().Split('\n')[^1], Is.EqualTo($"pace: {Path.Combine(readOnly, "w.pdf")}: permission denied"));
        Assert.That(Directory.GetFiles(readOnly), Is.Empty);
    }

    [Test]
    public void A_full_disk_is_exit_2_with_one_line_and_leaves_the_earlier_pdf()
    {
        if (Environment.UserName != "root")
        {
            EnvironmentLimit.Skip(Limit.NotRoot, "mounts a 40 KB tmpfs to fill");
        }

        var disk = Path.Combine(PaceTool.TempFolder(), "disk");
        Directory.CreateDirectory(disk);
        using (var mount = Process.Start("mount", ["-t", "tmpfs", "-o", "size=40k", "tmpfs", disk]))
        {
            mount.WaitForExit();
            if (mount.ExitCode != 0)
            {
                EnvironmentLimit.Skip(Limit.NoTmpfs, $"mount -t tmpfs exited {mount.ExitCode}");
            }
        }

        try
        {
            var pdf = Path.Combine(disk, "acme.pdf");
            File.WriteAllText(pdf, "the earlier pdf");
            var (exit, _, error) = Exec("render", PaceTool.Example("acme-software.pace.yaml"), "-o", pdf);
            Assert.That(exit, Is.EqualTo(2));
            var last = error.Trim().Split('\n')[^1];
            Assert.That(last, Does.StartWith($"pace: {pdf}: cannot be written: "));
            Assert.That(File.ReadAllText(pdf), Is.EqualTo("the earlier pdf"));
            Assert.That(Directory.GetFiles(disk), Is.EqualTo(new[] { pdf }), "no temporary file is left behind");
        }
        finally
        {
            using var umount = Process.Start("umount", [disk]);
            umount.WaitForExit();
        }
    }
}
