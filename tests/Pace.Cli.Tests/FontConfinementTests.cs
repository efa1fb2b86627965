namespace Pace.Cli.Tests;

/// <summary>
/// <c>theme.fonts</c> through the command: a font file outside the chart's repository, or a device or FIFO, is not read —
/// one located PACE022 line is printed, no stack trace, and the PDF is still written (exit 0, as for any warning) — unless
/// the configuration in force allows its folder with <c>font-folders:</c>.
/// </summary>
public class FontConfinementTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    /// <summary>
    /// <c>repo/charts/c.pace.yaml</c> (an example with one font appended, written as a YAML double-quoted string) in a
    /// repository; the line of the font's entry.
    /// </summary>
    private static (string Chart, string Folder, int Line) Setup(string font)
    {
        var dir = PaceTool.TempFolder();
        Directory.CreateDirectory(Path.Combine(dir, "repo", ".git"));
        Directory.CreateDirectory(Path.Combine(dir, "repo", "charts"));
        var chart = Path.Combine(dir, "repo", "charts", "c.pace.yaml");
        var example = File.ReadAllText(PaceTool.Example("technical-wholesaler.pace.yaml"));
        Assert.That(example, Does.EndWith("\n").And.Not.Contain("\ntheme:"));
        File.WriteAllText(chart, example + $"theme:\n  fonts:\n    - {{regular: \"{font}\"}}\n");
        return (chart, dir, example.Count(c => c == '\n') + 3);
    }

    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var task = Task.Run(() => PaceTool.Run(args));
        Assert.That(task.Wait(Bound), Is.True, $"pace did not finish within {Bound.TotalSeconds} s");
        return task.Result;
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Test]
    public void A_font_outside_the_repository_is_one_located_warning_and_the_chart_is_still_rendered()
    {
        var (chart, dir, line) = Setup("/etc/passwd");
        var pdf = Path.Combine(dir, "c.pdf");

        var (exit, output, error) = Run("render", chart, "-o", pdf);
        var findings = Lines(error).Where(l => l.Contains("PACE022", StringComparison.Ordinal)).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero, error);
            Assert.That(findings, Has.Count.EqualTo(1), error);
            Assert.That(findings[0], Does.StartWith($"{chart}:{line}:17: warning PACE022: The font file '/etc/passwd' lies outside {Path.Combine(dir, "repo")};"));
            Assert.That(error, Does.Not.Contain("   at ").And.Not.Contain("Exception"), "no stack trace");
            Assert.That(output, Does.Contain($"{chart} → {pdf}"));
            Assert.That(File.Exists(pdf), Is.True);
        });
    }

    [Test]
    public void Validate_reports_the_same_finding()
    {
        var (chart, _, line) = Setup("../../secret.ttf");
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(chart)!, "..", "..", "secret.ttf"), "SECRET=hunter2\n");

        var (exit, output, error) = Run("validate", chart);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero, error);
            Assert.That(output, Does.Contain($"{chart}:{line}:17: warning PACE022: The font file '../../secret.ttf' lies outside "));
            Assert.That(output + error, Does.Not.Contain("hunter2"), "nothing of the file is echoed");
        });
    }

    [Test]
    public void Dev_zero_allowed_by_the_configuration_is_still_refused_unread_without_hanging()
    {
        if (!OperatingSystem.IsLinux())
        {
            EnvironmentLimit.Skip(Limit.OtherPlatform, "/dev/zero as Linux has it");
        }

        var (chart, dir, line) = Setup("/dev/zero");
        var allow = Path.Combine(dir, "allow.yaml");
        File.WriteAllText(allow, "font-folders: [/dev]\n");

        var (exit, _, error) = Run("render", chart, "-o", Path.Combine(dir, "c.pdf"), "--config", allow);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero, error);
            Assert.That(error, Does.Contain($"{chart}:{line}:17: warning PACE022: The font file '/dev/zero' is not a regular file"));
        });
    }

    [Test]
    public void A_fifo_as_font_is_refused_without_waiting_for_a_writer()
    {
        if (!OperatingSystem.IsLinux())
        {
            EnvironmentLimit.Skip(Limit.OtherPlatform, "FIFOs as Linux has them");
        }

        var (chart, dir, line) = Setup("pipe.ttf");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [Path.Combine(Path.GetDirectoryName(chart)!, "pipe.ttf")]))
        {
            mkfifo.WaitForExit();
            Assert.That(mkfifo.ExitCode, Is.Zero, "mkfifo (coreutils)");
        }

        var (exit, _, error) = Run("render", chart, "-o", Path.Combine(dir, "c.pdf"));

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero, error);
            Assert.That(error, Does.Contain($"{chart}:{line}:17: warning PACE022: The font file 'pipe.ttf' is not a regular file"));
        });
    }

    [Test]
    public void A_path_with_terminal_escapes_is_printed_escaped()
    {
        var (chart, dir, _) = Setup("../../x\\e]0;pwned\\a\\e[2J.ttf");

        var (_, _, error) = Run("render", chart, "-o", Path.Combine(dir, "c.pdf"));
        var finding = Lines(error).Single(l => l.Contains("PACE022", StringComparison.Ordinal));

        Assert.Multiple(() =>
        {
            Assert.That(finding, Does.Contain("U+001B]0;pwnedU+0007U+001B[2J.ttf"));
            Assert.That(error.Any(c => char.IsControl(c) && c != '\n'), Is.False, "no control character reaches the terminal");
        });
    }

    [Test]
    public void A_configuration_can_allow_the_fonts_folder()
    {
        var (chart, dir, _) = Setup("../../fonts/font.ttf");
        Directory.CreateDirectory(Path.Combine(dir, "fonts"));
        using (var lato = typeof(Pace.Rendering.ChartRenderer).Assembly.GetManifestResourceStream("Pace.Rendering.Fonts.Lato-Regular.ttf")!)
        using (var file = File.Create(Path.Combine(dir, "fonts", "font.ttf")))
        {
            lato.CopyTo(file);
        }

        var allow = Path.Combine(dir, "allow.yaml");
        File.WriteAllText(allow, "font-folders: [fonts]\n");

        var (refusedExit, refused, _) = Run("validate", chart);
        var (exit, output, error) = Run("validate", chart, "--config", allow);

        Assert.Multiple(() =>
        {
            Assert.That(refused, Does.Contain("PACE022: The font file '../../fonts/font.ttf' lies outside"), "refused without the configuration");
            Assert.That((refusedExit, exit), Is.EqualTo((0, 0)), error);
            Assert.That(output + error, Does.Not.Contain("PACE022"), "read and used with it");
        });
    }
}
